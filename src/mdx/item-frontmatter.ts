import type { Item, Meeting } from '../model/types.ts';
import { itemFrontmatterSchema, type ItemFrontmatter } from '../model/schema.ts';
import { occurrences } from '../model/paths.ts';
import { validateFrontmatter } from './frontmatter.ts';

/**
 * Frontmatter of an item entry, validated; throws an Error naming the bad field.
 *
 * Closed items publish only their decisions: `sections` and `attachments` are
 * always empty for them, so no case text leaks through the frontmatter.
 */
export function itemFrontmatter(meeting: Meeting, item: Item): ItemFrontmatter {
  // The second item numbered N gets its own page (paths.ts `itemSegment`).
  const occurrence = occurrences(meeting.items)[meeting.items.indexOf(item)] ?? 1;
  const data: ItemFrontmatter = {
    municipality: meeting.municipality,
    committee: meeting.committee,
    term: meeting.term,
    date: meeting.date,
    number: item.number,
    ...(occurrence > 1 ? { occurrence } : {}),
    title: item.title,
    kind: item.kind,
    caseNumbers: [...item.caseNumbers],
    closed: item.closed,
    decision: item.decision,
    decisions: item.decisions.map(({ committee, date, text }) => ({ committee, date, text })),
    attachments: item.closed ? [] : [...item.attachments],
    sections: item.closed ? [] : item.sections.map(({ heading, kind }) => ({ heading, kind })),
  };
  return validateFrontmatter(itemFrontmatterSchema, data, 'item');
}

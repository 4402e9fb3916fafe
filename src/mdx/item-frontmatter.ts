import type { z } from 'zod';
import type { Item, Meeting } from '../model/meeting.ts';
import { itemFrontmatterSchema, type ItemFrontmatter } from '../model/schema.ts';
import { occurrences } from '../model/paths.ts';
import { validateFrontmatter } from './frontmatter.ts';

/**
 * Frontmatter of an item entry, validated; throws an Error naming the bad field.
 * The schema is a projection of the model: it keeps the meeting's and the item's fields it names
 * (decisions and sections without their bodies) and drops the rest.
 *
 * Closed items publish only their decisions: `sections` and `attachments` are
 * always empty for them, so no case text leaks through the frontmatter.
 */
export function itemFrontmatter(meeting: Meeting, item: Item): ItemFrontmatter {
  // The second item numbered N gets its own page (paths.ts `itemSegment`).
  const occurrence = occurrences(meeting.items)[meeting.items.indexOf(item)] ?? 1;
  const data: z.input<typeof itemFrontmatterSchema> = {
    ...meeting,
    ...item,
    ...(occurrence > 1 ? { occurrence } : {}),
    attachments: item.closed ? [] : item.attachments,
    sections: item.closed ? [] : item.sections,
  };
  return validateFrontmatter(itemFrontmatterSchema, data, 'item');
}

import type { Item } from '../model/meeting.ts';
import type { AgendaEntry } from '../model/schema.ts';
import { paragraphsToLine, shortenAtWord } from './one-line.ts';

/** Longest agenda decision summary, in characters before the "…". */
export const agendaDecisionLength = 200;

/**
 * One agenda line of a meeting: enough for listings without the item body.
 * `occurrence` (paths.ts `occurrences`) is written only for a repeated number, so it links to its own page.
 */
export function agendaEntry(item: Item, occurrence = 1): AgendaEntry {
  const first = item.decisions[0];
  const line = first ? paragraphsToLine(first.text) : '';
  return {
    number: item.number,
    ...(occurrence > 1 ? { occurrence } : {}),
    title: item.title,
    kind: item.kind,
    closed: item.closed,
    decision: line ? shortenAtWord(line, agendaDecisionLength) : null,
  };
}

/**
 * Reading a line as a heading of the chosen layout: a section, a decision or
 * the attachment list. A heading is a line of its own; matching ignores case,
 * surrounding `**` and a trailing colon ("Referencer:", "INDSTILLING").
 */
import type { SectionKind } from '../model/meeting.ts';
import type { Layout } from './layouts/layout.ts';
import { parseDate, stripTerm } from './layouts/danish.ts';

export { isoDate, stripTerm } from './layouts/danish.ts';

export function normaliseHeading(text: string): string {
  // Called for nearly every line: the regexes run only where they can change something.
  let t = text.trim();
  if (t.startsWith('**')) t = t.replace(/^\*\*(.*)\*\*$/, '$1');
  if (t.endsWith(':')) t = t.slice(0, -1).trimEnd();
  if (/\s\s|[\t\u00a0]/.test(t)) t = t.replace(/\s+/g, ' ');
  return t.toLowerCase();
}

/** Headings are short; long lines are prose and skip the normalising work. */
const maxHeadingLength = 120;

const vocabularies = new WeakMap<Layout, Map<string, SectionKind>>();

function vocabulary(layout: Layout): Map<string, SectionKind> {
  let map = vocabularies.get(layout);
  if (!map) {
    map = new Map(layout.sections);
    vocabularies.set(layout, map);
  }
  return map;
}

export function sectionKindOf(text: string, layout: Layout): SectionKind | undefined {
  if (text.length > maxHeadingLength) return undefined;
  return vocabulary(layout).get(normaliseHeading(text));
}

export function isAttachmentsHeading(text: string, layout: Layout): boolean {
  return text.length <= maxHeadingLength && layout.attachments.includes(normaliseHeading(text));
}

export interface DecisionHeading {
  committee: string | null;
  /** ISO date, when the heading names one. */
  date: string | null;
}

export function parseDecisionHeading(text: string, layout: Layout): DecisionHeading | undefined {
  if (text.length > 2 * maxHeadingLength) return undefined;
  let t = text.trim();
  if (t.startsWith('**')) t = t.replace(/^\*\*(.*)\*\*$/, '$1');
  if (t.endsWith(':')) t = t.slice(0, -1).trimEnd();
  for (const form of layout.decisions) {
    const match = form.exec(t);
    if (!match) continue;
    const committee = match.groups?.committee;
    const date = match.groups?.date;
    return { committee: committee ? stripTerm(committee) : null, date: date ? parseDate(date) : null };
  }
  return undefined;
}

/** Any line that starts something new: a section, a decision or attachments. */
export function structuralHeading(layout: Layout): (text: string) => boolean {
  return (text) => sectionKindOf(text, layout) !== undefined || parseDecisionHeading(text, layout) !== undefined || isAttachmentsHeading(text, layout);
}

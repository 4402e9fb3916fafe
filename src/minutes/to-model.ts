/**
 * Assembles the meeting model from the parsed parts and reconciles them:
 * absences from "(Afbud)" marks and from "Afbud:"/"Fraværende:" lists after
 * this committee's decisions, party letters from "Name (A)" mentions, and the
 * table of contents against the items.
 */
import type { VFile } from 'vfile';
import type { Item, ItemKind, Meeting, Participant } from '../model/meeting.ts';
import { ruleIds, warn } from '../diagnostics/messages.ts';
import type { Layout } from './layouts/layout.ts';
import type { Header } from './header.ts';
import { isPartyLetter } from './header.ts';
import type { ItemBody } from './item-body.ts';
import { sameTitle } from './item-body.ts';
import { stripTerm } from './headings.ts';
import type { RawItem, TocEntry } from './split-items.ts';

export interface ParsedItem {
  raw: RawItem;
  body: ItemBody;
  /** Any closed marker anywhere: the title, the table of contents, a line in the item. */
  closed: boolean;
}

/** The title without a closed marker ("Lukket: Personsag" → "Personsag"), or null when it has none. */
export function closedTitle(title: string, layout: Layout): string | null {
  for (const form of layout.closed.titles) {
    const match = title.length < 500 ? form.exec(title.trim()) : null;
    if (match?.groups?.title) return match.groups.title;
  }
  return null;
}

export function itemKind(title: string, layout: Layout): ItemKind {
  const t = closedTitle(title, layout) ?? title;
  for (const [form, kind] of layout.kinds) if (form.test(t)) return kind;
  return null;
}

/**
 * The item as published. A closed item keeps its number, title and decision
 * only: its case text and attachments never leave the importer.
 */
export function toItem(parsed: ParsedItem, layout: Layout, closed: boolean): Item {
  const { raw, body } = parsed;
  const decision = body.decisions.length === 0 ? null : body.decisions.map((d) => d.text).join('\n\n');
  return {
    number: raw.number,
    title: raw.title,
    kind: itemKind(raw.title, layout),
    caseNumbers: body.caseNumbers,
    closed,
    decision,
    decisions: body.decisions,
    attachments: closed ? [] : body.attachments,
    sections: closed ? [] : body.sections,
    line: raw.line,
  };
}

function sameCommittee(a: string, b: string): boolean {
  const norm = (s: string) => stripTerm(s).toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

export function reconcileParticipants(header: Header, items: readonly ParsedItem[], committee: string, date: string, fullText: string): Participant[] {
  const participants = header.participants.map((p) => ({ ...p }));
  const byName = new Map(participants.map((p) => [p.name, p]));
  for (const { body, closed } of items) {
    // Who was absent from a closed item is part of what is closed.
    if (closed) continue;
    for (const absence of body.absences) {
      const ours = (absence.committee === null || sameCommittee(absence.committee, committee)) && (absence.date === null || absence.date === date);
      if (!ours) continue;
      for (const { name, party, role } of absence.names) {
        const known = byName.get(name);
        if (known) {
          known.absent = true;
          known.party ??= party;
          known.role ??= role;
        } else {
          const added = { name, party, role, absent: true };
          participants.push(added);
          byName.set(name, added);
        }
      }
    }
  }
  // "Marlene Harpsøe (O) stemte imod": the minutes name parties in passing.
  const mentions = firstMentions(fullText, participants.filter((p) => !p.party).map((p) => p.name));
  for (const participant of participants) {
    if (participant.party) continue;
    const mention = mentions.get(participant.name);
    if (mention !== undefined && isPartyLetter(mention)) participant.party = mention;
  }
  return participants;
}

/**
 * For each name, what its first mention "Name (X)" has in brackets (one to
 * three characters). One pass over the text for all names: a regex per name
 * over the whole text is quadratic when many participants come with a long text.
 */
export function firstMentions(text: string, names: readonly string[]): Map<string, string> {
  const pending = new Set(names);
  const lengths = [...new Set(names.map((n) => n.length))];
  const found = new Map<string, string>();
  const bracket = /\(([^)]{1,3})\)/y;
  for (let at = text.indexOf(' ('); at !== -1 && pending.size > 0; at = text.indexOf(' (', at + 1)) {
    bracket.lastIndex = at + 1;
    const mark = bracket.exec(text);
    if (!mark) continue;
    for (const length of lengths) {
      const name = length <= at ? text.slice(at - length, at) : undefined;
      if (name === undefined || !pending.has(name)) continue;
      pending.delete(name);
      found.set(name, mark[1]!);
    }
  }
  return found;
}

/**
 * Compares the table of contents with the items (warning where they differ)
 * and returns, for each item, whether its entry marks it closed
 * ("Lukket: Personsag" over a heading "Punkt 7: Personsag").
 */
export function checkToc(file: VFile, toc: readonly TocEntry[], items: readonly RawItem[], layout: Layout): boolean[] {
  if (toc.length === 0) return [];
  if (toc.length !== items.length) {
    warn(file, `Unexpected table of contents with ${toc.length} entries, expected ${items.length} (one per item)`, toc[0]!.line, ruleIds.tocMismatch);
  }
  const norm = (s: string) => (closedTitle(s, layout) ?? s).toLowerCase().replace(/[“”„"]/g, '"').replace(/\s+/g, ' ').replace(/[\s/.-]+$/, '').trim();
  return items.map((item, index) => {
    const entry = toc[index];
    if (!entry) return false;
    const a = norm(entry.title);
    const b = norm(item.title);
    if (!(sameTitle(a, b) || b.startsWith(a) || a.startsWith(b))) {
      warn(file, `Unexpected table of contents entry "${entry.title}", expected the title of item ${item.number} "${item.title}"`, entry.line, ruleIds.tocMismatch);
      // A closed entry still closes the item in its place: closed wins when the two disagree.
    }
    return closedTitle(entry.title, layout) !== null;
  });
}

export function assembleMeeting(parts: {
  source: Meeting['source'];
  municipality: string | null;
  committee: string;
  header: Header;
  date: string;
  items: Item[];
  participants: Participant[];
}): Omit<Meeting, 'warnings'> {
  return {
    source: parts.source,
    municipality: parts.municipality,
    committee: parts.committee,
    term: parts.header.term,
    date: parts.date,
    startTime: parts.header.startTime,
    location: parts.header.location,
    participants: parts.participants,
    items: parts.items,
  };
}

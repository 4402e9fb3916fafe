/**
 * Assembles the meeting model from the parsed parts and reconciles them:
 * absences from "(Afbud)" marks and from "Afbud:"/"Fraværende:" lists after
 * this committee's decisions, party letters from "Name (A)" mentions, and the
 * table of contents against the items.
 */
import type { VFile } from 'vfile';
import type { Item, ItemKind, Meeting, Participant } from '../model/types.ts';
import { ruleIds, warn } from '../diagnostics/messages.ts';
import type { Header } from './header.ts';
import { isPartyLetter } from './header.ts';
import type { ItemBody } from './item-body.ts';
import { sameTitle } from './item-body.ts';
import { stripTerm } from './headings.ts';
import type { RawItem, TocEntry } from './split-items.ts';
import { withoutTrailingPunctuation } from './end-patterns.ts';

export interface ParsedItem {
  raw: RawItem;
  body: ItemBody;
}

export function itemKind(title: string): ItemKind {
  const t = title.replace(/^Lukket\s*:\s*/i, '').replace(/^[A-ZÆØÅ]{1,4}\s+-\s+/, '');
  if (/^Beslutning\b|,\s*(beslutning|behandling)\s*$/i.test(t)) return 'decision';
  if (/^Orientering\b|,\s*orientering\s*$/i.test(t)) return 'orientation';
  return null;
}

export function toItem(parsed: ParsedItem): Item {
  const { raw, body } = parsed;
  const decision = body.decisions.length === 0 ? null : body.decisions.map((d) => d.text).join('\n\n');
  return {
    number: raw.number,
    title: raw.title,
    kind: itemKind(raw.title),
    caseNumbers: body.caseNumbers,
    closed: body.closed || /^Lukket\s*:/i.test(raw.title),
    decision,
    decisions: body.decisions,
    attachments: body.attachments,
    sections: body.sections,
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
  for (const { body } of items) {
    for (const absence of body.absences) {
      const ours = (absence.committee === null || sameCommittee(absence.committee, committee)) && (absence.date === null || absence.date === date);
      if (!ours) continue;
      for (const { name, party } of absence.names) {
        const known = byName.get(name);
        if (known) {
          known.absent = true;
          known.party ??= party;
        } else {
          const added = { name, party, absent: true };
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
 * three characters, as the regex /<name> \(([^)]{1,3})\)/ reads it). One
 * pass over the text for all names: a regex per name over the whole text is
 * quadratic when a long list of participants comes with a long text.
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

export function checkToc(file: VFile, toc: readonly TocEntry[], items: readonly RawItem[]): void {
  if (toc.length === 0) return;
  if (toc.length !== items.length) {
    warn(file, `Unexpected table of contents with ${toc.length} entries, expected ${items.length} (one per item)`, toc[0]!.line, ruleIds.tocMismatch);
  }
  const norm = (s: string) => withoutTrailingPunctuation(s.toLowerCase().replace(/[“”„"]/g, '"').replace(/\s+/g, ' ')).trim();
  toc.forEach((entry, index) => {
    const item = items[index];
    if (!item) return;
    const a = norm(entry.title);
    const b = norm(item.title);
    if (!(sameTitle(a, b) || b.startsWith(a) || a.startsWith(b))) {
      warn(file, `Unexpected table of contents entry "${entry.title}", expected the title of item ${item.number} "${item.title}"`, entry.line, ruleIds.tocMismatch);
    }
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

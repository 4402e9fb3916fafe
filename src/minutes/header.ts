/**
 * The meeting header: "REFERAT <committee> [term] d. DD-MM-YYYY", then
 * "Mødedato …", "Mødested …" and sometimes "Mødedeltagere …", each field a
 * paragraph that may be wrapped over several lines.
 */
import { isBlank, type Line } from './lines.ts';
import { isoDate, stripTerm } from './headings.ts';
import type { Participant } from '../model/types.ts';
import { titleDate, trailingTerm, withoutTrailingDash } from './end-patterns.ts';

export interface Header {
  committee: string | null;
  term: string | null;
  date: string | null;
  startTime: string | null;
  location: string | null;
  participants: Participant[];
  /** Line of the REFERAT heading, for diagnostics. */
  line: number | null;
  dateLine: number | null;
  /** The date in "Mødedato", when it disagrees with the heading's. */
  conflictingDate: string | null;
}

const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** Header fields are the paragraphs before the table of contents or the first item. */
export function parseHeader(lines: readonly Line[]): Header {
  const fields = paragraphs(lines);
  const header: Header = {
    committee: null,
    term: null,
    date: null,
    startTime: null,
    location: null,
    participants: [],
    line: null,
    dateLine: null,
    conflictingDate: null,
  };
  // "REFERAT … 2018-2021" and "d. 06-11-2019" can be separate paragraphs: join everything up to "Mødedato".
  const titleParts: Array<{ text: string; line: number }> = [];
  let inTitle = false;
  for (const field of fields) {
    if (/^REFERAT\b/i.test(field.text)) inTitle = true;
    else if (/^(Mødedato|Mødested|Mødedeltagere|Indholdsfortegnelse)\b/i.test(field.text)) inTitle = false;
    if (inTitle) titleParts.push(field);
  }
  if (titleParts.length > 0) {
    header.line = titleParts[0]!.line;
    const title = titleParts.map((p) => p.text).join(' ').replace(/^REFERAT\s+/i, '');
    const dated = titleDate(title);
    const name = dated ? dated[1]! : title;
    if (dated) {
      header.date = isoDate(dated[2]!, dated[3]!, dated[4]!);
      header.dateLine = header.line;
    }
    const term = trailingTerm(name);
    header.term = term ? term[1]!.replace(/\s/g, '') : null;
    header.committee = withoutTrailingDash(stripTerm(name)).trim() || null;
  }
  for (const field of fields) {
    const value = (prefix: string) => field.text.replace(new RegExp(`^${prefix}\\s*:?\\s*`, 'i'), '').trim();
    if (/^Mødedato\b/i.test(field.text)) {
      const text = value('Mødedato');
      const date = parseDanishDate(text);
      if (date && !header.date) {
        header.date = date;
        header.dateLine = field.line;
      } else if (date && date !== header.date) header.conflictingDate = date;
      const time = /kl\.?\s*(\d{1,2})[.:](\d{2})/i.exec(text);
      if (time) header.startTime = `${time[1]!.padStart(2, '0')}:${time[2]}`;
    } else if (/^Mødested\b/i.test(field.text)) {
      header.location = value('Mødested') || null;
    } else if (/^Mødedeltagere\b/i.test(field.text)) {
      header.participants = parseParticipants(value('Mødedeltagere'));
    }
  }
  return header;
}

/** "Torsdag d. 04. februar 2021 kl. 16:30" → "2021-02-04". */
export function parseDanishDate(text: string): string | null {
  const long = /(\d{1,2})\.?\s+([a-zæøå]+)\s+(\d{4})/i.exec(text);
  if (long) {
    const month = months.indexOf(long[2]!.toLowerCase());
    if (month >= 0) return isoDate(long[1]!, String(month + 1), long[3]!);
  }
  const numeric = /(\d{1,2})[-.](\d{1,2})[-.](\d{4})/.exec(text);
  return numeric ? isoDate(numeric[1]!, numeric[2]!, numeric[3]!) : null;
}

/** "Steen Hansen (Afbud), Henrik Nielsen" — a mark in brackets is either absence or a party letter. */
export function parseParticipants(text: string): Participant[] {
  // (?<!\s): spaces before a separator or mark are taken from where they start, not tried again inside a run of spaces (quadratic).
  return text
    .split(/(?:(?<!\s)\s+)?,\s*|(?<!\s)\s+og\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      let absent = false;
      let party: string | null = null;
      let name = '';
      let kept = 0;
      // Marks end in ")": an unclosed "(" after the last one is not looked at again for every "(".
      for (const mark of part.slice(0, part.lastIndexOf(')') + 1).matchAll(/(?:(?<!\s)\s+)?\(([^)]*)\)/g)) {
        const inner = mark[1]!.trim();
        if (/^(afbud|fraværende|forfald)$/i.test(inner)) absent = true;
        else if (isPartyLetter(inner)) party = inner;
        name += part.slice(kept, mark.index);
        kept = mark.index + mark[0].length;
      }
      name += part.slice(kept);
      return { name: name.trim(), party, absent };
    })
    .filter((p) => p.name !== '');
}

/** Danish party letters: one or two capitals, e.g. A, V, Ø, SF, LA. */
export function isPartyLetter(text: string): boolean {
  return /^[A-ZÆØÅ]{1,2}$/.test(text);
}

/** Joins each run of non-blank lines into one field. */
function paragraphs(lines: readonly Line[]): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  let current: { text: string; line: number } | undefined;
  for (const line of lines) {
    if (isBlank(line)) {
      current = undefined;
      continue;
    }
    if (current) current.text = `${current.text} ${line.text.trim()}`;
    else {
      current = { text: line.text.trim(), line: line.line };
      out.push(current);
    }
  }
  return out;
}

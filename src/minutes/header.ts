/**
 * The meeting header: the heading that names the committee (and often the
 * date), then fields such as "Mødedato …", "Sted: …", "Deltagere: …", each
 * a line or a wrapped paragraph. The layout names the heading forms and the
 * field labels. Header text that is none of these is returned, so the caller
 * can say it is not published.
 */
import { isBlank, type Line } from './lines.ts';
import type { Participant } from '../model/meeting.ts';
import type { HeaderField, Layout } from './layouts/layout.ts';
import { monthNames, parseDate, parseTime, stripTerm } from './layouts/danish.ts';
import { trailingTerm, withoutTrailingDash } from './end-patterns.ts';

export interface Header {
  committee: string | null;
  term: string | null;
  date: string | null;
  startTime: string | null;
  location: string | null;
  /** "Helsingør Kommune" printed on a line of its own. */
  municipality: string | null;
  participants: Participant[];
  /** Line of the heading, for diagnostics. */
  line: number | null;
  dateLine: number | null;
  /** The date in a date field, when it disagrees with the heading's. */
  conflictingDate: string | null;
  /** A date that is printed but is not a calendar date ("31-02-2021"). */
  invalidDate: { text: string; line: number } | null;
  /** Paragraphs that are neither the heading nor a known field. */
  unrecognised: Array<{ text: string; line: number }>;
}

interface Paragraph {
  text: string;
  line: number;
  field?: HeaderField;
  /** The value after the field label; lines kept apart, for lists of one name a line. */
  values?: string[];
}

const municipalityLine = /^\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)? Kommune$/u;
const labelLike = /^[\p{L} ]{2,30}:/u;
const dateLike = new RegExp(String.raw`\b\d{1,2}[-.]\d{1,2}[-.]\d{1,4}\b|\b\d{1,2}\.?\s+(?:${monthNames.join('|')})\s+\d{1,4}\b`, 'i');

export function parseHeader(lines: readonly Line[], layout: Layout): Header {
  const paragraphs = toParagraphs(lines, layout);
  const header: Header = {
    committee: null,
    term: null,
    date: null,
    startTime: null,
    location: null,
    municipality: null,
    participants: [],
    line: null,
    dateLine: null,
    conflictingDate: null,
    invalidDate: null,
    unrecognised: [],
  };
  const used = new Set<Paragraph>();
  readTitle(paragraphs, layout, header, used);
  for (const paragraph of paragraphs) {
    if (used.has(paragraph)) continue;
    if (paragraph.field) {
      readField(paragraph, header);
      continue;
    }
    if (municipalityLine.test(paragraph.text)) {
      header.municipality ??= paragraph.text;
      continue;
    }
    header.unrecognised.push({ text: paragraph.text, line: paragraph.line });
  }
  return header;
}

/** "REFERAT … 2018-2021" and "d. 06-11-2019" can be separate paragraphs, as can "Referat" and the committee. */
function readTitle(paragraphs: readonly Paragraph[], layout: Layout, header: Header, used: Set<Paragraph>): void {
  const first = paragraphs.findIndex((p) => !p.field && /^Referat\b/i.test(p.text));
  if (first < 0) return;
  const parts: Paragraph[] = [paragraphs[first]!];
  for (let i = first + 1; i < paragraphs.length && parts.length < 3; i++) {
    const p = paragraphs[i]!;
    if (p.field || municipalityLine.test(p.text) || labelLike.test(p.text)) break;
    parts.push(p);
  }
  // Runs of spaces as one: the heading forms' lazy groups would retry at every space of a long run.
  const title = parts.map((p) => p.text).join(' ').replace(/\s+/g, ' ');
  header.line = parts[0]!.line;
  let committee: string | null = null;
  let date: string | undefined;
  for (const form of layout.header.titles) {
    const match = form.exec(title);
    if (!match?.groups?.committee) continue;
    committee = match.groups.committee;
    date = match.groups.date;
    break;
  }
  for (const p of parts) used.add(p);
  if (committee === null) return;
  if (date !== undefined) {
    header.date = parseDate(date);
    header.dateLine = header.line;
    if (header.date === null) header.invalidDate = { text: date.trim(), line: header.line };
  }
  const term = trailingTerm(committee);
  header.term = term ? term[1]!.replace(/\s/g, '') : null;
  header.committee = withoutTrailingDash(stripTerm(committee)).trim() || null;
}

function readField(paragraph: Paragraph, header: Header): void {
  const values = paragraph.values ?? [];
  const text = values.join(' ').replace(/\s+/g, ' ').trim();
  switch (paragraph.field) {
    case 'date': {
      const date = parseDate(text);
      if (date === null && dateLike.test(text)) header.invalidDate ??= { text, line: paragraph.line };
      if (date && !header.date) {
        header.date = date;
        header.dateLine = paragraph.line;
      } else if (date && date !== header.date) header.conflictingDate = date;
      if (/kl\.?\s*\d/i.test(text)) header.startTime ??= parseTime(text);
      return;
    }
    case 'time':
      header.startTime ??= parseTime(text);
      return;
    case 'location':
      header.location ??= text || null;
      return;
    case 'participants':
      header.participants.push(...parseParticipants(joinNames(values)));
      return;
    case 'absent':
      for (const person of parseParticipants(joinNames(values))) {
        const listed = header.participants.find((p) => p.name === person.name);
        if (listed) {
          listed.absent = true;
          listed.party ??= person.party;
        } else header.participants.push({ ...person, absent: true });
      }
      return;
    default:
      return;
  }
}

/** A wrapped list ("Kristina\nKongsted, …") is one line of text; a list without commas has one name a line. */
function joinNames(values: readonly string[]): string {
  return values.some((v) => v.includes(',')) ? values.join(' ') : values.join(', ');
}

/** Splits the header into paragraphs; a line that starts with a field label starts a paragraph of its own. */
function toParagraphs(lines: readonly Line[], layout: Layout): Paragraph[] {
  const labels = fieldLabels(layout);
  const out: Paragraph[] = [];
  let current: Paragraph | undefined;
  for (const line of lines) {
    if (isBlank(line)) {
      current = undefined;
      continue;
    }
    const text = line.text.trim();
    const field = fieldOf(text, labels);
    if (field) {
      current = { text, line: line.line, field: field.field, values: field.value === '' ? [] : [field.value] };
      out.push(current);
      continue;
    }
    if (current) {
      current.text = `${current.text} ${text}`;
      current.values?.push(text);
    } else {
      current = { text, line: line.line };
      out.push(current);
    }
  }
  return out;
}

interface Label {
  label: string;
  field: HeaderField;
}

function fieldLabels(layout: Layout): Label[] {
  return (Object.entries(layout.header.fields) as Array<[HeaderField, readonly string[]]>)
    .flatMap(([field, names]) => names.map((label) => ({ label, field })))
    .sort((a, b) => b.label.length - a.label.length);
}

function fieldOf(text: string, labels: readonly Label[]): { field: HeaderField; value: string } | undefined {
  const lower = text.toLowerCase();
  for (const { label, field } of labels) {
    if (!lower.startsWith(label)) continue;
    const rest = text.slice(label.length);
    // A label stands alone: "Tid: 16.30", "Mødedato Torsdag …", "Deltagere" — not "Tidligere …".
    if (rest !== '' && !/^[\s:]/.test(rest)) continue;
    return { field, value: rest.replace(/^\s*:?\s*/, '').trim() };
  }
  return undefined;
}

/** "Steen Hansen (Afbud), Henrik Nielsen" — a mark in brackets is either absence or a party letter. */
export function parseParticipants(text: string): Participant[] {
  // (?<!\s): spaces before a separator or mark are taken from where they start, not tried again inside a run of spaces (quadratic).
  return text
    .split(/(?:(?<!\s)\s+)?[,;]\s*|(?<!\s)\s+og\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      let absent = false;
      let party: string | null = null;
      const roles: string[] = [];
      let name = '';
      let kept = 0;
      // Marks end in ")": an unclosed "(" after the last one is not looked at again for every "(".
      for (const mark of part.slice(0, part.lastIndexOf(')') + 1).matchAll(/(?:(?<!\s)\s+)?\(([^)]*)\)/g)) {
        const inner = mark[1]!.trim();
        if (/^(afbud|fraværende|forfald)$/i.test(inner)) absent = true;
        else if (isPartyLetter(inner)) party = inner;
        else if (inner !== '') roles.push(inner); // "(formand)", "(suppleant for Lise Holm)": kept, never dropped
        name += part.slice(kept, mark.index);
        kept = mark.index + mark[0].length;
      }
      name += part.slice(kept);
      return { name: name.trim(), party, role: roles.length > 0 ? roles.join(', ') : null, absent };
    })
    .filter((p) => p.name !== '');
}

/** Danish party letters: one or two capitals, e.g. A, V, Ø, SF, LA. */
export function isPartyLetter(text: string): boolean {
  return /^[A-ZÆØÅ]{1,2}$/.test(text);
}

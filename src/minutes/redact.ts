/**
 * Danish CPR numbers (DDMMYY-SSSS) are personal data and must never be
 * published, in any spelling. Text is folded before matching (NFKC, format
 * characters such as U+200B/U+00AD dropped, every dash a "-", every space a
 * " ") so that full-width digits, hidden characters and typographic dashes
 * cannot hide a number; the replacement is made in the original text.
 *
 * A number counts when its first six digits form a real date; modulus 11 is
 * deliberately not checked, since many valid numbers issued since 2007 fail it.
 *
 * Forms matched: 0101901234, 010190-1234, 010190 1234, 010190 - 1234,
 * 01 01 90-1234, 010190/1234, 010190.1234, 010190_1234, and any of these
 * split by a line break (a wrapped line: "010190-" / "1234").
 *
 * Not matched, on purpose (false positives found in minutes):
 * - a number glued to a longer one by a digit, or by ".", "/" or "-" and a
 *   digit (case numbers 2018/012671, amounts 1.175.660.000, bank accounts
 *   1234-0101901234, KLE numbers 00.01.00G01-0006 17) — unless that neighbour
 *   is itself a CPR number, so "010190-1234/020290-1234" is still caught;
 * - phone numbers (39 57 52 40: eight digits, and 39 is no day);
 * - a date written with separators, or a time with ":" or "." inside
 *   (01-02-21 17:00, 01.02.2021 kl. 17.00, 010221 17:00);
 * - parts separated by a tab: tabs separate table cells, not parts of a number.
 *
 * Trade-off: a compact date next to a four-digit time ("010221-1700",
 * "201231-0042", "120319-0800") IS redacted. It cannot be told from a CPR
 * number: about one serial in seven (0000–2359 with minutes below 60) reads
 * as a time, so exempting them would publish real numbers, while redacting a
 * timestamp only costs a reader the time of day. The law decides which error
 * we may make.
 */
import type { VFile } from 'vfile';
import { ruleIds, warn } from '../diagnostics/messages.ts';
import type { Line } from './lines.ts';

export const cprMarker = '[CPR-nummer fjernet]';
/** Stands in for a CPR number in file and folder names: no spaces or brackets, so paths and URL slugs stay plain. */
export const cprPathToken = 'cpr-nummer-fjernet';

export function isPlausibleCpr(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= daysInMonth;
}

/**
 * Text as the matcher sees it. Most characters fold to themselves, so only
 * the others are recorded: `runs` are [folded, source] starts of stretches
 * copied as they are, `changed` the source span of every other folded character.
 */
interface Folded {
  text: string;
  runs: Array<[number, number]>;
  changed: Map<number, [number, number]>;
}

/** Folded form of a code point; null when it folds to itself (æ, ø, å, …). */
const foldCache = new Map<number, string | null>();
const formatChar = /^\p{Cf}$/u;
const spaceChar = /^\p{Zs}$/u;
// U+2212 minus and U+2043 hyphen bullet are not Pd but look like one.
const dashChar = /^[\p{Pd}\u2212\u2043\u02d7\u2796]$/u;
const slashChar = /^[\u2044\u2215\u29f8]$/u;
const lineBreakChar = /^[\r\v\f\u0085\u2028\u2029]$/u;

function foldCodePoint(code: number): string | null {
  let folded = foldCache.get(code);
  if (folded === undefined) {
    const ch = String.fromCodePoint(code);
    folded = '';
    for (const c of lineBreakChar.test(ch) || formatChar.test(ch) ? ch : ch.normalize('NFKC')) {
      if (formatChar.test(c)) continue;
      folded += lineBreakChar.test(c) ? '\n' : spaceChar.test(c) ? ' ' : dashChar.test(c) ? '-' : slashChar.test(c) ? '/' : c;
    }
    if (folded === ch) folded = null;
    foldCache.set(code, folded);
  }
  return folded;
}

function fold(source: string): Folded {
  const pieces: string[] = [];
  const runs: Array<[number, number]> = [];
  const changed = new Map<number, [number, number]>();
  let length = 0; // of the folded text so far
  let runStart = 0; // source index where the current unchanged stretch began
  const flush = (to: number): void => {
    if (to === runStart) return;
    runs.push([length, runStart]);
    pieces.push(source.slice(runStart, to));
    length += to - runStart;
  };
  for (let i = 0; i < source.length; ) {
    const code = source.codePointAt(i)!;
    // Printable ASCII, tab and newline fold to themselves: the common case, kept fast.
    if ((code >= 0x20 && code < 0x7f) || code === 0x09 || code === 0x0a) {
      i++;
      continue;
    }
    const width = code > 0xffff ? 2 : 1;
    const folded = foldCodePoint(code);
    if (folded === null) {
      i += width;
      continue;
    }
    flush(i);
    for (let k = 0; k < folded.length; k++) changed.set(length + k, [i, i + width]);
    pieces.push(folded);
    length += folded.length;
    i += width;
    runStart = i;
  }
  flush(source.length);
  return { text: pieces.join(''), runs, changed };
}

/** Source span of the folded character at `index`. */
function sourceSpan(folded: Folded, index: number): [number, number] {
  const exception = folded.changed.get(index);
  if (exception) return exception;
  const { runs } = folded;
  let low = 0;
  let high = runs.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (runs[mid]![0] <= index) low = mid;
    else high = mid - 1;
  }
  const at = runs[low]![1] + index - runs[low]![0];
  return [at, at + 1];
}

// Between day, month and year: nothing, one space or a line break. Between date and serial: nothing, spaces or one
// line break; a dash with spaces or line breaks around it (a dash at a paragraph's end says the number goes on, even
// past a page break); or a tight "/", "." or "_" (a dot at a line end ends a sentence; "_" stands for a space in file names).
const cprCandidate = /(?<!\d)(\d\d)(?: ?| ?\n *)(\d\d)(?: ?| ?\n *)(\d\d)(?: *(?:\n *)?(?:-[ \n]*)?|[/._])\d{4}(?!\d)/g;

/** Spans [start, end) of CPR numbers in `source`, merged where they overlap, in order. */
export function findCpr(source: string): Array<[number, number]> {
  // Plain ASCII folds to itself, and without ten digits holds no number: the cheap way out for short strings such as
  // names, titles and paths (slugify calls this for every URL segment).
  const plain = !/[^\t\n\x20-\x7e]/.test(source);
  if (plain && !/\d(?:\D*\d){9}/.test(source)) return [];
  const folded: Folded = plain ? { text: source, runs: [[0, 0]], changed: new Map() } : fold(source);
  const { text } = folded;
  const candidates: Array<[number, number]> = [];
  cprCandidate.lastIndex = 0;
  for (let m = cprCandidate.exec(text); m !== null; m = cprCandidate.exec(text)) {
    if (isPlausibleCpr(Number(m[1]), Number(m[2]), Number(m[3]))) candidates.push([m.index, m.index + m[0].length]);
    // Go on from the next character, not the end: candidates may overlap ("3101 010190-1234" holds two).
    cprCandidate.lastIndex = m.index + 1;
  }
  const starts = new Set(candidates.map(([s]) => s));
  const ends = new Set(candidates.map(([, e]) => e));
  const accepted = candidates.filter(([s, e]) => {
    const gluedBefore = /\d[./-]$/.test(text.slice(Math.max(0, s - 2), s)) && !ends.has(s - 1);
    const gluedAfter = /^[./-]\d/.test(text.slice(e, e + 2)) && !starts.has(e + 1);
    return !gluedBefore && !gluedAfter;
  });
  const spans: Array<[number, number]> = [];
  for (const [s, e] of accepted) {
    const from = sourceSpan(folded, s)[0];
    const to = sourceSpan(folded, e - 1)[1];
    const last = spans[spans.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
  }
  return spans;
}

/** Returns the redacted text and how many numbers were replaced. */
export function redactCpr(text: string, replacement: string = cprMarker): { text: string; count: number } {
  const spans = findCpr(text);
  if (spans.length === 0) return { text, count: 0 };
  let out = '';
  let at = 0;
  for (const [from, to] of spans) {
    out += text.slice(at, from) + replacement;
    at = to;
  }
  return { text: out + text.slice(at), count: spans.length };
}

/** A file or folder path with every CPR number replaced by a neutral token. */
export function redactPath(path: string): string {
  return redactCpr(path, cprPathToken).text;
}

/**
 * Redacts lines as one text, so a number split over adjacent lines is found.
 * Lines joined by a number become one line (the number was one word, wrapped);
 * `hits` are the line numbers where redacted numbers start.
 */
export function redactLines(lines: readonly Line[]): { lines: Line[]; hits: number[] } {
  const joined = lines.map((l) => l.text).join('\n');
  const spans = findCpr(joined);
  if (spans.length === 0) return { lines: [...lines], hits: [] };
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    offsets.push(offset);
    offset += line.text.length + 1;
  }
  const lineAt = (position: number): number => {
    let low = 0;
    let high = offsets.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (offsets[mid]! <= position) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const hits: number[] = [];
  const out: Line[] = [];
  let next = 0; // first line not yet copied
  for (let k = 0; k < spans.length; ) {
    const first = lineAt(spans[k]![0]);
    let last = lineAt(spans[k]![1] - 1);
    // Spans that start on the line where this group ends belong to the same (merged) line.
    let group = k + 1;
    while (group < spans.length && lineAt(spans[group]![0]) <= last) last = Math.max(last, lineAt(spans[group++]![1] - 1));
    out.push(...lines.slice(next, first));
    const from = offsets[first]!;
    const to = offsets[last]! + lines[last]!.text.length;
    let text = '';
    let at = from;
    for (const [s, e] of spans.slice(k, group)) {
      text += joined.slice(at, s) + cprMarker;
      at = e;
      const line = lines[lineAt(s)]!.line;
      if (hits[hits.length - 1] !== line) hits.push(line);
    }
    text += joined.slice(at, to);
    out.push({ ...lines[first]!, text });
    next = last + 1;
    k = group;
  }
  out.push(...lines.slice(next));
  return { lines: out, hits };
}

/** The source path as published, with a warning when a CPR number had to be taken out of it. */
export function publicSourcePath(file: VFile, path: string): string {
  const redacted = redactPath(path);
  if (redacted !== path) warn(file, `Unexpected CPR number in the file name, expected none: published with "${cprPathToken}" in its place`, null, ruleIds.cpr);
  return redacted;
}

/** The municipality as published (it may come from --municipality or a folder name), likewise. */
export function publicMunicipality(file: VFile, municipality: string | null): string | null {
  if (municipality === null) return null;
  const { text, count } = redactCpr(municipality);
  if (count > 0) warn(file, `Unexpected CPR number in the municipality name (from --municipality or the folder name), expected none: published as "${text}"`, null, ruleIds.cpr);
  return text;
}

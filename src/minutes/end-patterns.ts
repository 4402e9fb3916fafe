/**
 * Patterns anchored at the end of a text, read backwards from the end. As
 * regexes (each named in its comment) they are retried at every character of
 * a run of spaces, dots or digits, which is quadratic — with two `\s*` side by
 * side, cubic — in the run's length. These read each character once and give
 * what the regex gave; the differential test holds them to it.
 */

const space = /\s/;
const lineTerminator = /[\n\r\u2028\u2029]/;
const isSpace = (c: string) => space.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

/** Where the run of characters passing `test` that ends at `end` begins. */
function runStart(text: string, end: number, test: (c: string) => boolean): number {
  let i = end;
  while (i > 0 && test(text[i - 1]!)) i--;
  return i;
}

function digitsBefore(text: string, end: number, count: number): boolean {
  if (end < count) return false;
  for (let i = end - count; i < end; i++) if (!isDigit(text[i]!)) return false;
  return true;
}

/** Start of an election term `\d{4}\s*-\s*\d{4}` that ends at `end`, or -1. */
function termStart(text: string, end: number): number {
  if (!digitsBefore(text, end, 4)) return -1;
  let i = runStart(text, end - 4, isSpace);
  if (text[i - 1] !== '-') return -1;
  i = runStart(text, i - 1, isSpace);
  return digitsBefore(text, i, 4) ? i - 4 : -1;
}

/** `text.replace(/\s*-?\s*\d{4}\s*-\s*\d{4}\s*$/, '')`: "Økonomiudvalget 2018-2021" → "Økonomiudvalget". */
export function withoutTrailingTerm(text: string): string {
  const term = termStart(text, runStart(text, text.length, isSpace));
  if (term === -1) return text;
  let start = runStart(text, term, isSpace);
  if (text[start - 1] === '-') start = runStart(text, start - 1, isSpace);
  return text.slice(0, start);
}

/** `/(?:\s+-)?\s+(\d{4}\s*-\s*\d{4})$/.exec(text)`: the term at the very end, after a space. */
export function trailingTerm(text: string): [string, string] | null {
  const term = termStart(text, text.length);
  if (term <= 0 || !isSpace(text[term - 1]!)) return null;
  let start = runStart(text, term, isSpace);
  if (text[start - 1] === '-' && start >= 2 && isSpace(text[start - 2]!)) start = runStart(text, start - 1, isSpace);
  return [text.slice(start), text.slice(term)];
}

/** `text.replace(/\s+-$/, '')` */
export function withoutTrailingDash(text: string): string {
  if (!text.endsWith('-')) return text;
  const start = runStart(text, text.length - 1, isSpace);
  return start < text.length - 1 ? text.slice(0, start) : text;
}

/** `text.replace(/[\s/.-]+$/, '')` */
export function withoutTrailingPunctuation(text: string): string {
  return text.slice(0, runStart(text, text.length, (c) => c === '/' || c === '.' || c === '-' || isSpace(c)));
}

/**
 * `/^(.*?)\s+d\.\s*(\d{1,2})[-.](\d{1,2})[-.](\d{4})\s*$/.exec(text)`: the
 * committee and the date of "REFERAT <udvalg> d. 06-11-2019".
 */
export function titleDate(text: string): [string, string, string, string, string] | null {
  const yearEnd = runStart(text, text.length, isSpace);
  if (!digitsBefore(text, yearEnd, 4)) return null;
  const parts: string[] = [text.slice(yearEnd - 4, yearEnd)];
  let i = yearEnd - 4;
  // Month, then day: one or two digits after a "-" or ".".
  for (let field = 0; field < 2; field++) {
    if (text[i - 1] !== '-' && text[i - 1] !== '.') return null;
    const start = runStart(text, i - 1, isDigit);
    if (i - 1 - start < 1 || i - 1 - start > 2) return null;
    parts.unshift(text.slice(start, i - 1));
    i = start;
  }
  i = runStart(text, i, isSpace);
  if (text[i - 1] !== '.' || text[i - 2] !== 'd') return null;
  const nameEnd = runStart(text, i - 2, isSpace);
  if (nameEnd === i - 2) return null;
  const name = text.slice(0, nameEnd);
  if (lineTerminator.test(name)) return null;
  return [text, name, parts[0]!, parts[1]!, parts[2]!];
}

/**
 * `/^(.*?)\s*\.{3,}\s*\t?\s*(\d+)\s*$/.exec(text)`: a table-of-contents entry,
 * "Godkendelse af dagsorden.....<TAB>3" → title and page.
 */
export function tocEntry(text: string): [string, string, string] | null {
  const pageEnd = runStart(text, text.length, isSpace);
  const pageStart = runStart(text, pageEnd, isDigit);
  if (pageStart === pageEnd) return null;
  const dotsEnd = runStart(text, pageStart, isSpace);
  const dotsStart = runStart(text, dotsEnd, (c) => c === '.');
  if (dotsEnd - dotsStart < 3) return null;
  const title = text.slice(0, runStart(text, dotsStart, isSpace));
  if (lineTerminator.test(title)) return null;
  return [text, title, text.slice(pageStart, pageEnd)];
}

/**
 * Whether `text` ends in a leader of four dots and a page number, as
 * /\.{4,}\t?\s*\d+\s*$/ tells. When `whole` is false `text` is only the end
 * of a longer text, and undefined means the answer lies further back.
 */
export function tocLineEnd(text: string, whole = true): boolean | undefined {
  const digitsEnd = runStart(text, text.length, isSpace);
  const digitsStart = runStart(text, digitsEnd, isDigit);
  if (digitsStart === 0 && !whole) return undefined;
  if (digitsStart === digitsEnd) return false;
  let i = runStart(text, digitsStart, isSpace);
  let dots = 0;
  while (i > 0 && text[i - 1] === '.' && dots < 4) {
    i--;
    dots++;
  }
  if (dots === 4) return true;
  return i === 0 && !whole ? undefined : false;
}

export function isTocLine(text: string): boolean {
  return tocLineEnd(text) === true;
}

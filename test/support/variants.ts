/**
 * Degraded forms of minutes text, as real input arrives: with a byte order
 * mark, with CRLF line ends, in Windows-1252, re-wrapped by a PDF-to-text tool
 * at a fixed width, and with page furniture ("Side 3 af 12") between
 * paragraphs. Tests feed both the clean text and a variant to the importer and
 * expect the same model, so every transformation here is pure, deterministic
 * and documented precisely enough for the importer author to undo it.
 *
 * All text functions take and return LF text. Compose them in the order real
 * input is produced: `rewrap` → `withPageFooters` → `withCrlf` →
 * `toWindows1252` (or UTF-8 encoding) → `withBom`.
 */

const utf8Bom = [0xef, 0xbb, 0xbf] as const;

/**
 * Prefix UTF-8 bytes with the UTF-8 byte order mark EF BB BF, as Notepad and
 * many Windows exports write it. Idempotent: bytes that already start with the
 * BOM are returned as an unchanged copy, so a BOM is never doubled.
 */
export function withBom(bytes: Uint8Array): Uint8Array {
  if (bytes[0] === utf8Bom[0] && bytes[1] === utf8Bom[1] && bytes[2] === utf8Bom[2]) {
    return bytes.slice();
  }
  const result = new Uint8Array(bytes.length + utf8Bom.length);
  result.set(utf8Bom, 0);
  result.set(bytes, utf8Bom.length);
  return result;
}

/**
 * Turn every LF that is not already part of a CRLF into CRLF. Idempotent, and
 * a lone CR is left alone (real exports never produce one). Removing every
 * "\r" that precedes "\n" gives back the input exactly.
 */
export function withCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/**
 * Windows-1252 bytes 0x80–0x9F, which are the only ones that differ from
 * Latin-1. The five bytes Windows leaves undefined (0x81, 0x8D, 0x8F, 0x90,
 * 0x9D) map to the C1 code point of the same number, as the WHATWG decoder
 * (`new TextDecoder('windows-1252')`) reads them, so encoding round-trips.
 */
const cp1252High: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const cp1252ByCodePoint: ReadonlyMap<number, number> = new Map(cp1252High.map((codePoint, index) => [codePoint, 0x80 + index]));

function cp1252Byte(codePoint: number): number | undefined {
  if (codePoint < 0x80 || (codePoint >= 0xa0 && codePoint <= 0xff)) return codePoint;
  return cp1252ByCodePoint.get(codePoint);
}

/**
 * The distinct characters of `text` that Windows-1252 cannot encode, in order
 * of first appearance. Danish letters, "½", "§", "–", "”", "“" and "•" are all
 * encodable; "≥", "→", "✓", emoji and private-use Symbol-font glyphs are not.
 */
export function unencodableInWindows1252(text: string): string[] {
  const found = new Set<string>();
  for (const char of text) {
    if (cp1252Byte(char.codePointAt(0) ?? 0) === undefined) found.add(char);
  }
  return [...found];
}

export interface Windows1252Options {
  /**
   * What to do with characters Windows-1252 cannot encode.
   * - `'throw'` (default): throw a `RangeError` naming every such character
   *   (e.g. `U+2265 "≥"`), so a test never compares a model built from text
   *   that silently changed.
   * - `'?'`: write "?" (0x3F) instead, as Word's and Notepad's "ANSI" export
   *   does. This is where the seeds' "? " bullets come from: a Symbol-font
   *   bullet exported to a code page. The importer cannot undo it, so a test
   *   using it must expect "?" in the model.
   */
  unmappable?: 'throw' | '?';
}

/**
 * Encode text as Windows-1252 (one byte per character). Encodable text
 * round-trips exactly through `new TextDecoder('windows-1252')`. Line ends and
 * every other character are written as they are; no BOM is written (code page
 * files have none).
 */
export function toWindows1252(text: string, options: Windows1252Options = {}): Uint8Array {
  const unmappable = options.unmappable ?? 'throw';
  if (unmappable === 'throw') {
    const bad = unencodableInWindows1252(text);
    if (bad.length > 0) {
      const names = bad.map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} "${char}"`);
      throw new RangeError(`Unexpected characters outside Windows-1252: ${names.join(', ')}`);
    }
  }
  const bytes: number[] = [];
  for (const char of text) bytes.push(cp1252Byte(char.codePointAt(0) ?? 0) ?? 0x3f);
  return Uint8Array.from(bytes);
}

export interface RewrapOptions {
  /** Break inside long words with a trailing "-" (default true). */
  hyphenate?: boolean;
  /**
   * Lines for which this returns true are left exactly as they are. The default
   * keeps every line that contains a TAB (tables and table-of-contents lines).
   * Pass e.g. `(line) => line.includes('\t') || /^Punkt \d+:/.test(line)` to
   * keep item headings whole too.
   */
  keep?: (line: string) => boolean;
}

/** Words shorter than this are never hyphenated; a PDF tool would move them. */
const minHyphenatedWord = 10;
/** Letters that must stay on each side of a hyphenation break. */
const minHyphenPart = 3;

/** A token that may be split by hyphenation: letters only, maybe followed by , . ; : ! ? */
const hyphenatableToken = /^\p{L}+[,.;:!?]?$/u;

/**
 * A token that must not start a continuation line, because the line would
 * then read as a list item, a bullet or markup: "-", "–", "•", "?", "*", "1.",
 * "2)", "a)", "b.", "**…", "<…", and "Punkt"/"Pkt." (an item heading).
 */
const markerToken = /^(?:[-–—•?*+]+|\d+[.)]|\p{L}[.)]|\*\*.*|<.*|Punkt|Pkt\.)$/u;

function lengthOf(value: string): number {
  let length = 0;
  for (const _ of value) length += 1;
  return length;
}

/**
 * Re-wrap long lines at a fixed width, the way a PDF-to-text tool wraps a
 * paragraph that was one line in the source. Deterministic; widths count
 * Unicode code points.
 *
 * Which lines change: only lines longer than `width` that `keep` does not
 * protect (by default: lines without a TAB). Short lines, blank lines, table
 * rows and table-of-contents lines come out byte for byte. No blank lines and
 * no leading or trailing spaces are added, so a wrapped paragraph is a run of
 * consecutive non-blank lines.
 *
 * Where a line may break ("break opportunities"):
 * 1. At a single space between two non-space characters; the space is
 *    replaced by "\n". Never at a space whose preceding token ends in "-"
 *    ("Beskæftigelses- og" stays together, so no "Beskæftigelses-\nog"), and
 *    never where the next token would open the new line like a list item or
 *    markup ("-", "–", "•", "?", "*", "1.", "2021.", "a)", "**…", "<…",
 *    "Punkt", "Pkt."; see
 *    `markerToken`). Leading indentation (" - a) …") is never a break and
 *    stays on the first line only.
 * 2. With `hyphenate`: inside a token made only of letters (optionally
 *    followed by one of , . ; : ! ?) with at least 10 letters, leaving at
 *    least 3 letters on each side; a "-" is appended to the first part
 *    ("beskæfti-\ngelse"). Tokens containing a hyphen, digit, slash, "<", "*"
 *    or "://" are never split, so "COVID-19", "læse-," or a URL never become
 *    ambiguous. Break points are not Danish syllables; nothing may depend on
 *    where they fall.
 *
 * Which break is taken (greedy, line by line): the furthest opportunity
 * whose piece, including a trailing "-", is at most `width` code points.
 * When no opportunity fits (a long URL, or a run of forbidden breaks), the
 * first opportunity after it is taken and that line is longer than `width`.
 *
 * The inverse (see `unwrapLines`): join the lines of one wrapped line, where a
 * line ending in "-" is joined to the next with the "-" removed and no space,
 * and every other join is a single space. Because of rule 1, a line produced
 * by a space break never ends in "-", so this rule is unambiguous and gives
 * back the original line exactly. What the importer cannot know from the
 * output alone is where one source line ended and the next began: the
 * minutes already contain runs of consecutive short lines (wrapped
 * Mødedeltagere, lists, tables), so it must join continuation lines by
 * content, not by position.
 */
export function rewrap(text: string, width = 80, options: RewrapOptions = {}): string {
  const hyphenate = options.hyphenate ?? true;
  const keep = options.keep ?? ((line: string) => line.includes('\t'));
  return text
    .split('\n')
    .map((line) => (lengthOf(line) <= width || keep(line) ? line : wrapLine(line, width, hyphenate).join('\n')))
    .join('\n');
}

/** Join the lines that `rewrap` made of one source line back into that line. */
export function unwrapLines(lines: readonly string[]): string {
  let result = '';
  lines.forEach((line, index) => {
    if (index === lines.length - 1) result += line;
    else if (line.endsWith('-')) result += line.slice(0, -1);
    else result += `${line} `;
  });
  return result;
}

interface Opportunity {
  /** Code point index: for a space break the index of the space, for a hyphen break the index of the first character that moves to the next line. */
  at: number;
  hyphen: boolean;
}

/** Where `chars` may be broken, in ascending order. */
function opportunities(chars: readonly string[], hyphenate: boolean): Opportunity[] {
  const result: Opportunity[] = [];
  let indent = 0;
  while (chars[indent] === ' ') indent += 1;
  // Tokens are the runs between single spaces; runs of several spaces stay
  // inside a token so that unwrapping with one space per break restores them.
  const tokens: { start: number; end: number }[] = [];
  let tokenStart = indent;
  for (let index = indent; index <= chars.length; index += 1) {
    const single = chars[index] === ' ' && chars[index - 1] !== ' ' && chars[index + 1] !== ' ' && index + 1 < chars.length;
    if (index === chars.length || single) {
      tokens.push({ start: tokenStart, end: index });
      tokenStart = index + 1;
    }
  }
  tokens.forEach((token, index) => {
    const text = chars.slice(token.start, token.end).join('');
    const previous = tokens[index - 1];
    if (previous) {
      const previousText = chars.slice(previous.start, previous.end).join('');
      if (!previousText.endsWith('-') && !markerToken.test(text)) result.push({ at: token.start - 1, hyphen: false });
    }
    if (hyphenate && hyphenatableToken.test(text)) {
      const letters = chars.slice(token.start, token.end).filter((char) => /\p{L}/u.test(char)).length;
      if (letters >= minHyphenatedWord) {
        for (let at = token.start + minHyphenPart; at <= token.start + letters - minHyphenPart; at += 1) {
          result.push({ at, hyphen: true });
        }
      }
    }
  });
  return result;
}

function wrapLine(line: string, width: number, hyphenate: boolean): string[] {
  const chars = Array.from(line);
  const breaks = opportunities(chars, hyphenate);
  const lines: string[] = [];
  let start = 0;
  while (chars.length - start > width) {
    // The break that fills the line furthest without passing `width`
    // (a hyphen break needs one more character for the "-").
    let chosen: Opportunity | undefined;
    for (const candidate of breaks) {
      if (candidate.at <= start) continue;
      const length = candidate.at - start + (candidate.hyphen ? 1 : 0);
      if (length <= width) chosen = candidate;
      else break;
    }
    // Nothing fits: the first possible break, giving an overlong line.
    chosen ??= breaks.find((candidate) => candidate.at > start);
    if (!chosen) break;
    if (chosen.hyphen) {
      lines.push(`${chars.slice(start, chosen.at).join('')}-`);
      start = chosen.at;
    } else {
      lines.push(chars.slice(start, chosen.at).join(''));
      start = chosen.at + 1;
    }
  }
  lines.push(chars.slice(start).join(''));
  return lines;
}

export interface PageFooterOptions {
  /** Start looking for a page break after this many lines (default 40). */
  every?: number;
  /** The footer line (default "Side N af M"). */
  format?: (page: number, pages: number) => string;
}

/**
 * Insert page furniture the way it lands in PDF-to-text output, e.g.
 * "Side 3 af 12", between paragraphs. Deterministic:
 *
 * - Lines are counted from the first non-blank line. Once at least `every`
 *   lines have passed since the previous page break, the next blank line
 *   that follows a non-blank line and precedes a non-blank line is a page
 *   break: after that blank line come the footer line and one more blank
 *   line. So "para\n\nnext" becomes "para\n\nSide 3 af 12\n\nnext"; the
 *   original lines are never changed or split, and the footer always stands
 *   alone between two blank lines.
 * - The last page gets its footer too: "\n\nSide M af M" is appended at the
 *   end (before a final "\n" if the text has one). M is the number of page
 *   breaks plus one, so a short text gets only "Side 1 af 1".
 *
 * To undo it, drop every line equal to a footer together with the blank line
 * after it (at the end: with the two blank lines before it).
 */
export function withPageFooters(text: string, options: PageFooterOptions = {}): string {
  const every = options.every ?? 40;
  const format = options.format ?? ((page: number, pages: number) => `Side ${page} af ${pages}`);
  const finalNewline = text.endsWith('\n');
  const lines = (finalNewline ? text.slice(0, -1) : text).split('\n');

  const breaks: number[] = []; // indexes of the blank lines that end a page
  let started = false;
  let sinceBreak = 0;
  lines.forEach((line, index) => {
    if (!started && line.trim() === '') return;
    started = true;
    sinceBreak += 1;
    const previous = lines[index - 1];
    const next = lines[index + 1];
    const boundary = line === '' && previous !== undefined && previous !== '' && next !== undefined && next !== '';
    if (boundary && sinceBreak >= every) {
      breaks.push(index);
      sinceBreak = 0;
    }
  });

  const pages = breaks.length + 1;
  const output: string[] = [];
  let page = 1;
  lines.forEach((line, index) => {
    output.push(line);
    if (breaks.includes(index)) {
      output.push(format(page, pages), '');
      page += 1;
    }
  });
  output.push('', format(pages, pages));
  return output.join('\n') + (finalNewline ? '\n' : '');
}

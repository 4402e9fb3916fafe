/**
 * Undo the line layout of the export: lines wrapped at a fixed width are
 * joined, words hyphenated at a line end are re-joined, and paragraphs that a
 * page break (or removed furniture) split mid-sentence are put back together.
 *
 * A line is taken as wrapped only when the next line's first word would not
 * have fitted on it — the rule a greedy line-breaker follows — so lines that
 * the author ended on purpose (lists of names, short address lines) stay.
 */
import { isBlank, type Line } from './lines.ts';
import { isTocLine, tocLineEnd } from './end-patterns.ts';

const hyphenatedEnd = /\p{Ll}-$/u;
const startsLower = /^\p{Ll}/u;
const endsOpen = /[\p{L}\p{N}]$/u;

/**
 * Width the document was wrapped at, or Infinity when its lines are not
 * wrapped. A wrapped document has (almost) no line over ~100 characters —
 * the odd unbreakable URL aside — while unwrapped minutes have many.
 */
export function wrapWidth(lines: readonly Line[]): number {
  const lengths = lines
    .map((l) => l.text)
    .filter((t) => t.trim() !== '' && !t.includes('\t') && !isTocLine(t))
    .map((t) => t.length);
  const long = lengths.filter((n) => n > 100).length;
  const fitting = lengths.filter((n) => n <= 100);
  if (fitting.length === 0 || long > Math.max(2, lengths.length / 50)) return Infinity;
  // A loop, not Math.max(...fitting): spreading 100 000+ lengths overflows the stack.
  const max = fitting.reduce((a, b) => Math.max(a, b), 0);
  const nearMax = fitting.filter((n) => n >= max - 25).length;
  // Wrapping leaves sentences running on to the next line; short unwrapped lines never do.
  let runOns = 0;
  for (let i = 0; i + 1 < lines.length && runOns < 3; i++) {
    if (!isBlank(lines[i]) && startsLower.test(lines[i + 1]!.text.trimStart()) && !lines[i]!.text.includes('\t')) runOns++;
  }
  return nearMax >= 5 && runOns >= 3 ? max : Infinity;
}

/** A line starting like a list item or markup is never a continuation: wrapping does not put one there. */
const markerToken = /^(?:[-–—•?*+]+|\d+[.)]|\p{L}[.)]|\*\*.*|<.*|Punkt|Pkt\.)$/u;

/**
 * The part of a line that a line-breaker could not have split: the first
 * word, plus what may not be separated from it (a word ending in "-" keeps the
 * next word, "Beskæftigelses- og"; a dash or bullet keeps the word before it).
 */
function unbreakableHead(text: string): string {
  const tokens = text.trimStart().split(' ');
  let head = tokens[0] ?? '';
  for (let i = 0; i + 1 < tokens.length && (tokens[i]!.endsWith('-') || markerToken.test(tokens[i + 1]!)); i++) {
    head += ` ${tokens[i + 1]}`;
  }
  return head;
}

/**
 * A line with the following lines joined onto it. The parts stay apart until
 * the end and only the end of the text is read while joining, so that joining
 * n lines costs O(n): re-reading (and so copying) the whole joined text at
 * every join was quadratic in the length of a paragraph.
 */
class Joined {
  readonly line: number;
  readonly blank: boolean;
  readonly tab: boolean;
  private readonly parts: string[];
  private length: number;
  private firstWords: number | undefined;
  private joinedWords = 0;

  constructor(line: Line) {
    this.line = line.line;
    this.parts = [line.text];
    this.length = line.text.length;
    this.blank = isBlank(line);
    this.tab = line.text.includes('\t');
  }

  /** Words of `text.trim().split(/\s+/)`: the first line's counted when first asked, joined ones as they come. */
  get words(): number {
    this.firstWords ??= wordCount(this.parts[0]!);
    return this.firstWords + this.joinedWords;
  }

  /** Appends " text" (text without leading space). */
  append(text: string, words: number): void {
    this.parts.push(' ', text);
    this.length += 1 + text.length;
    this.joinedWords += words;
  }

  /** Drops the hyphen at the end and appends `text` glued on, one word with the last one. */
  appendToHyphenated(text: string, words: number): void {
    const last = this.parts.length - 1;
    this.parts[last] = this.parts[last]!.slice(0, -1);
    this.parts.push(text);
    this.length += text.length - 1;
    // The first line keeps its word count without its hyphen ("sam-" → "sam"), so counting it later is the same.
    this.joinedWords += words - 1;
  }

  /** The last `n` characters (fewer if the text is shorter). */
  end(n: number): string {
    let tail = '';
    for (let i = this.parts.length - 1; i >= 0 && tail.length < n; i--) tail = this.parts[i]! + tail;
    return tail.length > n ? tail.slice(-n) : tail;
  }

  /** Whether the text ends like a table-of-contents entry; reads back only as far as the leader. */
  endsLikeToc(): boolean {
    for (let n = 64; ; n *= 2) {
      const tail = this.end(n);
      const result = tocLineEnd(tail, tail.length === this.length);
      if (result !== undefined) return result;
    }
  }

  /** The text, for short texts only (headings): longer ones return undefined without being copied. */
  shortText(limit: number): string | undefined {
    return this.length <= limit ? this.parts.join('') : undefined;
  }

  toLine(): Line {
    return { text: this.parts.join(''), line: this.line };
  }
}

/** Words of `text.trim().split(/\s+/)`, counted without building the array. */
function wordCount(text: string): number {
  const trimmed = text.trim();
  let words = 1;
  for (let i = 0; i < trimmed.length; i++) {
    if (!isSpaceCode(trimmed.charCodeAt(i))) continue;
    words++;
    while (i + 1 < trimmed.length && isSpaceCode(trimmed.charCodeAt(i + 1))) i++;
  }
  return words;
}

const whitespace = /\s/;
/** `\s` for one UTF-16 code unit, without a regex call for the common letters. */
function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code >= 0xa0 && whitespace.test(String.fromCharCode(code));
}

export function reflow(lines: readonly Line[], isHeading: (text: string) => boolean): Line[] {
  const width = wrapWidth(lines);
  const joined: Joined[] = [];
  // Length of the last physical line in `previous`: the wrap test is about that line, not what was joined before it.
  let physical = 0;
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (previous && !previous.blank && !isBlank(line) && joinable(previous, line.text)) {
      if (hyphenatedEnd.test(previous.end(4)) && startsLower.test(line.text.trimStart())) {
        previous.appendToHyphenated(line.text.trimStart(), wordCount(line.text));
        physical = line.text.length;
        continue;
      }
      const firstToken = line.text.trimStart().split(' ')[0] ?? '';
      const head = unbreakableHead(line.text);
      if (!markerToken.test(firstToken) && physical + 1 + head.length > width) {
        previous.append(line.text.trimStart(), wordCount(line.text));
        physical = line.text.length;
        continue;
      }
    }
    joined.push(new Joined(line));
    physical = line.text.length;
  }
  return joinSplitParagraphs(
    joined.map((j) => j.toLine()),
    isHeading,
  );
}

/** Lines are joined only outside tables and the table of contents. */
function joinable(a: Joined, b: string): boolean {
  return !a.tab && !b.includes('\t') && !a.endsLikeToc() && !isTocLine(b);
}

/**
 * Headings are short (isStructuralHeading takes nothing over 240 characters),
 * so a paragraph longer than this is not asked whether it is one.
 */
const longestHeading = 1000;

function isShortHeading(joined: Joined, isHeading: (text: string) => boolean): boolean {
  const text = joined.shortText(longestHeading);
  return text !== undefined && isHeading(text.trim());
}

/** "…blandt virksomheder og\n\nsamarbejdspartnere …": one paragraph that a page break split. */
function joinSplitParagraphs(lines: Line[], isHeading: (text: string) => boolean): Line[] {
  const out: Joined[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line) && out.length > 0) {
      let next = i;
      while (next < lines.length && isBlank(lines[next])) next++;
      const previous = out[out.length - 1]!;
      const following = lines[next];
      if (
        following &&
        !previous.blank &&
        joinable(previous, following.text) &&
        startsLower.test(following.text.trimStart()) &&
        (endsOpen.test(previous.end(4)) || hyphenatedEnd.test(previous.end(4))) &&
        // Prose, not a label or a case number ("27.00.00P05-0001 20" above "sagsfremstilling").
        previous.words >= 4 &&
        !isShortHeading(previous, isHeading)
      ) {
        if (hyphenatedEnd.test(previous.end(4))) previous.appendToHyphenated(following.text.trimStart(), wordCount(following.text));
        else previous.append(following.text.trimStart(), wordCount(following.text));
        i = next;
        continue;
      }
    }
    out.push(new Joined(line));
  }
  return out.map((j) => j.toLine());
}

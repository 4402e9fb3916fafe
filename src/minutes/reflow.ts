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

const tocLine = /\.{4,}\t?\s*\d+\s*$/;
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
    .filter((t) => t.trim() !== '' && !t.includes('\t') && !tocLine.test(t))
    .map((t) => t.length);
  const long = lengths.filter((n) => n > 100).length;
  const fitting = lengths.filter((n) => n <= 100);
  if (fitting.length === 0 || long > Math.max(2, lengths.length / 50)) return Infinity;
  const max = Math.max(...fitting);
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

export function reflow(lines: readonly Line[], isHeading: (text: string) => boolean): Line[] {
  const width = wrapWidth(lines);
  const joined: Line[] = [];
  // Length of the last physical line in `previous`: the wrap test is about that line, not what was joined before it.
  let physical = 0;
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (previous && !isBlank(previous) && !isBlank(line) && joinable(previous.text, line.text)) {
      if (hyphenatedEnd.test(previous.text) && startsLower.test(line.text.trimStart())) {
        previous.text = previous.text.slice(0, -1) + line.text.trimStart();
        physical = line.text.length;
        continue;
      }
      const firstToken = line.text.trimStart().split(' ')[0] ?? '';
      const head = unbreakableHead(line.text);
      if (!markerToken.test(firstToken) && physical + 1 + head.length > width) {
        previous.text = `${previous.text} ${line.text.trimStart()}`;
        physical = line.text.length;
        continue;
      }
    }
    joined.push({ ...line });
    physical = line.text.length;
  }
  return joinSplitParagraphs(joined, isHeading);
}

function joinable(a: string, b: string): boolean {
  return !a.includes('\t') && !b.includes('\t') && !tocLine.test(a) && !tocLine.test(b);
}

/** "…blandt virksomheder og\n\nsamarbejdspartnere …": one paragraph that a page break split. */
function joinSplitParagraphs(lines: Line[], isHeading: (text: string) => boolean): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line) && out.length > 0) {
      let next = i;
      while (next < lines.length && isBlank(lines[next])) next++;
      const previous = out[out.length - 1]!;
      const following = lines[next];
      if (
        following &&
        !isBlank(previous) &&
        joinable(previous.text, following.text) &&
        !isHeading(previous.text.trim()) &&
        // Prose, not a label or a case number ("27.00.00P05-0001 20" above "sagsfremstilling").
        previous.text.trim().split(/\s+/).length >= 4 &&
        startsLower.test(following.text.trimStart()) &&
        (endsOpen.test(previous.text) || hyphenatedEnd.test(previous.text))
      ) {
        previous.text = hyphenatedEnd.test(previous.text)
          ? previous.text.slice(0, -1) + following.text.trimStart()
          : `${previous.text} ${following.text.trimStart()}`;
        i = next;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

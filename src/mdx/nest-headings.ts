/**
 * Minutes printed as plain text lose their heading levels: every heading of a
 * section arrives at one depth. Outline markers ("1.", "A.", "a)") still say
 * how the text is nested, so a flat run of headings is nested by them:
 *
 *   1. Status på arbejdet i Specialenheden      h3
 *      Status pr. februar 2021                  h4 (unnumbered: under the numbered heading before it)
 *   2. Status på arbejdet i Kontrolgruppen      h3
 *      A. Forebyggelse og vejledning            h4 (a new marker style: one level deeper)
 *         Det sker ved                          h5
 *      B. Helstøbte borgerforløb                h4 (a style already open: back to its level)
 *
 * Headings that already have different depths (Word documents) are left as they are.
 */
import type { BlockContent, Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';

type MarkerStyle = 'number' | 'subnumber' | 'upper' | 'lower';

const markers: [MarkerStyle, RegExp][] = [
  ['subnumber', /^\d{1,2}\.\d{1,2}\.?\s/],
  ['number', /^\d{1,2}[.)]\s/],
  ['upper', /^[A-ZÆØÅ][.)]\s/],
  ['lower', /^[a-zæøå][.)]\s/],
];

/** The outline marker style a heading starts with, if any. */
export function markerStyle(text: string): MarkerStyle | undefined {
  return markers.find(([, pattern]) => pattern.test(text))?.[0];
}

const depthOf = (depth: number) => Math.min(6, depth) as Heading['depth'];

/** Nests the top-level headings of `blocks` in place (see above). */
export function nestHeadings(blocks: BlockContent[]): void {
  const headings = blocks.filter((block): block is Heading => block.type === 'heading');
  const base = headings[0]?.depth;
  if (base === undefined || headings.some((heading) => heading.depth !== base)) return;
  // Open marker styles, outermost first; each at base + its index.
  const open: MarkerStyle[] = [];
  for (const heading of headings) {
    const style = markerStyle(toString(heading));
    if (style === undefined) {
      // Under the innermost numbered heading, or at the base before any.
      heading.depth = depthOf(base + open.length);
      continue;
    }
    const level = open.indexOf(style);
    if (level >= 0) open.length = level + 1;
    else open.push(style);
    heading.depth = depthOf(base + open.indexOf(style));
  }
}

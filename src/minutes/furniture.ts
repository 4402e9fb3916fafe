/**
 * Page furniture: text the PDF export repeats on every page (running headers,
 * "Side N af M" footers). It is removed before parsing so it cannot split a
 * paragraph or a word, and reported back so that nothing disappears silently.
 */
import { isBlank, type Line } from './lines.ts';

export interface Dropped {
  line: number;
  text: string;
  reason: 'page-footer' | 'running-header' | 'table-of-contents' | 'repeated-title' | 'label' | 'open-marker';
}

const pageFooter = /^\s*(?:Side|Page)\s+\d+(?:\s*(?:af|of|\/)\s*\d+)?\s*$/i;
const headerCommittee = /^\S.*,$/;
const headerDate = /^\d{2}\.\d{2}\.\d{4}$/;
const headerMunicipality = /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)? Kommune$/u;

export function removeFurniture(input: readonly Line[]): { lines: Line[]; dropped: Dropped[] } {
  const kept: Line[] = [];
  const dropped: Dropped[] = [];
  // Footers first: a page break can fall inside a running header block.
  const lines = input.filter((line) => {
    if (!pageFooter.test(line.text)) return true;
    dropped.push({ line: line.line, text: line.text, reason: 'page-footer' });
    return false;
  });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const block = runningHeaderAt(lines, i);
    if (block) {
      for (const index of block) dropped.push({ line: lines[index]!.line, text: lines[index]!.text, reason: 'running-header' });
      i = block[block.length - 1]!;
      continue;
    }
    kept.push(line);
  }
  return { lines: kept, dropped };
}

/**
 * Gladsaxe-style running header: "<Udvalg>,", "<DD.MM.YYYY>", "<By> Kommune",
 * optionally separated by blank lines. Returns the indexes of its three lines.
 */
function runningHeaderAt(lines: readonly Line[], start: number): number[] | undefined {
  if (!headerCommittee.test(lines[start]!.text.trim())) return undefined;
  const second = nextNonBlank(lines, start + 1);
  if (second === undefined || !headerDate.test(lines[second]!.text.trim())) return undefined;
  const third = nextNonBlank(lines, second + 1);
  if (third === undefined || !headerMunicipality.test(lines[third]!.text.trim())) return undefined;
  return [start, second, third];
}

function nextNonBlank(lines: readonly Line[], from: number): number | undefined {
  for (let i = from; i < lines.length && i <= from + 2; i++) if (!isBlank(lines[i])) return i;
  return undefined;
}

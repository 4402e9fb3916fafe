/**
 * Page furniture: text the PDF export repeats on every page (running headers,
 * "Side N af M" footers). It is removed before parsing so it cannot split a
 * paragraph or a word, and reported back so that nothing disappears silently.
 * What counts as furniture is the layout's.
 */
import { isBlank, type Line } from './lines.ts';
import type { Layout } from './layouts/layout.ts';

export type DropReason = 'page-footer' | 'running-header' | 'table-of-contents' | 'repeated-title' | 'label' | 'open-marker' | 'closed-item' | 'empty-decision';

/** A line (or part of one) the importer leaves out on purpose. */
export interface Dropped {
  line: number;
  text: string;
  reason: DropReason;
  /** The layout rule that dropped it, when more precise than the reason. */
  rule?: string;
}

export function removeFurniture(input: readonly Line[], layout: Layout): { lines: Line[]; dropped: Dropped[] } {
  const kept: Line[] = [];
  const dropped: Dropped[] = [];
  // Footers first: a page break can fall inside a running header block.
  const counters = pageCounters(input);
  const lines = input.filter((line) => {
    const text = line.text.trim();
    if (!counters.has(line.line) && (text.length > 40 || !layout.furniture.lines.some((form) => form.test(text)))) return true;
    dropped.push({ line: line.line, text: line.text, reason: 'page-footer', rule: counters.has(line.line) ? 'page-counter' : 'page-footer' });
    return false;
  });
  for (let i = 0; i < lines.length; i++) {
    const block = runningHeaderAt(lines, i, layout);
    if (block) {
      for (const index of block) dropped.push({ line: lines[index]!.line, text: lines[index]!.text, reason: 'running-header' });
      i = block[block.length - 1]!;
      continue;
    }
    kept.push(lines[i]!);
  }
  return { lines: kept, dropped };
}

/**
 * "3/12" alone on a line is a page counter only when it repeats as one: the
 * same total on several lines, counting up. A lone "19/129" is a case number.
 */
function pageCounters(lines: readonly Line[]): Set<number> {
  const byTotal = new Map<number, Array<{ line: number; page: number }>>();
  for (const line of lines) {
    const counter = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(line.text.trim());
    if (!counter || Number(counter[1]) > Number(counter[2])) continue;
    const total = Number(counter[2]);
    byTotal.set(total, [...(byTotal.get(total) ?? []), { line: line.line, page: Number(counter[1]) }]);
  }
  const out = new Set<number>();
  for (const pages of byTotal.values()) {
    const counting = pages.length >= 2 && pages.every((p, i) => i === 0 || p.page > pages[i - 1]!.page);
    if (counting) for (const p of pages) out.add(p.line);
  }
  return out;
}

/** The indexes of a running header's lines starting at `start`, blank lines between them allowed. */
function runningHeaderAt(lines: readonly Line[], start: number, layout: Layout): number[] | undefined {
  for (const header of layout.furniture.runningHeaders) {
    const found: number[] = [];
    let at: number | undefined = start;
    for (const form of header) {
      if (at === undefined || lines[at]!.text.length > 200 || !form.test(lines[at]!.text.trim())) break;
      found.push(at);
      at = nextNonBlank(lines, at + 1);
    }
    if (found.length === header.length) return found;
  }
  return undefined;
}

function nextNonBlank(lines: readonly Line[], from: number): number | undefined {
  for (let i = from; i < lines.length && i <= from + 2; i++) if (!isBlank(lines[i])) return i;
  return undefined;
}

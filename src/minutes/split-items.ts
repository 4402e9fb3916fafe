/**
 * Splits the cleaned lines into header, table of contents and agenda items
 * ("Punkt N: title" starts an item and runs to the next one).
 */
import type { Line } from './lines.ts';
import type { Dropped } from './furniture.ts';
import { tocEntry } from './end-patterns.ts';

export interface RawItem {
  number: number;
  title: string;
  line: number;
  body: Line[];
}

export interface TocEntry {
  title: string;
  page: number;
  line: number;
}

export interface Split {
  header: Line[];
  toc: TocEntry[];
  items: RawItem[];
  dropped: Dropped[];
}

// Matched against the trimmed line, so the title needs no `\s*$` (a lazy `(.*?)\s*$` is quadratic in a run of spaces).
const itemStart = /^Punkt\s+(\d+)\s*:\s*(.*)$/;

export function splitItems(lines: readonly Line[]): Split {
  const header: Line[] = [];
  const toc: TocEntry[] = [];
  const items: RawItem[] = [];
  const dropped: Dropped[] = [];
  let inToc = false;
  let current: RawItem | undefined;
  for (const line of lines) {
    const start = itemStart.exec(line.text.trim());
    if (start) {
      current = { number: Number(start[1]), title: start[2]!, line: line.line, body: [] };
      items.push(current);
      inToc = false;
      continue;
    }
    if (current) {
      current.body.push(line);
      continue;
    }
    if (/^Indholdsfortegnelse\s*$/i.test(line.text.trim())) {
      inToc = true;
      dropped.push({ line: line.line, text: line.text, reason: 'table-of-contents' });
      continue;
    }
    const entry = inToc ? tocEntry(line.text) : null;
    if (entry) {
      toc.push({ title: entry[1]!.trim(), page: Number(entry[2]), line: line.line });
      dropped.push({ line: line.line, text: line.text, reason: 'table-of-contents' });
      continue;
    }
    header.push(line);
  }
  return { header, toc, items, dropped };
}

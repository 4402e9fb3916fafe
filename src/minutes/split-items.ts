/**
 * Splits the cleaned lines into header, table of contents and agenda items.
 * The layout lists the forms an item can start with ("Punkt N: title",
 * "Pkt. N title", "N. title" …); the form that gives the most items is the
 * document's, and each of its lines starts an item that runs to the next.
 */
import { isBlank, type Line } from './lines.ts';
import type { Dropped } from './furniture.ts';
import type { ItemStartForm, Layout } from './layouts/layout.ts';

export interface RawItem {
  number: number;
  title: string;
  line: number;
  body: Line[];
}

export interface TocEntry {
  title: string;
  page: number | null;
  line: number;
}

export interface Split {
  /** Item starts whose number is too long to be one ("Punkt 99999999…"): read as text, and reported. */
  rejected: Array<{ line: number; digits: number }>;
  header: Line[];
  toc: TocEntry[];
  items: RawItem[];
  dropped: Dropped[];
  /** The item-start form the document uses, for `--explain`. */
  form: string | null;
}

interface Start {
  index: number;
  number: number;
  digits: number;
  title: string;
}

/** Agenda numbers have a few digits; a longer one is not an item number. */
const maxNumberDigits = 6;

export function splitItems(lines: readonly Line[], layout: Layout): Split {
  const { form, starts: all, tocStarts } = chooseItemStarts(lines, layout);
  const rejected = all.filter((s) => s.digits > maxNumberDigits).map((s) => ({ line: lines[s.index]!.line, digits: s.digits }));
  const starts = all.filter((s) => s.digits <= maxNumberDigits);
  const header: Line[] = [];
  const toc: TocEntry[] = [];
  const items: RawItem[] = [];
  const dropped: Dropped[] = [];
  const startAt = new Map(starts.map((s) => [s.index, s]));
  const tocAt = new Map(tocStarts.map((s) => [s.index, s]));
  let inToc = false;
  let current: RawItem | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const start = startAt.get(index);
    if (start) {
      current = { number: start.number, title: start.title, line: line.line, body: [] };
      items.push(current);
      continue;
    }
    if (current) {
      current.body.push(line);
      continue;
    }
    const text = line.text.trim();
    const listed = tocAt.get(index);
    if (listed) {
      // "1. Godkendelse af dagsorden" listed before the items themselves: an agenda without page numbers.
      toc.push({ title: listed.title, page: null, line: line.line });
      dropped.push({ line: line.line, text: line.text, reason: 'table-of-contents' });
      continue;
    }
    if (text.length < 40 && layout.toc.heading.test(text)) {
      inToc = true;
      dropped.push({ line: line.line, text: line.text, reason: 'table-of-contents' });
      continue;
    }
    const entry = inToc && text.length < 400 ? tocEntry(line.text, layout) : undefined;
    if (entry) {
      toc.push({ ...entry, line: line.line });
      dropped.push({ line: line.line, text: line.text, reason: 'table-of-contents' });
      continue;
    }
    header.push(line);
  }
  return { header, toc, items, dropped, form, rejected };
}

function tocEntry(text: string, layout: Layout): { title: string; page: number } | undefined {
  for (const form of layout.toc.entries) {
    const match = form.exec(text.trim());
    if (match?.groups?.title) return { title: match.groups.title.trim(), page: Number(match.groups.page) };
  }
  return undefined;
}

/** The form giving the most items (ties: the layout's order) and its item starts. */
function chooseItemStarts(lines: readonly Line[], layout: Layout): { form: string | null; starts: Start[]; tocStarts: Start[] } {
  let best: { form: string | null; starts: Start[]; tocStarts: Start[] } = { form: null, starts: [], tocStarts: [] };
  for (const form of layout.items.starts) {
    const found = form.bare ? bareStarts(lines, form) : { starts: matches(lines, form), tocStarts: [] };
    if (found.starts.length > best.starts.length) best = { form: form.rule, ...found };
  }
  return best;
}

function matches(lines: readonly Line[], form: ItemStartForm): Start[] {
  const out: Start[] = [];
  lines.forEach((line, index) => {
    // The forms are anchored at the start and read a line once, however long its title.
    const text = line.text.trim();
    const match = form.pattern.exec(text);
    if (match?.groups) out.push({ index, number: Number(match.groups.number), digits: match.groups.number!.length, title: match.groups.title!.trim() });
  });
  return out;
}

/**
 * "3. Title" is also how a numbered list or sub-section starts. A bare form
 * counts only title-like lines after a blank line, and only as a run that
 * counts up by one; a run of such lines with nothing under them, before the
 * same numbers again, is the agenda printed without page numbers.
 */
function bareStarts(lines: readonly Line[], form: ItemStartForm): { starts: Start[]; tocStarts: Start[] } {
  const candidates = matches(lines, form).filter(
    (s) => (s.index === 0 || isBlank(lines[s.index - 1])) && isTitleLike(s.title),
  );
  let chain: Start[] = [];
  let tocStarts: Start[] = [];
  for (const candidate of candidates) {
    const previous = chain[chain.length - 1];
    if (previous === undefined || candidate.number === previous.number + 1) {
      chain.push(candidate);
      continue;
    }
    if (candidate.number === chain[0]!.number && chain.every((s, i) => emptyBetween(lines, s.index, (chain[i + 1] ?? candidate).index))) {
      tocStarts = chain;
      chain = [candidate];
    }
  }
  return { starts: chain, tocStarts };
}

function isTitleLike(title: string): boolean {
  return title.length <= 200 && !title.includes('\t') && !/[,;:]$/.test(title) && !(/\.$/.test(title) && title.split(/\s+/).length > 12);
}

function emptyBetween(lines: readonly Line[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (!isBlank(lines[i])) return false;
  return true;
}

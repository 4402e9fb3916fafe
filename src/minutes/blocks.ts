/**
 * Lines of a section body → mdast blocks: paragraphs, headings, ordered and
 * unordered lists (also "a)" and "?" bullets, where "?" is a bullet glyph the
 * extraction could not map) and tab-separated tables with a header row.
 */
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { isBlank, type Line } from './lines.ts';
import { parseInline } from './inline.ts';

export interface BlockOptions {
  /** Whether short title-like lines may become sub-headings (not in decisions or name lists). */
  subHeadings: boolean;
}

interface Marker {
  indent: number;
  ordered: boolean;
  start: number | null;
  text: string;
}

const bulletPattern = /^(\s*)(?:[-–•]|\?)\s+(.*)$/;
const orderedPattern = /^(\s*)(\d{1,2})[.)]\s+(.*)$/;

export function listMarker(text: string): Marker | undefined {
  const ordered = orderedPattern.exec(text);
  if (ordered) return { indent: ordered[1]!.length, ordered: true, start: Number(ordered[2]), text: ordered[3]! };
  const bullet = bulletPattern.exec(text);
  if (bullet) return { indent: bullet[1]!.length, ordered: false, start: null, text: bullet[2]! };
  // "a) …" on its own line: a lettered list. The letter stays in the text, since mdast lists count in numbers.
  if (/^\s*[a-zæøå]\)\s+\S/.test(text)) return { indent: /^\s*/.exec(text)![0].length, ordered: false, start: null, text: text.trim() };
  return undefined;
}

export function toBlocks(lines: readonly Line[], options: BlockOptions): BlockContent[] {
  const blocks: BlockContent[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    if (line.text.includes('\t')) {
      const end = tableEnd(lines, i);
      const table = toTable(lines.slice(i, end));
      if (table) {
        // "Tabel 5. Puljens udbetaling …" on the line before: the table's caption, not a paragraph.
        const previous = blocks[blocks.length - 1];
        const caption = previous?.type === 'paragraph' || previous?.type === 'heading' ? captionOf(previous) : undefined;
        if (caption) {
          blocks.pop();
          table.data = { ...table.data, caption };
        }
        blocks.push(table);
      }
      i = end;
      continue;
    }
    if (options.subHeadings && isNumberedSubHeading(lines, i)) {
      // "1. Status på arbejdet" over its own paragraphs: a numbered sub-section, not a one-item list.
      blocks.push({ type: 'heading', depth: 3, children: parseInline(line.text.trim()) });
      i++;
      continue;
    }
    if (listMarker(line.text)) {
      const end = listEnd(lines, i);
      blocks.push(toList(lines.slice(i, end)));
      i = end;
      continue;
    }
    let end = i;
    while (end < lines.length && !isBlank(lines[end]) && !lines[end]!.text.includes('\t') && (end === i || !listMarker(lines[end]!.text))) end++;
    const paragraphLines = lines.slice(i, end);
    const next = nextNonBlank(lines, end);
    if (options.subHeadings && paragraphLines.length === 1 && next !== undefined && isSubHeading(line.text)) {
      blocks.push({ type: 'heading', depth: 3, children: parseInline(line.text.trim()) });
    } else {
      blocks.push(toParagraph(paragraphLines.map((l) => l.text)));
    }
    i = end;
  }
  return blocks;
}

/** Short, title-like, no closing punctuation (a question mark is fine): "Hvad er SØM?", "Møder i 2019". */
export function isSubHeading(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 80) return false;
  if (!/^\p{Lu}/u.test(t)) return false;
  if (/[.,;:!]$/.test(t) || /[<>*\t]|https?:/.test(t)) return false;
  return t.split(/\s+/).length <= 10;
}

function nextNonBlank(lines: readonly Line[], from: number): number | undefined {
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i])) return i;
  return undefined;
}

export function toParagraph(texts: readonly string[]): Paragraph {
  const children: PhrasingContent[] = [];
  // Markers can span lines ("**… Kulturfor-\nvaltningen indstiller,**"), so parse the block as one string.
  const joined = texts.map((t) => t.trim()).join('\n');
  for (const node of parseInline(joined)) {
    if (node.type !== 'text' || !node.value.includes('\n')) {
      children.push(node);
      continue;
    }
    node.value.split('\n').forEach((part, index) => {
      if (index > 0) children.push({ type: 'break' });
      if (part !== '') children.push({ type: 'text', value: part });
    });
  }
  return { type: 'paragraph', children };
}

/** A table runs over blank lines and over one short caption-like line ("Heraf:") between tab rows. */
function tableEnd(lines: readonly Line[], start: number): number {
  let end = start;
  let i = start;
  while (i < lines.length) {
    const text = lines[i]!.text;
    if (text.includes('\t')) {
      end = i + 1;
      i++;
      continue;
    }
    if (isBlank(lines[i])) {
      i++;
      continue;
    }
    const next = nextNonBlank(lines, i + 1);
    if (text.trim().length <= 40 && next !== undefined && lines[next]!.text.includes('\t') && i - end <= 1) {
      i++;
      continue;
    }
    break;
  }
  return end;
}

const captionForm = /^(?:Tabel|Tabellen|Tab\.)\s*\d+[a-z]?\s*[.:\-–]?\s+\S/i;

function captionOf(paragraph: Paragraph | Heading): string | undefined {
  const text = paragraph.children.map((c) => ('value' in c ? c.value : '')).join('');
  if (paragraph.children.some((c) => c.type !== 'text') || text.includes('\n') || text.length > 200) return undefined;
  return captionForm.test(text.trim()) ? text.trim() : undefined;
}

/** A line "N. Title" between blank lines, with prose (not another list item) under it. */
function isNumberedSubHeading(lines: readonly Line[], i: number): boolean {
  const match = /^(\d{1,2})\.\s+(\S.*)$/.exec(lines[i]!.text);
  if (!match || !isSubHeading(match[2]!)) return false;
  if (i > 0 && !isBlank(lines[i - 1])) return false;
  if (!isBlank(lines[i + 1])) return false;
  const next = nextNonBlank(lines, i + 1);
  return next !== undefined && !listMarker(lines[next]!.text) && !lines[next]!.text.includes('\t');
}

/**
 * "Oprinde- ligt", "Forven- tet regn- skab": a word the PDF hyphenated
 * inside a table cell is one word again. "Social- og Sundhedsudvalget" keeps
 * its hyphen: before "og", "eller" and the like it stands for a shared ending.
 */
export function dehyphenate(cell: string): string {
  return cell.replace(/(\p{Ll})- (?!(?:og|eller|samt|til|som|men|end|el|&)(?![\p{L}]))(?=\p{Ll})/gu, '$1');
}

const numberCell = /^[-−–+]?\(?(?:\d{1,3}(?:[. ]\d{3})+|\d+)(?:,\d+)?\)?\s*(?:%|pct\.?|kr\.?|mio\.?(?:\s*kr\.?)?)?$/i;

function isNumberCell(cell: string): boolean {
  return numberCell.test(cell.replace(/<[^>]*>|\*+/g, '').trim());
}

function toTable(lines: readonly Line[]): Table | undefined {
  const rows = lines
    .filter((l) => !isBlank(l))
    .map((l) => l.text.split('\t').map((cell) => dehyphenate(cell.trim())))
    // Rule lines ("-----<TAB>-----") are drawing, not data.
    .filter((cells) => !cells.every((c) => c === '' || /^-+$/.test(c)));
  if (rows.length === 0) return undefined;
  // Trailing empty cells left by a trailing TAB do not make a column.
  const width = rows.reduce((max, cells) => Math.max(max, lastFilled(cells) + 1), 1); // not Math.max(...rows): a spread of 100 000+ rows overflows the stack
  const toRow = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i): TableCell => ({ type: 'tableCell', children: parseInline(cells[i] ?? '') })),
  });
  const headerRows = headerRowCount(rows);
  const body = rows.slice(headerRows);
  // A column of numbers is right-aligned, so amounts can be compared down the column.
  const align = Array.from({ length: width }, (_, column) => {
    const cells = body.map((r) => r[column] ?? '').filter((c) => c !== '');
    return cells.length > 0 && cells.filter(isNumberCell).length >= cells.length * 0.8 ? ('right' as const) : null;
  });
  const table: Table = { type: 'table', align, children: rows.map(toRow) };
  if (headerRows > 1) table.data = { headerRows };
  return table;
}

/** Rows before the first row with a number: "Budget- område" under the column titles is a second header row. */
function headerRowCount(rows: readonly string[][]): number {
  const firstNumeric = rows.findIndex((cells) => cells.some((c) => c !== '' && isNumberCell(c)));
  return firstNumeric >= 2 && firstNumeric <= 3 ? firstNumeric : 1;
}

function lastFilled(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '') return i;
  return 0;
}

/** A list continues over blank lines while the next line is an item of the same kind. */
function listEnd(lines: readonly Line[], start: number): number {
  const first = listMarker(lines[start]!.text)!;
  let end = start + 1;
  let i = start + 1;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    if (line.text.includes('\t')) break;
    const marker = listMarker(line.text);
    if (marker && (marker.indent > first.indent || marker.ordered === first.ordered)) {
      end = i + 1;
      i++;
      continue;
    }
    // A continuation line directly under an item (no blank line between) belongs to it.
    if (!marker && !isBlank(lines[i - 1])) {
      end = i + 1;
      i++;
      continue;
    }
    break;
  }
  return end;
}

/**
 * Nested lines are re-indented to one space before the nested list is built,
 * so nesting stops at three levels (an item, a nested list, and one of the
 * other kind in it) however deep the source indents: a 3 000-level indent is
 * three recursive calls, and the MDX writer never sees a deep list (it
 * overflows the stack at about 1 000 levels).
 */
function toList(lines: readonly Line[]): List {
  const content = lines.filter((l) => !isBlank(l));
  const first = listMarker(content[0]!.text)!;
  const spread = lines.some((l) => isBlank(l));
  const list: List = { type: 'list', ordered: first.ordered, spread, children: [] };
  if (first.ordered) list.start = first.start;
  let i = 0;
  while (i < content.length) {
    const marker = listMarker(content[i]!.text)!;
    const itemTexts = [marker.text];
    const nested: Line[] = [];
    i++;
    while (i < content.length) {
      const m = listMarker(content[i]!.text);
      if (m && m.indent <= first.indent && (m.ordered === first.ordered || m.indent < first.indent)) break;
      if (m && m.indent > first.indent) nested.push(content[i]!);
      else if (m && m.ordered !== first.ordered) nested.push({ ...content[i]!, text: ` ${content[i]!.text}` });
      else if (nested.length > 0) nested.push({ ...content[i]!, text: ` ${content[i]!.text}` });
      else itemTexts.push(content[i]!.text);
      i++;
    }
    // A line under an item continues its sentence ("…uddannelse”.\n(Ungeanalysen, Odense)"): one line of text.
    const children: ListItem['children'] = [toParagraph([itemTexts.map((t) => t.trim()).join(' ')])];
    if (nested.length > 0) children.push(toList(nested.map((l) => ({ ...l, text: l.text.replace(/^\s+/, ' ') }))));
    list.children.push({ type: 'listItem', spread: false, children });
  }
  return list;
}

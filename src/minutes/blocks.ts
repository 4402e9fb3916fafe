/**
 * Lines of a section body → mdast blocks: paragraphs, headings, ordered and
 * unordered lists (also "a)" and "?" bullets, where "?" is a bullet glyph the
 * extraction could not map) and tab-separated tables with a header row.
 */
import type { BlockContent, List, ListItem, Paragraph, PhrasingContent, Table, TableCell, TableRow } from 'mdast';
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
      if (table) blocks.push(table);
      i = end;
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

function toTable(lines: readonly Line[]): Table | undefined {
  const rows = lines
    .filter((l) => !isBlank(l))
    .map((l) => l.text.split('\t').map((cell) => cell.trim()))
    // Rule lines ("-----<TAB>-----") are drawing, not data.
    .filter((cells) => !cells.every((c) => c === '' || /^-+$/.test(c)));
  if (rows.length === 0) return undefined;
  // Trailing empty cells left by a trailing TAB do not make a column.
  const width = rows.reduce((max, cells) => Math.max(max, lastFilled(cells) + 1), 1); // not Math.max(...rows): a spread of 100 000+ rows overflows the stack
  const toRow = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i): TableCell => ({ type: 'tableCell', children: parseInline(cells[i] ?? '') })),
  });
  return { type: 'table', align: Array.from({ length: width }, () => null), children: rows.map(toRow) };
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

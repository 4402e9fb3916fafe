/**
 * PDF → minutes text, from the positions of the text pdf.js finds (not from
 * the order it was written in): runs on one baseline make a row; rows are
 * read top to bottom, a two-column band left column first; the rows a page
 * repeats at its top or bottom (running header, "Side 3 af 12", "3/12", a
 * bare page number) are page furniture and left out; cells far apart on a
 * row are a table's, separated by tabs; lines that were wrapped are joined
 * into their paragraph, blank lines put between blocks.
 *
 * A line ending in "sam-" before "men" is kept as two lines: the importer's
 * reflow step (src/minutes/reflow.ts) joins hyphenated words, in PDFs as in text.
 */
import { getDocument, OPS, Util, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { ruleIds } from '../diagnostics/messages.ts';
import { plainText, tidyLine } from './plain.ts';
import { DocumentTimeout, problem, reasonOf, type DocumentProblem } from './problem.ts';

export interface PdfText {
  text: string;
  pages: number;
  /** 1-based line of `text` where each page's text begins (undefined for a page without text). */
  pageLines: Array<number | undefined>;
  /** Pages with no text at all in a document that has text: scanned pages whose content is missing. */
  pagesWithoutText: number[];
  /** Rows left out as page furniture, by page. */
  furniture: Array<{ page: number; text: string }>;
}

export interface PdfOptions {
  /** Stop with a problem once `Date.now()` passes this (checked between pages). */
  deadline?: number;
}

/** A piece of text at a place: pdf.js's text item, in top-down page coordinates. */
interface Run {
  str: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  size: number;
  font: string;
}

interface Row {
  runs: Run[];
  y: number;
  size: number;
}

/** A row as read: its text and what joining it to the next needs. */
interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  font: string;
  page: number;
  /** Column on its page (0 full width or left, 1 right); a change of column or page is a break, not a gap. */
  column: number;
  /** Right edge of the text block the line is in: a line that reaches it was wrapped. */
  right: number;
  /** Width of the line's first and last word. */
  firstWord: number;
  lastWord: number;
  table: boolean;
}

/** What pdf.js throws about the document itself; anything else is a fault of ours and is not blamed on the file. */
const pdfErrors = new Set(['PasswordException', 'InvalidPDFException', 'FormatError', 'UnknownErrorException', 'ResponseException', 'AbortException']);

export async function pdfText(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfText | DocumentProblem> {
  if (!hasEndMarker(bytes)) return problem('Unexpected end of PDF (no "%%EOF" at its end), expected a whole document: the file is truncated or damaged; download it again', ruleIds.damagedDocument);
  // pdf.js takes ownership of the array it is given (transfers it): give it a copy, the caller keeps the bytes.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS, useSystemFonts: false, stopAtErrors: false });
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as Error)?.name;
    if (!pdfErrors.has(name)) throw error;
    if (name === 'PasswordException') return problem('Unexpected encrypted PDF, expected one that opens without a password: it cannot be read; publish an unprotected copy', ruleIds.encryptedDocument);
    return problem(`Unexpected damaged PDF, expected a readable document (${reasonOf(error)})`, ruleIds.damagedDocument);
  }
  try {
    const pages: Row[][] = [];
    const sizes: Array<{ width: number }> = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      if (options.deadline !== undefined && Date.now() > options.deadline) throw new DocumentTimeout(`page ${n} of ${pdf.numPages}`);
      const page = await pdf.getPage(n);
      const { runs, width } = await pageRuns(page);
      sizes.push({ width });
      pages.push(rowsOf(runs));
      page.cleanup();
    }
    const textPages = pages.filter((rows) => rows.length > 0).length;
    if (textPages === 0) {
      const images = await hasImages(await pdf.getPage(1));
      return problem(
        `Unexpected PDF without a text layer (${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'}${images ? ' of images: a scan' : ''}), expected a PDF with text: OCR is not done; publish the PDF with its text, or the text itself`,
        ruleIds.noTextLayer,
      );
    }
    const furniture = removeFurniture(pages);
    return { ...assemble(pages, sizes), pages: pdf.numPages, pagesWithoutText: pages.flatMap((rows, i) => (rows.length === 0 ? [i + 1] : [])), furniture };
  } catch (error) {
    if (!pdfErrors.has((error as Error)?.name)) throw error;
    return problem(`Unexpected damaged PDF, expected a readable document (${reasonOf(error)})`, ruleIds.damagedDocument);
  } finally {
    await task.destroy();
  }
}

/** "%%EOF" in the last 2 KB: a download cut short ends without it (pdf.js would read what is there, silently). */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  return tail.includes('%%EOF');
}

async function hasImages(page: PDFPageProxy): Promise<boolean> {
  const ops = await page.getOperatorList();
  return ops.fnArray.some((fn) => fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject);
}

async function pageRuns(page: PDFPageProxy): Promise<{ runs: Run[]; width: number }> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: Run[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, , , e, f] = Util.transform(viewport.transform, item.transform) as number[];
    const size = Math.hypot(a!, b!);
    // Text turned on its side (a stamp in the margin) is not part of the reading order.
    if (size === 0 || Math.abs(b!) > 0.05 * size) continue;
    runs.push({ str: plainText(item.str.replace(/\u00ad$/, '-')), x: e!, y: f!, width: item.width, size, font: item.fontName });
  }
  return { runs, width: viewport.width };
}

/** Runs on (about) one baseline, left to right, rows top to bottom. */
function rowsOf(runs: Run[]): Row[] {
  const sorted = [...runs].sort((p, q) => p.y - q.y || p.x - q.x);
  const rows: Row[] = [];
  for (const run of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(run.y - row.y) <= 0.35 * Math.min(run.size, row.size)) {
      row.runs.push(run);
      row.size = Math.max(row.size, run.size);
    } else rows.push({ runs: [run], y: run.y, size: run.size });
  }
  for (const row of rows) row.runs.sort((p, q) => p.x - q.x);
  return rows;
}

const rowLeft = (row: Row): number => row.runs[0]!.x;
const rowRight = (row: Row): number => Math.max(...row.runs.map((r) => r.x + r.width));

/** Text of runs, with a tab where the gap is a table's (or a right-aligned number's), a space where it is a word gap. */
function runsText(runs: readonly Run[]): { text: string; table: boolean } {
  let text = '';
  let table = false;
  runs.forEach((run, i) => {
    const previous = runs[i - 1];
    if (previous) {
      const gap = run.x - (previous.x + previous.width);
      const size = Math.min(run.size, previous.size);
      if (gap > 1.6 * size) {
        text += '\t';
        table = true;
      } else if (gap > 0.12 * size && !text.endsWith(' ') && !run.str.startsWith(' ')) text += ' ';
    }
    text += run.str;
  });
  text = tidyLine(text).trimStart();
  // A table-of-contents entry with a dot leader, in the form the importer reads: "Title.....<TAB>3".
  const leader = /^(.*?\S)[ \t]*\.{4,}[ \t.]*(\d{1,4})$/.exec(text);
  if (leader) return { text: `${leader[1]}.....\t${leader[2]}`, table: true };
  return { text, table };
}

const pageNumber = /^(?:(?:side|page|s\.)\s*\d{1,4}(?:\s*(?:af|of|\/|ud af)\s*\d{1,4})?|\d{1,4}\s*(?:\/|af)\s*\d{1,4}|[-–]?\s*\d{1,4}\s*[-–]?)$/i;

/**
 * Rows a page prints in its top or bottom margin, apart from the body: a
 * running header or footer if the same text (digits aside) stands there on
 * most pages, a page number whatever it says. A margin row is set apart from
 * the body by more space than the body puts between its own paragraphs and
 * headings (which, on pages laid out alike, repeat at the same place too).
 * Removed from `pages` in place.
 */
function removeFurniture(pages: Row[][]): Array<{ page: number; text: string }> {
  const inner: number[] = [];
  for (const rows of pages) for (let i = 2; i < rows.length - 1; i++) inner.push(rows[i]!.y - rows[i - 1]!.y);
  inner.sort((a, b) => a - b);
  const bodyGap = inner[Math.floor((inner.length - 1) * 0.95)] ?? 0;
  const candidates: Array<{ page: number; row: Row; key: string; text: string }> = [];
  pages.forEach((rows, page) => {
    const edge = (order: Row[], band: string): void => {
      // Up to three rows from the edge (a header of two lines), up to the first gap wider than the body's.
      for (let k = 1; k <= Math.min(3, order.length - 1); k++) {
        const gap = Math.abs(order[k]!.y - order[k - 1]!.y);
        const outer = order.slice(0, k);
        const apart = gap > Math.max(1.9 * Math.max(order[k]!.size, order[k - 1]!.size), bodyGap * 1.05);
        // A page number needs no space around it: it says what it is.
        const number = k === 1 && pageNumber.test(runsText(order[0]!.runs).text);
        if (!apart && !number) continue;
        for (const row of apart ? outer : outer.slice(0, 1)) {
          const text = runsText(row.runs).text;
          candidates.push({ page, row, text, key: `${band}:${text.replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase()}` });
        }
        break;
      }
    };
    edge(rows, 'top');
    edge([...rows].reverse(), 'bottom');
  });
  const pagesByKey = new Map<string, Set<number>>();
  for (const c of candidates) pagesByKey.set(c.key, (pagesByKey.get(c.key) ?? new Set()).add(c.page));
  const most = Math.max(2, Math.ceil(pages.length / 2));
  const removed: Array<{ page: number; text: string }> = [];
  for (const c of candidates) {
    const repeated = pagesByKey.get(c.key)!.size >= most;
    if (!repeated && !pageNumber.test(c.text)) continue;
    const rows = pages[c.page]!;
    const at = rows.indexOf(c.row);
    if (at < 0) continue;
    rows.splice(at, 1);
    removed.push({ page: c.page + 1, text: c.text });
  }
  return removed.sort((p, q) => p.page - q.page);
}

/**
 * A vertical gutter that splits the page's rows into two columns of prose:
 * no run crosses it (bar the few rows set across the page, such as a
 * heading), the strip it lies in is wider than a word gap, the left column's
 * lines run up to it (they were wrapped there) and both sides hold prose, not
 * the short cells of a table or the page numbers of a table of contents. The
 * two columns' baselines need not line up.
 */
function gutterOf(rows: readonly Row[], pageWidth: number): number | undefined {
  let best: { x: number; rows: number } | undefined;
  for (let x = Math.round(pageWidth * 0.3); x <= pageWidth * 0.7; x += 2) {
    let crossing = 0;
    let leftRows = 0;
    let rightRows = 0;
    let fullLeft = 0;
    let chars = [0, 0];
    let leftEnd = -Infinity;
    let rightStart = Infinity;
    let size = 0;
    // Rows whose side holds a table's gap: prose columns have none.
    let cells = 0;
    for (const row of rows) {
      if (row.runs.some((r) => r.x < x - 1 && r.x + r.width > x + 1)) {
        crossing++;
        continue;
      }
      const left = row.runs.filter((r) => r.x + r.width <= x);
      const right = row.runs.filter((r) => r.x >= x);
      size = Math.max(size, row.size);
      if (runsText(left).table || runsText(right).table) cells++;
      if (left.length > 0) {
        const end = Math.max(...left.map((r) => r.x + r.width));
        leftRows++;
        leftEnd = Math.max(leftEnd, end);
        if (x - end < 0.2 * (x - left[0]!.x)) fullLeft++;
        chars[0]! += left.reduce((n, r) => n + r.str.length, 0);
      }
      if (right.length > 0) {
        rightRows++;
        rightStart = Math.min(rightStart, right[0]!.x);
        chars[1]! += right.reduce((n, r) => n + r.str.length, 0);
      }
    }
    const prose =
      leftRows >= 4 &&
      rightRows >= 4 &&
      rightStart - leftEnd >= 0.8 * size &&
      chars[0]! / leftRows >= 12 &&
      chars[1]! / rightRows >= 12 &&
      fullLeft >= leftRows / 3 &&
      cells * 4 <= leftRows + rightRows &&
      crossing * 4 < leftRows + rightRows;
    if (prose && (!best || leftRows + rightRows > best.rows)) best = { x, rows: leftRows + rightRows };
  }
  return best?.x;
}

/** The page's rows in reading order, as lines: in a two-column band, the left column first. */
function linesOfPage(rows: readonly Row[], page: number, pageWidth: number): Line[] {
  const gutter = gutterOf(rows, pageWidth);
  const lines: Line[] = [];
  const push = (row: Row, column: number, right: number): void => {
    const { text, table } = runsText(row.runs);
    const first = row.runs[0]!;
    const word = /^\S+/.exec(first.str.trimStart())?.[0] ?? '';
    const last = row.runs[row.runs.length - 1]!;
    const lastWord = /\S+$/.exec(last.str.trimEnd())?.[0] ?? '';
    lines.push({
      text,
      table,
      x0: rowLeft(row),
      x1: rowRight(row),
      y: row.y,
      size: row.size,
      font: dominantFont(row.runs),
      page,
      column,
      right,
      firstWord: first.width * (glyphWidths(word) / Math.max(glyphWidths(first.str), 1e-9)),
      lastWord: last.width * (glyphWidths(lastWord) / Math.max(glyphWidths(last.str), 1e-9)),
    });
  };
  if (gutter === undefined) {
    for (const row of rows) push(row, 0, NaN);
    return lines;
  }
  let band: Row[] = [];
  const flush = (): void => {
    const split = (side: 'left' | 'right'): Row[] =>
      band.flatMap((row) => {
        const runs = row.runs.filter((r) => (side === 'left' ? r.x + r.width <= gutter : r.x >= gutter));
        return runs.length > 0 ? [{ ...row, runs }] : [];
      });
    const left = split('left');
    const right = split('right');
    const leftEdge = Math.max(...left.map(rowRight));
    const rightEdge = Math.max(...right.map(rowRight));
    for (const row of left) push(row, 0, leftEdge);
    for (const row of right) push(row, 1, rightEdge);
    band = [];
  };
  for (const row of rows) {
    if (row.runs.some((r) => r.x < gutter - 1 && r.x + r.width > gutter + 1)) {
      flush();
      push(row, 0, NaN);
    } else band.push(row);
  }
  flush();
  return lines;
}

function dominantFont(runs: readonly Run[]): string {
  const chars = new Map<string, number>();
  for (const run of runs) {
    const key = `${run.font}@${run.size.toFixed(1)}`;
    chars.set(key, (chars.get(key) ?? 0) + run.str.length);
  }
  return [...chars].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The document's lines joined into paragraphs, blocks apart by blank lines. */
function assemble(pages: Row[][], sizes: ReadonlyArray<{ width: number }>): { text: string; pageLines: Array<number | undefined> } {
  const lines = pages.flatMap((rows, page) => linesOfPage(rows, page, sizes[page]!.width));
  // Full-width lines are wrapped at the document's right margin: about as far right as its prose lines reach, and
  // at least as far as the left margin mirrored (with few lines, the longest is not wrapped because it is longest).
  const prose = lines.filter((l) => Number.isNaN(l.right) && !l.table);
  const ends = prose.map((l) => l.x1).sort((a, b) => a - b);
  const starts = lines.map((l) => l.x0).sort((a, b) => a - b);
  const leftMargin = starts[Math.floor((starts.length - 1) * 0.02)] ?? 0;
  // A list item set in from its column's left edge is nested: one leading space, as the importer reads nesting.
  const rightColumnLeft = new Map<number, number>();
  for (const line of lines) if (line.column === 1) rightColumnLeft.set(line.page, Math.min(rightColumnLeft.get(line.page) ?? Infinity, line.x0));
  for (const line of lines) {
    const left = line.column === 1 ? rightColumnLeft.get(line.page)! : leftMargin;
    if (line.x0 - left > 0.8 * line.size && listMarker.test(line.text)) line.text = ` ${line.text}`;
  }
  for (const line of lines) {
    const mirrored = sizes[line.page]!.width - leftMargin;
    if (Number.isNaN(line.right)) line.right = Math.max(ends[Math.floor((ends.length - 1) * 0.98)] ?? 0, mirrored);
    else if (line.column === 1) line.right = Math.max(line.right, mirrored);
  }
  // Line spacing of body text: the most common distance between baselines.
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) if (lines[i]!.page === lines[i - 1]!.page && lines[i]!.column === lines[i - 1]!.column) steps.push(Math.round((lines[i]!.y - lines[i - 1]!.y) * 2) / 2);
  // The smallest spacing that is common, not the most common: in minutes of one-line paragraphs, the gap between paragraphs is.
  const step = commonSmallest(steps.filter((s) => s > 0)) ?? 14;

  const out: string[] = [];
  const pageLines: Array<number | undefined> = pages.map(() => undefined);
  let previous: Line | undefined;
  for (const line of lines) {
    if (!previous) out.push(line.text);
    else {
      const broken = line.page !== previous.page || line.column !== previous.column;
      const gap = line.y - previous.y;
      const sameStyle = line.font === previous.font && Math.abs(line.size - previous.size) < 0.5;
      // Lines of a paragraph (or rows of a table, whose header row may be bold) follow at the line spacing.
      const spacing = Math.max(step, previous.size * 1.25) * 1.3;
      const together = (sameStyle || (line.table && previous.table)) && (broken || (gap > 0 && gap <= spacing));
      // At a page or column break, a sentence that ended did not run on, unless the next line goes on in lower case.
      const runsOn = !broken || !/[.!?:]$/.test(previous.text) || /^\p{Ll}/u.test(line.text);
      // A table-of-contents title too long for its line wraps before the page-number column, not at the margin.
      const tocTitle = !broken && !previous.table && tocEntry.test(line.text) && Math.abs(line.x0 - previous.x0) < 1;
      if (!together) out.push('', line.text);
      else if (tocTitle) out[out.length - 1] += ` ${line.text}`;
      else if (line.table || previous.table || !runsOn || !wrapped(previous, line)) {
        // At a page or column break, a line that does not continue the paragraph starts a new block.
        if (broken) out.push('', line.text);
        else out.push(line.text);
      } else if (/\p{Ll}-$/u.test(previous.text)) out.push(line.text);
      // A word longer than half the line (a URL) was broken inside, where the line ran out: no space.
      else if (previous.lastWord > 0.5 * (previous.right - previous.x0)) out[out.length - 1] += line.text.trimStart();
      else out[out.length - 1] += ` ${line.text}`;
    }
    pageLines[line.page] ??= out.length;
    previous = line;
  }
  return { text: out.join('\n'), pageLines };
}

/** A table-of-contents entry as runsText gives it: a long title wraps onto the entry's line with the page number. */
const tocEntry = /^[^\t]+\t\d{1,4}$/;
const listMarker = /^(?:[-–—•*▪◦]|\d{1,3}[.)]|\p{L}[.)])\s/u;

/**
 * The rule a greedy line breaker follows: `a` was wrapped when `b`'s first
 * word would not have fitted after it, before the right edge of its block.
 */
function wrapped(a: Line, b: Line): boolean {
  if (a.page === b.page && a.column === b.column && Math.abs(b.x0 - a.x0) > a.size) return false;
  // A line breaker does not start a line with a list marker: such a line starts an item of its own.
  if (listMarker.test(b.text.trimStart())) return false;
  // Less a little, for the estimate of the word's width.
  return a.x1 + 0.3 * a.size + b.firstWord > a.right - 0.6 * a.size;
}

/**
 * Width of a text in a typical sans-serif (Helvetica's widths, in ems): a
 * run's width is shared out among its characters by these, which estimates
 * the width of its first word far better than by counting characters.
 */
function glyphWidths(text: string): number {
  let sum = 0;
  for (const c of text) {
    if (c === ' ') sum += 0.278;
    else if ('iljI.,:;\'!|'.includes(c)) sum += 0.24;
    else if ('ftr()-/'.includes(c)) sum += 0.31;
    else if ('mwMW'.includes(c)) sum += 0.86;
    else if (c >= 'A' && c <= 'Z') sum += 0.68;
    else if (c === 'æ') sum += 0.89;
    else if (c === 'ø') sum += 0.61;
    else if ('ÆØÅ'.includes(c)) sum += 0.85;
    else sum += 0.54;
  }
  return sum;
}

/** The smallest value that at least 5 % of `values` (and two) lie within half a point of. */
function commonSmallest(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const enough = Math.max(2, sorted.length * 0.05);
  let from = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[from]! > 1) from++;
    if (i - from + 1 >= enough) return sorted[from]! + (sorted[i]! - sorted[from]!) / 2;
  }
  return sorted[0];
}

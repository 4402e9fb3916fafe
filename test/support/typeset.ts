/**
 * Typesets minutes text (the form the importer reads: one paragraph a line,
 * blank lines between blocks, tabs in tables and the table of contents) as a
 * PDF or DOCX the way published minutes look, and says what text a reader
 * of that document should give back. Used by scripts/make-document-fixtures.ts
 * and by tests that need a document too big to commit (500 pages).
 *
 * The expected text is made here, from the typesetter's own decisions (where
 * it hyphenated a word, which table-of-contents form it printed), not by the
 * reader under test.
 */
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LeaderType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';

const require = createRequire(import.meta.url);
/** Liberation Sans (SIL OFL), shipped with pdfjs-dist: has æøå, ﬁ and ﬂ. Embedded (subset) in the PDFs made here. */
const fonts = {
  regular: require.resolve('pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf'),
  bold: require.resolve('pdfjs-dist/standard_fonts/LiberationSans-Bold.ttf'),
};

export interface Typesetting {
  /** 'a5': one item a page, small pages so paragraphs run over page breaks. 'a4': items run on. */
  page: 'a5' | 'a4';
  /** Running header (left and right text) and footer, given the page number and page count. */
  header?: (page: number, pages: number) => { left?: string; right?: string };
  footer?: (page: number, pages: number) => { left?: string; center?: string; right?: string };
  /** Table of contents: dot leaders to the page number, or the number alone at the right margin. */
  toc: 'dots' | 'right';
  /** The item whose body is set in two balanced columns on a page of its own. */
  columnsItem?: number;
  /** Print "fi"/"fl" as the ligature characters and spaces before "mio."/after "§" as no-break spaces. */
  ligatures?: boolean;
  /** Where long words may be hyphenated: the parts, in order. */
  hyphenate?: Record<string, string[]>;
}

/** Header + "Side N af M" footer, dot leaders, one item a page, hyphenated wraps, ligatures and no-break spaces. */
export const running: Typesetting = {
  page: 'a5',
  header: () => ({ left: 'Fjordby Kommune', right: 'Klima- og Miljøudvalget, 14-03-2024' }),
  footer: (page, pages) => ({ right: `Side ${page} af ${pages}` }),
  toc: 'dots',
  ligatures: true,
  hyphenate: {
    affaldsindsamlingsordningen: ['affalds', 'indsamlings', 'ordningen'],
    genanvendelsesmålsætningerne: ['genanvendelses', 'mål', 'sætningerne'],
    affaldsbekendtgørelsen: ['affalds', 'bekendt', 'gørelsen'],
    kommunalbestyrelsen: ['kommunal', 'bestyrelsen'],
    forsinkelsesbassin: ['forsinkelses', 'bassin'],
    høringsperioden: ['hørings', 'perioden'],
  },
};

/** "N/M" at the top right, a bare page number below, right-aligned TOC numbers, a table and a two-column page. */
export const columns: Typesetting = {
  page: 'a4',
  header: (page, pages) => ({ right: `${page}/${pages}` }),
  footer: (page) => ({ center: String(page) }),
  toc: 'right',
  columnsItem: 3,
};

type Kind = 'title' | 'item' | 'heading' | 'toc' | 'table' | 'lines' | 'paragraph';
interface Block {
  kind: Kind;
  lines: string[];
  /** Item number of an item heading. */
  item?: number;
}

/** Blocks of the minutes text, with the part each plays in print. */
export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let inToc = false;
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    const first = lines[0]!;
    const item = /^Punkt (\d+):/.exec(first);
    let kind: Kind;
    if (/^REFERAT /.test(first)) kind = 'title';
    else if (item) kind = 'item';
    else if (lines.length === 1 && /^\p{Lu}[\p{Ll}\p{Lu}]+$/u.test(first) && first.length <= 30) kind = 'heading';
    else if (inToc && lines.every((l) => /\t\d+$/.test(l))) kind = 'toc';
    else if (lines.every((l) => l.includes('\t'))) kind = 'table';
    else kind = lines.length > 1 ? 'lines' : 'paragraph';
    inToc = kind === 'heading' && first === 'Indholdsfortegnelse';
    blocks.push({ kind, lines, ...(item ? { item: Number(item[1]) } : {}) });
  }
  return blocks;
}

const size = { title: 15, item: 12.5, body: 10.5 };
/** Marks a line the typesetter broke inside a word: the reader should join it to the next with no space. */
const hardBreak = '\u0000';
const leading = 1.35;

interface Op {
  /** Height the op takes, including the space above it. */
  gap: number;
  height: number;
  draw: (doc: PDFKit.PDFDocument, x: number, y: number, width: number) => void;
  /** Keep with the next op on one page (headings, table rows). */
  keep?: boolean;
}

/** A PDF of the minutes and the text a reader should extract from it. */
export async function typesetPdf(text: string, setting: Typesetting): Promise<{ pdf: Uint8Array; expected: string; pages: number }> {
  const [pageWidth, pageHeight] = setting.page === 'a5' ? [420, 595] : [595.28, 841.89];
  const margin = { left: 56, right: 56, top: 64, bottom: 64 };
  const width = pageWidth - margin.left - margin.right;
  const doc = new PDFDocument({ size: [pageWidth, pageHeight], margin: 0, bufferPages: true, autoFirstPage: false, info: { CreationDate: new Date(Date.UTC(2024, 0, 1)), Producer: 'referat test typesetter' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const print = (s: string): string => (setting.ligatures ? s.replace(/fi/g, '\ufb01').replace(/fl/g, '\ufb02').replace(/ (mio\.)/g, '\u00a0$1').replace(/§ /g, '§\u00a0') : s);
  const measure = (font: string, pt: number) => (s: string) => doc.font(font).fontSize(pt).widthOfString(print(s));
  const expected: string[] = [];

  /** Greedy line breaking, hyphenating only where `setting.hyphenate` allows. */
  const wrap = (paragraph: string, font: string, pt: number, lineWidth: number): string[] => {
    const w = measure(font, pt);
    const lines: string[] = [];
    let line = '';
    const words = paragraph.split(' ');
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const candidate = line === '' ? word : `${line} ${word}`;
      if (w(candidate) <= lineWidth) {
        line = candidate;
        continue;
      }
      if (line === '' || w(word) > lineWidth) {
        // A word longer than the line (a URL) is broken where the line ends, with no hyphen.
        if (line !== '') lines.push(line);
        let rest = word;
        while (w(rest) > lineWidth) {
          let cut = rest.length - 1;
          while (cut > 1 && w(rest.slice(0, cut)) > lineWidth) cut--;
          lines.push(`${rest.slice(0, cut)}${hardBreak}`);
          rest = rest.slice(cut);
        }
        line = rest;
        continue;
      }
      const parts = setting.hyphenate?.[word.replace(/[.,]$/, '')];
      if (parts) {
        let split = -1;
        for (let k = parts.length - 1; k >= 1 && split < 0; k--) if (w(`${line} ${parts.slice(0, k).join('')}-`) <= lineWidth) split = k;
        if (split > 0) {
          lines.push(`${line} ${parts.slice(0, split).join('')}-`);
          line = word.slice(parts.slice(0, split).join('').length);
          continue;
        }
      }
      lines.push(line);
      line = word;
    }
    lines.push(line);
    return lines;
  };

  const textOp = (s: string, font: string, pt: number, gap: number, keep = false, align: 'left' | 'right' = 'left'): Op => ({
    gap,
    height: pt * leading,
    keep,
    draw: (d, x, y, w) => {
      d.font(font).fontSize(pt);
      const drawn = print(s.replace(hardBreak, ''));
      d.text(drawn, align === 'right' ? x + w - d.widthOfString(drawn) : x, y, { lineBreak: false });
    },
  });

  /** Ops for a run of blocks at `lineWidth`, and their expected text. */
  const opsFor = (blocks: Block[], lineWidth: number): Op[] => {
    const ops: Op[] = [];
    const body = size.body;
    for (const block of blocks) {
      const gap = ops.length === 0 ? 0 : body * 0.9;
      if (block.kind === 'title' || block.kind === 'item' || block.kind === 'heading') {
        const pt = block.kind === 'title' ? size.title : block.kind === 'item' ? size.item : body;
        const lines = wrap(block.lines[0]!, 'bold', pt, lineWidth);
        lines.forEach((l, i) => ops.push(textOp(l, 'bold', pt, i === 0 ? gap : 0, true)));
        expected.push(block.lines[0]!);
      } else if (block.kind === 'toc') {
        block.lines.forEach((line, i) => {
          const [entry, page] = line.replace(/\.{3,}\t/, '\t').split('\t') as [string, string];
          // A title too long for its line wraps, and the page number stands after its last line.
          const titleLines = wrap(entry, 'regular', body, lineWidth - 40);
          const title = titleLines.pop()!;
          for (const [k, l] of titleLines.entries()) ops.push(textOp(l, 'regular', body, i === 0 && k === 0 ? gap : 0, true));
          ops.push({
            gap: i === 0 && titleLines.length === 0 ? gap : 0,
            height: body * leading,
            keep: i < block.lines.length - 1,
            draw: (d, x, y, w) => {
              d.font('regular').fontSize(body);
              d.text(print(title), x, y, { lineBreak: false });
              const numberWidth = d.widthOfString(page);
              d.text(page, x + w - numberWidth, y, { lineBreak: false });
              if (setting.toc === 'dots') {
                const from = x + d.widthOfString(print(title)) + 4;
                const dots = Math.floor((x + w - numberWidth - 4 - from) / d.widthOfString('.'));
                d.text('.'.repeat(Math.max(0, dots)), from, y, { lineBreak: false });
              }
            },
          });
          expected.push(`${entry}${setting.toc === 'dots' ? '.....' : ''}\t${page}`);
        });
      } else if (block.kind === 'table') {
        const rows = block.lines.map((l) => l.split('\t'));
        const columns = Math.max(...rows.map((r) => r.length));
        // A table wider than the text is set smaller, as word processors shrink it to fit.
        const natural = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((r) => measure('bold', body)(r[c] ?? ''))));
        const pt = Math.min(body, (body * (lineWidth - 28 * (columns - 1))) / natural.reduce((a, b) => a + b, 0));
        const cellWidths = natural.map((w) => (w * pt) / body + 28);
        rows.forEach((row, i) => {
          ops.push({
            gap: i === 0 ? gap : 0,
            height: body * leading * 1.2,
            keep: i < rows.length - 1,
            draw: (d, x, y) => {
              let at = x;
              row.forEach((cell, c) => {
                d.font(i === 0 ? 'bold' : 'regular').fontSize(pt).text(print(cell), at, y, { lineBreak: false });
                at += cellWidths[c]!;
              });
            },
          });
          // An empty last cell prints nothing: no reader can see it.
          expected.push(row.join('\t').replace(/\t+$/, ''));
        });
      } else {
        // A paragraph, or lines the author ended (a list): each line wrapped on its own, no space between them.
        block.lines.forEach((line, i) => {
          // A line starting with spaces (a nested list item) is set in; a reader gives it back with one space.
          const indent = /^ +/.test(line) ? 14 : 0;
          const wrapped = wrap(line.trimStart(), 'regular', body, lineWidth - indent);
          wrapped.forEach((l, k) => {
            const op = textOp(l, 'regular', body, i === 0 && k === 0 ? gap : 0, block.kind === 'lines' && (k < wrapped.length - 1 || i < block.lines.length - 1));
            ops.push({ ...op, draw: (d, x, y, w) => op.draw(d, x + indent, y, w - indent) });
          });
          expected.push((indent ? ' ' : '') + wrapped.reduce((all, l) => (all === '' ? l : all.endsWith(hardBreak) ? all.slice(0, -1) + l : /\p{Ll}-$/u.test(all) ? `${all}\n${l}` : `${all} ${l}`), '').replace(hardBreak, ''));
        });
      }
      expected.push('');
    }
    return ops;
  };

  let y = 0;
  const top = margin.top;
  const bottom = pageHeight - margin.bottom;
  const newPage = (): void => {
    doc.addPage({ size: [pageWidth, pageHeight], margin: 0 });
    y = top;
  };
  const place = (ops: Op[]): void => {
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i]!;
      // An op kept with the next one moves to the next page together with it.
      let needed = op.gap + op.height;
      for (let k = i; ops[k]?.keep && ops[k + 1]; k++) needed += ops[k + 1]!.gap + ops[k + 1]!.height;
      if (y + needed > bottom && y > top) newPage();
      else if (y > top) y += op.gap;
      op.draw(doc, margin.left, y, width);
      y += op.height;
    }
  };

  const blocks = blocksOf(text);
  newPage();
  let start = 0;
  while (start < blocks.length) {
    let end = start + 1;
    while (end < blocks.length && blocks[end]!.kind !== 'item') end++;
    const run = blocks.slice(start, end);
    const number = run[0]!.item;
    if (number !== undefined && (setting.page === 'a5' || number === setting.columnsItem || (setting.columnsItem !== undefined && number === setting.columnsItem + 1)) && y > top) newPage();
    if (number !== undefined && number === setting.columnsItem) {
      // Heading across the page, then the body in two balanced columns.
      place(opsFor(run.slice(0, 1), width));
      const gutter = 20;
      const columnWidth = (width - gutter) / 2;
      const ops = opsFor(run.slice(1), columnWidth);
      const total = ops.reduce((sum, op) => sum + op.gap + op.height, 0);
      let height = 0;
      let split = 0;
      while (split < ops.length && height + ops[split]!.gap + ops[split]!.height <= total / 2 + size.body) height += ops[split]!.gap + ops[split++]!.height;
      const columnTop = y + size.body;
      let at = columnTop;
      ops.forEach((op, i) => {
        if (i === split) at = columnTop;
        else if (at > columnTop) at += op.gap;
        op.draw(doc, margin.left + (i >= split ? columnWidth + gutter : 0), at, columnWidth);
        at += op.height;
      });
      y = bottom;
    } else place(opsFor(run, width));
    start = end;
  }

  const { count } = doc.bufferedPageRange();
  for (let page = 0; page < count; page++) {
    doc.switchToPage(page);
    doc.font('regular').fontSize(8.5);
    const header = setting.header?.(page + 1, count);
    if (header?.left) doc.text(header.left, margin.left, 30, { lineBreak: false });
    if (header?.right) doc.text(header.right, pageWidth - margin.right - doc.widthOfString(header.right), 30, { lineBreak: false });
    const footer = setting.footer?.(page + 1, count);
    const footerY = pageHeight - 38;
    if (footer?.left) doc.text(footer.left, margin.left, footerY, { lineBreak: false });
    if (footer?.center) doc.text(footer.center, (pageWidth - doc.widthOfString(footer.center)) / 2, footerY, { lineBreak: false });
    if (footer?.right) doc.text(footer.right, pageWidth - margin.right - doc.widthOfString(footer.right), footerY, { lineBreak: false });
  }
  doc.end();
  await ended;
  return { pdf: new Uint8Array(Buffer.concat(chunks)), expected: expected.join('\n').replace(/\n+$/, ''), pages: count };
}

/** A DOCX of the minutes (with a running header and a "Side N af M" footer) and the text a reader should extract. */
export async function typesetDocx(text: string, headerText: string): Promise<{ docx: Uint8Array; expected: string }> {
  const expected: string[] = [];
  const children: Array<Paragraph | Table> = [];
  for (const block of blocksOf(text)) {
    if (block.kind === 'title' || block.kind === 'item' || block.kind === 'heading') {
      const pt = block.kind === 'title' ? 30 : block.kind === 'item' ? 25 : 21;
      children.push(new Paragraph({ children: [new TextRun({ text: block.lines[0]!, bold: true, size: pt })], spacing: { before: 160, after: 80 } }));
      expected.push(block.lines[0]!);
    } else if (block.kind === 'toc') {
      for (const line of block.lines) {
        const [title, page] = line.replace(/\.{3,}\t/, '\t').split('\t') as [string, string];
        children.push(new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9000, leader: LeaderType.DOT }], children: [new TextRun(`${title}\t${page}`)] }));
        expected.push(`${title}\t${page}`);
      }
    } else if (block.kind === 'table') {
      const rows = block.lines.map((l) => l.split('\t'));
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: rows.map((row, r) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, bold: r === 0 })] })] })) })),
        }),
      );
      for (const row of rows) expected.push(row.join('\t'));
    } else {
      // Lines the author ended are one paragraph with line breaks (Shift+Enter), as Word users write lists by hand.
      children.push(new Paragraph({ children: block.lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })), spacing: { after: 120 } }));
      expected.push(block.lines.join('\n'));
    }
    expected.push('');
  }
  const document = new Document({
    creator: 'referat test typesetter',
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun(headerText)] })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children,
      },
    ],
  });
  return { docx: await fixedDates(new Uint8Array(await Packer.toBuffer(document))), expected: expected.join('\n').replace(/\n+$/, '') };
}

/** The same bytes every run: docx stamps the time into docProps/core.xml and the ZIP entries. */
async function fixedDates(docx: Uint8Array): Promise<Uint8Array> {
  const date = new Date(Date.UTC(2024, 0, 1));
  const zip = await JSZip.loadAsync(docx);
  const out = new JSZip();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    let contents: string | Uint8Array = await entry.async('uint8array');
    if (name === 'docProps/core.xml') contents = new TextDecoder().decode(contents).replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g, '2024-01-01T00:00:00Z');
    out.file(name, contents, { date });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A grey PNG: the picture of a page, as a scanner makes it, with no text layer. */
export function pagePicture(width: number, height: number): Buffer {
  const crc = (buf: Buffer): number => {
    let c = ~0;
    for (const byte of buf) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height, 0xff);
  // Dark bands where lines of type would be.
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = 0;
    if (y % 12 < 5 && y > 20 && y < height - 20) rows.fill(0x30, y * (width + 1) + 1 + 20, y * (width + 1) + width - 20);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

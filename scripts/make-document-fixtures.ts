/**
 * Writes test/fixtures/documents/*.pdf|docx from the fictional minutes beside them (*.txt), with the text a reader
 * should extract from each (*.expected.txt), and the broken documents the reader must refuse in one line.
 * `node scripts/make-document-fixtures.ts`; the files are committed, so tests need no generator run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import { typesetDocx, typesetPdf, type Typesetting } from '../test/support/typeset.ts';

const dir = fileURLToPath(new URL('../test/fixtures/documents/', import.meta.url));

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

async function write(name: string, bytes: Uint8Array | string): Promise<void> {
  await writeFile(`${dir}${name}`, bytes);
  console.log(`wrote ${name} (${typeof bytes === 'string' ? bytes.length : bytes.byteLength} bytes)`);
}

/** A grey PNG: the picture of a page, as a scanner makes it, with no text layer. */
function png(width: number, height: number): Buffer {
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

async function pdfkitDocument(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A5', info: { CreationDate: new Date(Date.UTC(2024, 0, 1)) }, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  draw(doc);
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

const fjordby = await readFile(`${dir}fjordby-kmu-2024-03-14.txt`, 'utf8');
const solbakke = await readFile(`${dir}solbakke-bsu-2023-10-02.txt`, 'utf8');

const a = await typesetPdf(fjordby, running);
await write('fjordby-kmu-2024-03-14.pdf', a.pdf);
await write('fjordby-kmu-2024-03-14.pdf.expected.txt', a.expected);
const b = await typesetPdf(solbakke, columns);
await write('solbakke-bsu-2023-10-02.pdf', b.pdf);
await write('solbakke-bsu-2023-10-02.pdf.expected.txt', b.expected);
for (const [name, text, header] of [
  ['fjordby-kmu-2024-03-14', fjordby, 'Fjordby Kommune · Klima- og Miljøudvalget'],
  ['solbakke-bsu-2023-10-02', solbakke, 'Solbakke Kommune · Børne- og Skoleudvalget'],
] as const) {
  const d = await typesetDocx(text, header);
  await write(`${name}.docx`, d.docx);
  await write(`${name}.docx.expected.txt`, d.expected);
}

await write('scan.pdf', await pdfkitDocument({}, (doc) => {
  doc.image(png(300, 420), 0, 0, { width: 420 });
  doc.addPage().image(png(300, 420), 0, 0, { width: 420 });
}));
await write('encrypted.pdf', await pdfkitDocument({ userPassword: 'hemmelig', ownerPassword: 'ejer', pdfVersion: '1.7ext3' }, (doc) => {
  doc.text('REFERAT Økonomiudvalget d. 01-02-2024');
}));
await write('truncated.pdf', a.pdf.subarray(0, Math.floor(a.pdf.byteLength * 0.4)));
const zip = new JSZip();
zip.file('mimetype', 'application/epub+zip');
zip.file('OEBPS/content.opf', '<?xml version="1.0"?><package/>');
await write('not-word.docx', await zip.generateAsync({ type: 'uint8array', date: new Date(Date.UTC(2024, 0, 1)) } as JSZip.JSZipGeneratorOptions<'uint8array'>));

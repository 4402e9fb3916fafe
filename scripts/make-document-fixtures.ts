/**
 * Writes test/fixtures/documents/*.pdf|docx from the fictional minutes beside them (*.txt), with the text a reader
 * should extract from each (*.expected.txt), and the broken documents the reader must refuse in one line.
 * `node scripts/make-document-fixtures.ts`; the files are committed, so tests need no generator run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import { columns, pagePicture as png, running, typesetDocx, typesetPdf } from '../test/support/typeset.ts';

const dir = fileURLToPath(new URL('../test/fixtures/documents/', import.meta.url));

async function write(name: string, bytes: Uint8Array | string): Promise<void> {
  await writeFile(`${dir}${name}`, bytes);
  console.log(`wrote ${name} (${typeof bytes === 'string' ? bytes.length : bytes.byteLength} bytes)`);
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
const date = new Date(Date.UTC(2024, 0, 1));
zip.file('mimetype', 'application/epub+zip', { date });
zip.file('OEBPS/content.opf', '<?xml version="1.0"?><package/>', { date });
await write('not-word.docx', await zip.generateAsync({ type: 'uint8array' }));

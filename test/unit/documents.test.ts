/**
 * Published documents in, the same meeting out: each fixture PDF and DOCX
 * (made from the fictional minutes beside it by scripts/make-document-fixtures.ts)
 * gives exactly the text its typesetter says it should, and the meeting that
 * text imports to is the meeting the minutes give as .txt. Documents that
 * cannot be read give one line each.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { extractDocument } from '../../src/documents/index.ts';
import { importDocument } from '../../src/documents/import-document.ts';
import { importMinutes } from '../../src/minutes/index.ts';
import { listMinutes } from '../../src/cli/io.ts';
import { convertCommand } from '../../src/cli/commands/convert.ts';
import { convertDocument, type ConvertSourceRequest } from '../../src/cli/convert-source.ts';
import { createWorkerPool, inlinePool } from '../../src/utils/worker-pool.ts';
import type { Meeting } from '../../src/model/meeting.ts';
import { columns, pagePicture, running, typesetDocx, typesetPdf } from '../support/typeset.ts';
import { lostText } from '../support/nothing-lost.ts';
import PDFDocument from 'pdfkit';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { createHash } from 'node:crypto';

const dir = new URL('../fixtures/documents/', import.meta.url).pathname;
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dir, name)));
const text = (name: string): string => readFileSync(join(dir, name), 'utf8');

const temps: string[] = [];
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'referat-documents-'));
  temps.push(d);
  return d;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The meeting without what names the file it came from, and items without their line in it. */
function comparable(meeting: Meeting | null): unknown {
  if (!meeting) return null;
  const { source: _source, ...rest } = meeting;
  return { ...rest, items: rest.items.map(({ line: _line, ...item }) => item) };
}

const minutes = [
  {
    name: 'fjordby-kmu-2024-03-14',
    municipality: 'Fjordby Kommune',
    committee: 'Klima- og Miljøudvalget',
    date: '2024-03-14',
    items: [
      [1, 'Godkendelse af dagsorden', 'Godkendt.'],
      [2, 'Affaldsplan 2025-2030 til høring', 'Indstillingen blev godkendt.'],
      [3, 'Klimatilpasning af Engvej og Møllebækken', 'Godkendt. Udvalget ønsker en orientering, når projektet er udbudt.'],
      [4, 'Eventuelt', 'Intet.'],
    ],
    pages: 6,
  },
  {
    name: 'solbakke-bsu-2023-10-02',
    municipality: 'Solbakke Kommune',
    committee: 'Børne- og Skoleudvalget',
    date: '2023-10-02',
    items: [
      [1, 'Godkendelse af dagsorden', 'Godkendt.'],
      [2, 'Elevtal og klassedannelse 2023/24', 'Taget til efterretning.'],
      [3, 'Ny struktur for skolernes fritidstilbud', 'Indstillingen blev godkendt. Venstre tog forbehold.'],
      [4, 'Meddelelser', 'Formanden orienterede om skolernes trivselsmåling, som offentliggøres i november.'],
    ],
    pages: 3,
  },
] as const;

describe.each(minutes)('$name', (m) => {
  const options = { path: m.name, municipality: m.municipality };
  const fromText = importMinutes(bytes(`${m.name}.txt`), options);

  it('as .txt gives the meeting the fixture describes', () => {
    const meeting = fromText.meeting!;
    expect({ committee: meeting.committee, date: meeting.date, municipality: meeting.municipality }).toEqual({ committee: m.committee, date: m.date, municipality: m.municipality });
    expect(meeting.items.map((item) => [item.number, item.title, item.decision])).toEqual(m.items);
    expect(meeting.warnings).toEqual([]);
  });

  it.each(['pdf', 'docx'] as const)('as .%s gives exactly the text its typesetter printed', async (kind) => {
    const extracted = await extractDocument(bytes(`${m.name}.${kind}`), `${m.name}.${kind}`);
    if (extracted.problem || extracted.kind === 'text') throw new Error(`not read: ${JSON.stringify(extracted)}`);
    expect(extracted.kind).toBe(kind);
    expect(extracted.text.split('\n')).toEqual(text(`${m.name}.${kind}.expected.txt`).split('\n'));
    if (kind === 'pdf') expect(extracted.pages).toBe(m.pages);
    expect(extracted.warnings).toEqual([]);
  });

  it.each(['pdf', 'docx'] as const)('as .%s gives the meeting the .txt gives', async (kind) => {
    const fromDocument = await importDocument(bytes(`${m.name}.${kind}`), options);
    expect(fromDocument.document?.kind).toBe(kind);
    expect(comparable(fromDocument.meeting)).toEqual(comparable(fromText.meeting));
    // The published document is the source, not the text read from it.
    expect(fromDocument.meeting?.source.sha256).toBe(createHash('sha256').update(bytes(`${m.name}.${kind}`)).digest('hex'));
    expect(fromDocument.file.messages.filter((message) => message.fatal !== undefined).map(String)).toEqual([]);
  });

  it('the expected texts hold every word of the minutes: only hyphenated line ends and the leader form differ', () => {
    const source = text(`${m.name}.txt`).replace(/\n+$/, '');
    expect(text(`${m.name}.pdf.expected.txt`).replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2')).toBe(source);
    expect(text(`${m.name}.docx.expected.txt`)).toBe(source.replace(/\.{5}\t/g, '\t'));
  });
});

describe('the PDF reader', () => {
  it('leaves out running headers and page counters, and no ligature or no-break space reaches the text', async () => {
    const extracted = await extractDocument(bytes('fjordby-kmu-2024-03-14.pdf'), 'a.pdf');
    if (extracted.problem || extracted.kind !== 'pdf') throw new Error('not read');
    expect(extracted.furniture).toEqual(
      Array.from({ length: 6 }, (_, i) => [
        { page: i + 1, text: 'Fjordby Kommune\tKlima- og Miljøudvalget, 14-03-2024' },
        { page: i + 1, text: `Side ${i + 1} af 6` },
      ]).flat(),
    );
    expect(extracted.text).not.toMatch(/[\ufb00-\ufb06\u00a0]/u);
    // The document printed them: ﬁ in "ﬁnansieret", a no-break space in "12 mio.".
    expect(extracted.text).toContain('Planen er finansieret inden for den eksisterende ramme på 12 mio. kr. om året, og flere af');
  });

  it('leaves out "N/M" and bare page numbers', async () => {
    const extracted = await extractDocument(bytes('solbakke-bsu-2023-10-02.pdf'), 'b.pdf');
    if (extracted.problem || extracted.kind !== 'pdf') throw new Error('not read');
    expect(extracted.furniture?.map((f) => f.text)).toEqual(['1/3', '1', '2/3', '2', '3/3', '3']);
  });

  it('reads a 500-page PDF whole', async () => {
    const items = Array.from({ length: 500 }, (_, i) => `Punkt ${i + 1}: Sag nummer ${i + 1} om vejbelysning\n\nSagsfremstilling\n\nForvaltningen har i sag ${i + 1} undersøgt, hvordan belysningen på de kommunale veje kan skiftes til armaturer med lavere forbrug, og hvad det koster at gøre det i løbet af de næste tre år.\n\nBeslutning\n\nGodkendt.`);
    const source = `REFERAT Teknisk Udvalg d. 05-06-2024\n\nMødedato Onsdag d. 5. juni 2024 kl. 17:00\n\n${items.join('\n\n')}`;
    const { pdf, expected, pages } = await typesetPdf(source, running);
    expect(pages).toBeGreaterThanOrEqual(500);
    const extracted = await extractDocument(pdf, 'big.pdf', { timeoutMs: 120_000 });
    if (extracted.problem || extracted.kind !== 'pdf') throw new Error(`not read: ${JSON.stringify(extracted)}`);
    expect(extracted.pages).toBe(pages);
    expect(extracted.text).toBe(expected);
    const imported = await importDocument(pdf, { path: 'big.pdf', municipality: 'Fjordby Kommune', timeoutMs: 120_000 });
    expect(imported.meeting?.items.map((item) => item.title)).toEqual(items.map((_, i) => `Sag nummer ${i + 1} om vejbelysning`));
  }, 180_000);
});

describe('the DOCX reader', () => {
  it('gives ligatures and no-break spaces as plain letters and spaces, and list items as lines', async () => {
    const document = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun('Projektet er ﬁnansieret med 12\u00a0mio.\u00a0kr. og ﬂere puljer.')] }), new Paragraph({ children: [new TextRun('1. første'), new TextRun({ text: '2. anden', break: 1 })] })] }],
    });
    const extracted = await extractDocument(new Uint8Array(await Packer.toBuffer(document)), 'a.docx');
    expect(extracted.problem || extracted.kind === 'text' ? extracted : extracted.text).toBe('Projektet er finansieret med 12 mio. kr. og flere puljer.\n\n1. første\n2. anden');
  });
});

describe('a PDF with some pages scanned', () => {
  it('is read, with a warning naming the pages without text', async () => {
    const doc = new PDFDocument({ size: 'A5' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
    doc.font('Helvetica').text('REFERAT Teknisk Udvalg d. 05-06-2024', 50, 60).text('Punkt 1: Godkendelse af dagsorden', 50, 100).text('Beslutning', 50, 130).text('Godkendt.', 50, 160);
    doc.addPage().image(pagePicture(200, 280), 0, 0, { width: 420 });
    doc.end();
    await ended;
    const imported = await importDocument(new Uint8Array(Buffer.concat(chunks)), { path: 'delvis.pdf', municipality: 'Fjordby Kommune' });
    expect(imported.meeting?.items.map((item) => item.decision)).toEqual(['Godkendt.']);
    expect(imported.meeting?.warnings).toEqual([
      { line: null, fatal: false, ruleId: 'pages-without-text', message: 'Unexpected page without text (2 of 2), expected text on every page: scanned pages are not read (no OCR), so their content is missing' },
    ]);
  });
});

describe('documents that cannot be read get one line', () => {
  const zip = async (files: Record<string, string>): Promise<Uint8Array> => {
    const archive = new JSZip();
    for (const [name, contents] of Object.entries(files)) archive.file(name, contents);
    return archive.generateAsync({ type: 'uint8array' });
  };

  it.each([
    ['scan.pdf', 'no-text-layer', 'Unexpected PDF without a text layer (2 pages of images: a scan), expected a PDF with text: OCR is not done; publish the PDF with its text, or the text itself'],
    ['encrypted.pdf', 'encrypted-document', 'Unexpected encrypted PDF, expected one that opens without a password: it cannot be read; publish an unprotected copy'],
    ['truncated.pdf', 'damaged-document', 'Unexpected end of PDF (no "%%EOF" at its end), expected a whole document: the file is truncated or damaged; download it again'],
    ['not-word.docx', 'unsupported-document', 'Unexpected ZIP archive that is not a Word document (no word/document.xml; it holds application/epub+zip), expected minutes as PDF, Word (.docx) or text'],
  ])('%s', async (name, ruleId, message) => {
    expect(await extractDocument(bytes(name), name)).toEqual({ problem: true, ruleId, message });
  });

  it('a corrupt PDF, an OpenDocument text, a legacy .doc, a broken ZIP', async () => {
    const results = await Promise.all([
      extractDocument(new TextEncoder().encode('%PDF-1.7\nnothing a PDF holds\n%%EOF\n'), 'x.pdf'),
      extractDocument(await zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }), 'x.odt'),
      extractDocument(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'x.doc'),
      extractDocument(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.docx'),
    ]);
    expect(results.map((r) => (r.problem ? r.ruleId : r.kind))).toEqual(['damaged-document', 'unsupported-document', 'unsupported-document', 'damaged-document']);
    expect(results.map((r) => (r.problem ? r.message.split(',')[0] : ''))).toEqual([
      'Unexpected damaged PDF',
      'Unexpected OpenDocument text (.odt)',
      'Unexpected Word 97-2003 (.doc) or other Office binary file',
      'Unexpected damaged ZIP archive (.docx)',
    ]);
    for (const r of results) if (r.problem) expect(r.message).not.toContain('\n');
  });

  it('a document over its time limit', async () => {
    const result = await extractDocument(bytes('fjordby-kmu-2024-03-14.pdf'), 'slow.pdf', { timeoutMs: 0 });
    expect(result.problem && [result.ruleId, result.message.slice(0, 57)]).toEqual(['document-timeout', 'Unexpected document that takes longer than 0 s to read (s']);
  });
});

describe('referat convert reads documents', () => {
  it('lists .txt, .pdf and .docx, and a PDF saved without its extension', async () => {
    const input = temp();
    for (const name of ['a.txt', 'b.pdf', 'c.docx']) writeFileSync(join(input, name), 'x');
    writeFileSync(join(input, 'referat'), bytes('scan.pdf'));
    writeFileSync(join(input, 'notes.md'), 'x');
    const listing = await listMinutes(input);
    expect(listing.files.map((f) => f.slice(input.length + 1))).toEqual(['a.txt', 'b.pdf', 'c.docx', 'referat']);
    expect(listing.skipped.map((s) => [s.path.slice(input.length + 1), s.reason])).toEqual([['notes.md', 'not a .txt, .pdf or .docx file']]);
  });

  it('converts PDF and DOCX to the pages the .txt gives; a bad document fails in one line, the others go on', async () => {
    const input = temp();
    const content = { txt: temp(), documents: temp() };
    mkdirSync(join(input, 'txt', 'fjordby'), { recursive: true });
    mkdirSync(join(input, 'documents', 'fjordby'), { recursive: true });
    mkdirSync(join(input, 'documents', 'solbakke'), { recursive: true });
    copyFileSync(join(dir, 'fjordby-kmu-2024-03-14.txt'), join(input, 'txt', 'fjordby', 'kmu.txt'));
    copyFileSync(join(dir, 'fjordby-kmu-2024-03-14.pdf'), join(input, 'documents', 'fjordby', 'kmu.pdf'));
    copyFileSync(join(dir, 'solbakke-bsu-2023-10-02.docx'), join(input, 'documents', 'solbakke', 'bsu.docx'));
    copyFileSync(join(dir, 'encrypted.pdf'), join(input, 'documents', 'fjordby', 'hemmelig.pdf'));
    const lines: string[] = [];
    const reporter = { out: () => {}, err: (t: string) => lines.push(t) };
    const result = await convertCommand({ input: join(input, 'documents'), content: content.documents, progressEvery: 0 }, reporter);
    expect(result).toMatchObject({ converted: 2, failed: 1 });
    expect(lines.filter((l) => l.includes('error'))).toEqual([
      `${join(input, 'documents')}/fjordby/hemmelig.pdf: error: Unexpected encrypted PDF, expected one that opens without a password: it cannot be read; publish an unprotected copy [encrypted-document]`,
    ]);
    await convertCommand({ input: join(input, 'txt'), content: content.txt, progressEvery: 0 }, { out: () => {}, err: () => {} });
    const mdx = (root: string) => (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx') && f.includes('fjordby')).sort();
    expect(mdx(content.documents)).toEqual(mdx(content.txt));
    const withoutSource = (s: string) => s.replace(/^source:[\s\S]*?\n(?=\S)/m, '').replace(/"?kmu\.(txt|pdf)"?/g, 'kmu').replace(/[0-9a-f]{64}/g, 'hash');
    for (const file of mdx(content.txt)) {
      expect(withoutSource(readFileSync(join(content.documents, file), 'utf8')), file).toBe(withoutSource(readFileSync(join(content.txt, file), 'utf8')));
    }
  }, 60_000);

  it('reads one document at a time, so a time limit measures one document and memory holds one', async () => {
    let reading = 0;
    let most = 0;
    const pool = inlinePool(async (n: number) => {
      most = Math.max(most, ++reading);
      await new Promise((resolve) => setTimeout(resolve, 5));
      reading--;
      return n * 2;
    });
    expect(await Promise.all([1, 2, 3].map((n) => pool.run(n)))).toEqual([2, 4, 6]);
    expect(most).toBe(1);
  });

  it('converts a PDF on a worker thread as on this one', async () => {
    const request: ConvertSourceRequest = { bytes: bytes('solbakke-bsu-2023-10-02.pdf'), path: 'solbakke/bsu.pdf', key: 'solbakke/bsu.pdf', municipality: null, municipalityFolder: 'solbakke', strict: false };
    const pool = createWorkerPool(new URL('../../src/cli/convert-worker.ts', import.meta.url), undefined, convertDocument, { size: 1 });
    try {
      const [onWorker, here] = await Promise.all([pool.run(request), convertDocument(request)]);
      expect(onWorker).toEqual(here);
      expect(here.content?.files.length).toBeGreaterThan(4);
      expect(pool.stats).toEqual({ onWorkers: 1, onThisThread: 0 });
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('the examples typeset as published documents', () => {
  const examples = new URL('../../examples/', import.meta.url).pathname;
  const sources = readdirSync(examples, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'sider')
    .flatMap((entry) => readdirSync(join(examples, entry.name)).map((file) => ({ municipality: entry.name, file })));

  /** The meeting as published: source and item lines (which name places in the file) aside, warnings by message. */
  const published = (meeting: Meeting | null) => (meeting ? { ...(comparable(meeting) as object), warnings: meeting.warnings.map((w) => w.message) } : null);

  it.each(sources)('$municipality/$file: the same meeting from PDF (two typesettings) and DOCX as from its text, nothing lost', async ({ municipality, file }) => {
    const source = readFileSync(join(examples, municipality, file), 'utf8');
    const options = { path: file, municipalityFolder: municipality };
    const fromText = importMinutes(new TextEncoder().encode(source), options);
    const documents = [
      (await typesetPdf(source, running)).pdf,
      (await typesetPdf(source, { ...columns, columnsItem: undefined })).pdf,
      (await typesetDocx(source, `${municipality} · referat`)).docx,
    ];
    const words = (text: string) => (text.replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2').match(/[\p{L}\p{N}]+/gu) ?? []).sort();
    for (const [index, document] of documents.entries()) {
      const typesetting = ['running', 'a4', 'docx'][index];
      const fromDocument = await importDocument(document, options);
      expect(published(fromDocument.meeting), typesetting).toEqual(published(fromText.meeting));
      // Every word of the minutes is read from the document, and the model holds every line of what was read.
      const extracted = await extractDocument(document, file);
      const read = extracted.problem || extracted.kind === 'text' ? '' : extracted.text;
      expect(words(read), typesetting).toEqual(words(source));
      // What the nothing-lost judge finds in the text import (two examples have a finding of their own) and no more.
      const unplaced = (problems: string[]) => problems.map((p) => p.replace(/^[^:]+:\d+: /, ''));
      const fromTextProblems = unplaced(lostText(file, source, fromText));
      expect(unplaced(lostText(file, read, fromDocument)).filter((p) => !fromTextProblems.includes(p)), typesetting).toEqual([]);
    }
  }, 60_000);
});

/**
 * PDF extraction throughput on one core (a benchmark, not a test): a generated
 * document of N pages (default 500, the typesetting of the fixtures with a
 * running header and "Side N af M") and the committed fixture PDFs.
 * `node scripts/bench-documents.ts [pages]`
 */
import { readFileSync } from 'node:fs';
import { extractDocument } from '../src/documents/index.ts';
import { importDocument } from '../src/documents/import-document.ts';
import { running, typesetPdf } from '../test/support/typeset.ts';

const pages = Number(process.argv[2] ?? 500);
const item = (n: number) =>
  `Punkt ${n}: Sag nummer ${n} om vejbelysning\n\nSagsfremstilling\n\nForvaltningen har i sag ${n} undersøgt, hvordan belysningen på de kommunale veje kan skiftes til armaturer med lavere forbrug, og hvad det koster at gøre det i løbet af de næste tre år. Udskiftningen kan ske vejstrækning for vejstrækning, så de ældste armaturer skiftes først.\n\nBeslutning\n\nGodkendt.`;
const source = `REFERAT Teknisk Udvalg d. 05-06-2024\n\nMødedato Onsdag d. 5. juni 2024 kl. 17:00\n\n${Array.from({ length: pages }, (_, i) => item(i + 1)).join('\n\n')}`;
const made = await typesetPdf(source, running);

async function measure(name: string, bytes: Uint8Array, runs = 3): Promise<void> {
  let best = Infinity;
  let count = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = await extractDocument(bytes, name, { timeoutMs: 600_000 });
    best = Math.min(best, performance.now() - started);
    if (result.problem || result.kind !== 'pdf') throw new Error(`${name}: not read`);
    count = result.pages!;
  }
  const started = performance.now();
  await importDocument(bytes, { path: name, municipality: 'Fjordby Kommune', timeoutMs: 600_000 });
  const imported = performance.now() - started;
  console.log(`${name}: ${count} pages, ${(bytes.byteLength / 1024).toFixed(0)} KB: extract ${best.toFixed(0)} ms (${((count / best) * 1000).toFixed(0)} pages/s), extract + import ${imported.toFixed(0)} ms`);
}

await measure(`generated ${made.pages} pages`, made.pdf);
for (const name of ['fjordby-kmu-2024-03-14.pdf', 'solbakke-bsu-2023-10-02.pdf']) {
  await measure(name, new Uint8Array(readFileSync(new URL(`../test/fixtures/documents/${name}`, import.meta.url))), 10);
}

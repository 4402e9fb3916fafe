/**
 * Writes the search index of a site: one Pagefind bundle per search period in
 * `<outDir>/pagefind/<period>/`, their table of contents in
 * `<outDir>/pagefind/periods.json` (periods.ts says why) and Pagefind's
 * script, `<outDir>/pagefind/pagefind.js`.
 *
 * Pages come in as search pages: a path, a date, filter values, a fingerprint
 * and a function that makes the small HTML Pagefind reads (record-html.ts),
 * from the manifest, never from the built site. A written Pagefind bundle
 * cannot be updated in place (Pagefind/pagefind#71), so a period is indexed
 * again when the fingerprints of its pages changed, and kept otherwise.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { monthOf, periodsFile, periodsFileName, planPeriods, type FilterCounts, type IndexedPeriod, type SearchPeriod } from './periods.ts';
import { eachLimited } from '../utils/each-limited.ts';
import { sortedRecord } from '../utils/sorted-record.ts';
import { createWorkerPool, inlinePool } from '../utils/worker-pool.ts';

export interface SearchPage {
  /** Site path without base, e.g. "/roskilde/oekonomiudvalget/2021-03-02/punkt-4/": the URL Pagefind gives the result. */
  path: string;
  /** YYYY-MM-DD: the period it falls in. */
  date: string;
  /** Changes whenever its HTML would (src/site/build-plan.ts). */
  fingerprint: string;
  /** Filter values, by filter name (page-attributes.ts `searchFilters`). */
  filters: Record<string, string>;
  /** The HTML Pagefind indexes. */
  html: () => Promise<string> | string;
}

export interface IndexResult {
  /** Pages in the index, over all periods. */
  pages: number;
  periods: number;
  /** Periods indexed by this build (the others were kept). */
  indexed: number;
  /** What to pass as `previous` next time. */
  state: IndexedPeriod[];
}

/**
 * Files of a Pagefind bundle the search page never loads from a period's
 * folder: Pagefind's own UIs, its worker (archive.ts searches on the main
 * thread) and its script, which is kept once as `pagefind/pagefind.js`.
 */
const unusedBundleFiles = /^pagefind(-(ui|modular-ui|component-ui|highlight)\.(js|css)|-worker\.js|\.js)$/;
const scriptFile = 'pagefind.js';
/** Pages whose HTML is made at once. */
const addBatch = 64;

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

const byPath = (a: SearchPage, b: SearchPage): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function countFilters(pages: readonly SearchPage[]): FilterCounts {
  const counts: FilterCounts = {};
  for (const page of pages) {
    for (const [name, value] of Object.entries(page.filters)) {
      const values = (counts[name] ??= {});
      values[value] = (values[value] ?? 0) + 1;
    }
  }
  return Object.fromEntries(Object.keys(counts).sort().map((name) => [name, sortedRecord(counts[name]!)]));
}

function fingerprintOf(pages: readonly SearchPage[]): string {
  const hash = createHash('sha256');
  for (const page of pages) hash.update(`${page.path}\0${page.fingerprint}\0`);
  return hash.digest('base64url').slice(0, 22);
}

/** One period's bundle to write: its pages' HTML, in path order. */
export interface BundleRequest {
  pages: { url: string; content: string }[];
  outputPath: string;
}

/**
 * Writes one bundle with this thread's Pagefind service. Pagefind's service
 * adds the files it is sent one at a time, so a second thread (its own
 * service process, bundle-worker.ts) indexes another period meanwhile.
 */
export async function writeBundle({ pages, outputPath }: BundleRequest): Promise<void> {
  await rm(outputPath, { recursive: true, force: true });
  const created = await pagefind.createIndex({ forceLanguage: 'da' });
  check('createIndex', created.errors);
  const { index } = created;
  if (!index) throw new Error('Pagefind createIndex returned no index');
  try {
    // Sent in path order: Pagefind's service handles messages one at a time in the order sent,
    // so the same pages give the same bundle bytes wherever they are built.
    const added = pages.map((page) => index.addHTMLFile(page));
    for (const result of await Promise.all(added)) check('addHTMLFile', result.errors);
    check('writeFiles', (await index.writeFiles({ outputPath })).errors);
  } finally {
    await index.deleteIndex();
  }
  const script = join(outputPath, '..', scriptFile);
  if (!existsSync(script)) await copyFile(join(outputPath, scriptFile), script);
  for (const name of await readdir(outputPath)) if (unusedBundleFiles.test(name)) await rm(join(outputPath, name));
}

export interface IndexSiteOptions {
  /** Largest period, in pages (periods.ts). */
  maxPages: number;
  /** The periods the last index of this output wrote (IndexResult.state); undefined indexes every period. */
  previous?: readonly IndexedPeriod[] | undefined;
}

/** Indexes `pages` into `<outDir>/pagefind/`, re-indexing only the periods whose pages changed. */
export async function indexSite(outDir: string, pages: readonly SearchPage[], options: IndexSiteOptions): Promise<IndexResult> {
  const root = join(outDir, 'pagefind');
  const byMonth = new Map<string, SearchPage[]>();
  for (const page of [...pages].sort(byPath)) {
    const month = monthOf(page.date);
    const of = byMonth.get(month);
    if (of) of.push(page);
    else byMonth.set(month, [page]);
  }
  const plan = planPeriods(new Map([...byMonth].map(([month, of]) => [month, of.length])), options.maxPages);
  const pagesOf = (period: SearchPeriod): SearchPage[] => period.months.flatMap((month) => byMonth.get(month) ?? []).sort(byPath);

  const kept = new Map((options.previous ?? []).map((period) => [period.id, period]));
  const entries: IndexedPeriod[] = plan.map((period) => {
    const of = pagesOf(period);
    return { ...period, fingerprint: fingerprintOf(of), filters: countFilters(of) };
  });
  const stale = entries.filter((period) => kept.get(period.id)?.fingerprint !== period.fingerprint || !existsSync(join(root, period.id, 'pagefind-entry.json')));
  if (!options.previous) await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  // Two bundles at a time, each by its own Pagefind service (a worker thread's): this machine has two cores.
  const pool = stale.length > 1
    ? createWorkerPool<BundleRequest, void>(new URL('./bundle-worker.ts', import.meta.url), undefined, writeBundle, { size: 2 })
    : inlinePool<BundleRequest, void>(writeBundle);
  try {
    await eachLimited(stale, 2, async (period) => {
      const of = pagesOf(period);
      const contents: BundleRequest['pages'] = [];
      for (let start = 0; start < of.length; start += addBatch) {
        const batch = of.slice(start, start + addBatch);
        const html = await Promise.all(batch.map((page) => page.html()));
        batch.forEach((page, i) => contents.push({ url: page.path, content: html[i]! }));
      }
      await pool.run({ pages: contents, outputPath: join(root, period.id) });
    });
  } finally {
    await pool.close();
    await pagefind.close();
  }
  // Bundles of periods that no longer exist (a year split into quarters, a removed meeting's month).
  const current = new Set(plan.map((period) => period.id));
  for (const name of await readdir(root)) if (name !== periodsFileName && name !== scriptFile && !current.has(name)) await rm(join(root, name), { recursive: true, force: true });
  await writeFile(join(root, periodsFileName), `${JSON.stringify(periodsFile(entries))}\n`);
  return { pages: pages.length, periods: plan.length, indexed: stale.length, state: entries };
}

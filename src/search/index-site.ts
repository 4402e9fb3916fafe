/**
 * Writes the search index of a built site: one Pagefind bundle per search
 * period in `<outDir>/pagefind/<period>/`, their table of contents in
 * `<outDir>/pagefind/periods.json` (periods.ts says why) and Pagefind's
 * script, `<outDir>/pagefind/pagefind.js`.
 *
 * Pages opt in with `data-pagefind-body` (item and meeting pages only), so
 * listings, the front page and the search page stay out of the index.
 *
 * A written Pagefind bundle cannot be updated in place (Pagefind/pagefind#71),
 * so a changed period is indexed again — but not from the site's HTML: each
 * indexed page's `<main data-pagefind-body>` is kept as a small HTML file in a
 * mirror folder that persists between builds, one subfolder per month
 * (`<month>/<page path>`, so Pagefind derives the same URLs). A full build
 * fills the mirror from all pages; an incremental build rewrites the pages it
 * rendered, deletes removed ones and re-indexes only the periods whose months
 * changed. Either way Pagefind reads the same files, so it writes the same
 * bundles.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { Parser } from 'htmlparser2';
import * as pagefind from 'pagefind';
import { monthOf, periodsFile, periodsFileName, planPeriods, type FilterCounts, type IndexedPeriod, type SearchPeriod } from './periods.ts';
import { eachLimited } from '../utils/each-limited.ts';

export interface IndexResult {
  /** Pages in the index, over all periods. */
  pages: number;
  periods: number;
  /** Periods indexed by this build (the others were kept). */
  indexed: number;
}

export interface SearchPage {
  /** "YYYY-MM" of the page's date (its `data-pagefind-sort="date:…"`). */
  month: string;
  /** A small HTML document holding only the page's `<main>`. */
  html: string;
}

/**
 * Files of a Pagefind bundle the search page never loads from a period's
 * folder: Pagefind's own UIs, its worker (archive.ts searches on the main
 * thread) and its script, which is kept once as `pagefind/pagefind.js`.
 */
const unusedBundleFiles = /^pagefind(-(ui|modular-ui|component-ui|highlight)\.(js|css)|-worker\.js|\.js)$/;
const scriptFile = 'pagefind.js';
/** The indexer's record of the periods (IndexedPeriod[]), a file among the mirror's month folders. */
const indexedFileName = 'periods.json';

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

interface MainTag {
  /** Decoded values, as Pagefind reads them. */
  attributes: Record<string, string>;
  /** Offset of `<main`. */
  start: number;
}

/**
 * The page's first `<main>` tag, found by an HTML parser: attribute values
 * hold any text (Astro leaves `>` and `<` in them unescaped), so neither the
 * tag's end nor `<main` itself can be found by searching the text. Parsing
 * stops at `<main>`, so the page body is not parsed.
 */
function mainTagOf(html: string): MainTag | undefined {
  let found: MainTag | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== 'main') return;
        found = { attributes, start: parser.startIndex };
        parser.pause();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  return found;
}

/** A page that asks to be indexed but cannot be: says why. */
export interface SearchPageProblem {
  problem: string;
}

/**
 * What Pagefind needs of a page: its `<main>` and month when it is indexed,
 * undefined when it is not meant to be (no `data-pagefind-body`), or why it
 * cannot be. Filters, meta and sort sit on `<main>` itself (page-attributes.ts).
 */
export function searchPageOf(html: string): SearchPage | SearchPageProblem | undefined {
  const main = mainTagOf(html);
  if (!main || !('data-pagefind-body' in main.attributes)) {
    return html.includes('data-pagefind-body') ? { problem: 'Unexpected data-pagefind-body outside <main>, expected it on <main>: the page is not in the search index' } : undefined;
  }
  const date = /(?:^|,)\s*date:(\d{4}-\d\d)/.exec(main.attributes['data-pagefind-sort'] ?? '')?.[1];
  if (!date) return { problem: `Unexpected data-pagefind-sort "${main.attributes['data-pagefind-sort'] ?? ''}" on <main>, expected "date:YYYY-MM-DD": the page is not in the search index` };
  // Text inside <main> has its "<" escaped and the footer after it is fixed, so the last "</main>" closes it.
  const end = html.lastIndexOf('</main>');
  if (end < main.start) return { problem: 'Unexpected page without "</main>", expected one after <main>: the page is not in the search index' };
  return {
    month: monthOf(date),
    html: `<!doctype html><html lang="da"><body>${html.slice(main.start, end + '</main>'.length)}</body></html>\n`,
  };
}

function isProblem(page: SearchPage | SearchPageProblem | undefined): page is SearchPageProblem {
  return page !== undefined && 'problem' in page;
}

/** The filter values of an indexed page, read the way Pagefind reads `data-pagefind-filter="name[attribute], …"`. */
export function filterValuesOf(html: string): Record<string, string> {
  const attributes = mainTagOf(html)?.attributes ?? {};
  const values: Record<string, string> = {};
  for (const filter of (attributes['data-pagefind-filter'] ?? '').split(',')) {
    const match = /^\s*([\w-]+)\[([\w-]+)\]\s*$/.exec(filter);
    const value = match && attributes[match[2]!];
    if (match && value) values[match[1]!] = value;
  }
  return values;
}

async function monthsIn(pagesDir: string): Promise<string[]> {
  if (!existsSync(pagesDir)) return [];
  return (await readdir(pagesDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

async function htmlFilesIn(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.html')).map((name) => name.split(sep).join('/')).sort();
}

export interface SearchPagesUpdate {
  /** Months whose pages changed. */
  changed: Set<string>;
  /** Pages that ask to be indexed but cannot be (file relative to `outDir`, and why), sorted by file. */
  problems: { file: string; message: string }[];
}

/**
 * Brings the mirror up to date for the given pages (paths of `index.html`
 * files relative to `outDir`); `removed` pages leave the mirror.
 */
export async function updateSearchPages(
  outDir: string,
  pagesDir: string,
  written: readonly string[],
  removed: readonly string[] = [],
): Promise<SearchPagesUpdate> {
  const months = await monthsIn(pagesDir);
  const changed = new Set<string>();
  const problems: SearchPagesUpdate['problems'] = [];
  // A page leaves every month it was in but its own (its date may have changed).
  const drop = async (file: string, keep?: string): Promise<void> => {
    for (const month of months) {
      if (month === keep || !existsSync(join(pagesDir, month, file))) continue;
      await rm(join(pagesDir, month, file));
      changed.add(month);
    }
  };
  await eachLimited(written, 16, async (file) => {
    const found = searchPageOf(await readFile(join(outDir, file), 'utf8'));
    const page = isProblem(found) ? undefined : found;
    if (isProblem(found)) problems.push({ file, message: found.problem });
    await drop(file, page?.month);
    if (!page) return;
    const target = join(pagesDir, page.month, file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, page.html);
    changed.add(page.month);
  });
  await eachLimited(removed, 16, (file) => drop(file));
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { changed, problems };
}

/** What the previous index run wrote (months and filter counts of each period), kept beside the mirror. */
async function readIndexed(file: string): Promise<IndexedPeriod[] | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as IndexedPeriod[];
  } catch {
    return undefined;
  }
}

function sortedCounts(counts: FilterCounts): FilterCounts {
  return Object.fromEntries(
    Object.keys(counts)
      .sort()
      .map((name) => [name, Object.fromEntries(Object.entries(counts[name]!).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))]),
  );
}

async function countFilters(pagesDir: string, months: readonly string[]): Promise<FilterCounts> {
  const counts: FilterCounts = {};
  for (const month of months) {
    const files = await htmlFilesIn(join(pagesDir, month));
    await eachLimited(files, 16, async (file) => {
      for (const [name, value] of Object.entries(filterValuesOf(await readFile(join(pagesDir, month, file), 'utf8')))) {
        const values = (counts[name] ??= {});
        values[value] = (values[value] ?? 0) + 1;
      }
    });
  }
  return sortedCounts(counts);
}

/** Pages read and sent to Pagefind at once. */
const addBatch = 64;

/** "a/b/index.html" → "/a/b/": the URL Pagefind gives a file it finds in a folder. */
function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

async function writeBundle(pagesDir: string, months: readonly string[], outputPath: string): Promise<void> {
  await rm(outputPath, { recursive: true, force: true });
  const created = await pagefind.createIndex({ forceLanguage: 'da' });
  check('createIndex', created.errors);
  const { index } = created;
  if (!index) throw new Error('Pagefind createIndex returned no index');
  try {
    // Not addDirectory: Pagefind walks a folder in the order the file system lists it (creation
    // order on tmpfs, hash order on ext4) and its bundle follows that order. Its service handles
    // messages one at a time in the order sent, so files sent in sorted order give the same bytes
    // everywhere. The price: Pagefind parses a directory's files concurrently but sent files one
    // by one, so adding takes about twice as long (the bundle's pages, a period of at most
    // maxPages, are queued to its stdin as they are read, a batch of files open at a time).
    const files = (await Promise.all(months.map(async (month) => (await htmlFilesIn(join(pagesDir, month))).map((file) => ({ month, file }))))).flat();
    const added: Promise<{ errors: string[] }>[] = [];
    for (let start = 0; start < files.length; start += addBatch) {
      const batch = files.slice(start, start + addBatch);
      const contents = await Promise.all(batch.map(({ month, file }) => readFile(join(pagesDir, month, file), 'utf8')));
      for (const [i, { file }] of batch.entries()) added.push(index.addHTMLFile({ url: urlOf(file), content: contents[i]! }));
    }
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
  /** Months changed since the last index (from updateSearchPages), or "all" to index every period. */
  changed: ReadonlySet<string> | 'all';
}

/** Indexes the mirror `pagesDir` into `<outDir>/pagefind/`, re-indexing only the periods that changed. */
export async function indexSite(outDir: string, pagesDir: string, options: IndexSiteOptions): Promise<IndexResult> {
  const root = join(outDir, 'pagefind');
  const pagesPerMonth = new Map<string, number>();
  for (const month of await monthsIn(pagesDir)) pagesPerMonth.set(month, (await htmlFilesIn(join(pagesDir, month))).length);
  const plan = planPeriods(pagesPerMonth, options.maxPages);

  const { changed } = options;
  const record = join(pagesDir, indexedFileName);
  const previous = changed === 'all' ? undefined : await readIndexed(record);
  const kept = new Map((previous ?? []).map((period) => [period.id, period]));
  const unchanged = (period: SearchPeriod): IndexedPeriod | undefined => {
    const before = kept.get(period.id);
    if (changed === 'all' || !before || before.months.join() !== period.months.join()) return undefined;
    if (period.months.some((month) => changed.has(month))) return undefined;
    return existsSync(join(root, period.id, 'pagefind-entry.json')) ? before : undefined;
  };

  const reused = new Map(plan.flatMap((period) => {
    const before = unchanged(period);
    return before ? [[period.id, before.filters] as const] : [];
  }));
  const stale = plan.filter((period) => !reused.has(period.id));
  if (changed === 'all') await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  try {
    // Two at a time: this machine has two cores, and Pagefind's service indexes each bundle on its own.
    await eachLimited(stale, 2, async (period) => writeBundle(pagesDir, period.months, join(root, period.id)));
  } finally {
    await pagefind.close();
  }
  const entries: IndexedPeriod[] = [];
  for (const period of plan) entries.push({ ...period, filters: reused.get(period.id) ?? (await countFilters(pagesDir, period.months)) });
  // Bundles of periods that no longer exist (a year split into quarters, a removed meeting's month).
  const current = new Set(plan.map((period) => period.id));
  for (const name of await readdir(root)) if (name !== periodsFileName && name !== scriptFile && !current.has(name)) await rm(join(root, name), { recursive: true, force: true });
  await writeFile(join(root, periodsFileName), `${JSON.stringify(periodsFile(entries))}\n`);
  await writeFile(record, JSON.stringify(entries));
  return { pages: plan.reduce((total, period) => total + period.pages, 0), periods: plan.length, indexed: stale.length };
}

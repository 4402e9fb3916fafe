/**
 * Writes the Pagefind index of a built site into `<outDir>/pagefind/`.
 *
 * Pages opt in with `data-pagefind-body` (item and meeting pages only), so
 * listings, the front page and the search page stay out of the index.
 *
 * A written Pagefind bundle cannot be updated in place (Pagefind/pagefind#71),
 * so every build indexes every page again — but not from the site's HTML:
 * each indexed page's `<main data-pagefind-body>` is kept as a small HTML file
 * in a mirror folder (same relative paths, so the same URLs) that persists
 * between builds. A full build fills the mirror from all pages, an incremental
 * build rewrites only the pages it rendered and deletes removed ones, and
 * Pagefind then reads the whole mirror with `addDirectory`. Both builds hand
 * Pagefind the same files, so they write the same bundle.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexResult {
  /** Pages in the index (pages with `data-pagefind-body`), over all languages. */
  pages: number;
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * What Pagefind needs of a page: its `<main>` when it is indexed, else
 * undefined. Filters, meta and sort sit on `<main>` itself (page-attributes.ts).
 */
export function searchPageOf(html: string): string | undefined {
  const start = html.indexOf('<main');
  if (start < 0) return undefined;
  const open = html.slice(start, html.indexOf('>', start) + 1);
  if (!open.includes('data-pagefind-body')) return undefined;
  const end = html.lastIndexOf('</main>');
  if (end < start) return undefined;
  return `<!doctype html><html lang="da"><body>${html.slice(start, end + '</main>'.length)}</body></html>\n`;
}

async function eachLimited<T>(inputs: readonly T[], limit: number, task: (input: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < inputs.length) await task(inputs[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
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
): Promise<void> {
  await eachLimited(written, 16, async (file) => {
    const page = searchPageOf(await readFile(join(outDir, file), 'utf8'));
    const target = join(pagesDir, file);
    if (page === undefined) {
      await rm(target, { force: true });
      return;
    }
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, page);
  });
  await eachLimited(removed, 16, (file) => rm(join(pagesDir, file), { force: true }));
}

/** Indexes the mirror `pagesDir` into `<outDir>/pagefind/`, replacing what was there. */
export async function indexSite(outDir: string, pagesDir: string): Promise<IndexResult> {
  const outputPath = join(outDir, 'pagefind');
  await rm(outputPath, { recursive: true, force: true });
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'da' });
    check('createIndex', created.errors);
    const { index } = created;
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: pagesDir });
    check('addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
    const entry = JSON.parse(await readFile(join(written.outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return { pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0) };
  } finally {
    await pagefind.close();
  }
}

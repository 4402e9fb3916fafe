/**
 * Writes the Pagefind index of a built site into `<outDir>/pagefind/`.
 * Pages opt in with `data-pagefind-body` (item and meeting pages only), so
 * listings, the front page and the search page stay out of the index.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexResult {
  /** Pages in the index (pages with `data-pagefind-body`), over all languages. */
  pages: number;
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export async function indexSite(outDir: string): Promise<IndexResult> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'da' });
    check('createIndex', created.errors);
    const { index } = created;
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: outDir });
    check('addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    check('writeFiles', written.errors);
    // `added.page_count` counts every HTML file seen, also the ones without
    // data-pagefind-body; the entry file has what was indexed.
    const entry = JSON.parse(await readFile(join(written.outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return { pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0) };
  } finally {
    await pagefind.close();
  }
}

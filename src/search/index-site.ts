/**
 * Writes the Pagefind index of a built site into `<outDir>/pagefind/`.
 * Pages opt in with `data-pagefind-body` (item and meeting pages only), so
 * listings, the front page and the search page stay out of the index.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexResult {
  /** HTML pages Pagefind indexed. */
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
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

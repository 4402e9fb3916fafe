/**
 * `convert`'s step for the municipality's own pages: `<input>/sider/*.mdx`
 * checked (src/site-pages/read.ts) and copied to `<content>/pages/`, listed in
 * the manifest; a removed page's copy is deleted. A bad page is named with
 * its line and left out; the others are published.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ruleIds } from '../diagnostics/messages.ts';
import { contentDigest } from '../manifest/digest.ts';
import type { SiteManifest } from '../manifest/schema.ts';
import { sitePageSlug, sitePagesFolder } from '../site-pages/schema.ts';
import { removeFile, writeIfChanged } from './io.ts';

export interface SitePagesResult {
  pages: SiteManifest['pages'];
  failed: number;
  /** Content files written, changed or deleted. */
  changed: string[];
}

export async function convertSitePages(input: string, shownInput: string, content: string, previous: SiteManifest['pages'], report: (line: string) => void): Promise<SitePagesResult> {
  const folder = join(input, sitePagesFolder);
  const names = await readdir(folder).catch(() => [] as string[]);
  const result: SitePagesResult = { pages: {}, failed: 0, changed: [] };
  // The pages collection's folder exists even without pages: Astro's glob() loader warns of a missing one.
  await mkdir(join(content, 'pages'), { recursive: true });
  // The MDX parser that checks a page is loaded only when there is a page to check.
  let reader: typeof import('../site-pages/read.ts') | undefined;
  for (const name of names.sort()) {
    const shown = join(shownInput, sitePagesFolder, name);
    if (name.startsWith('.')) continue;
    const slug = name.replace(/\.mdx$/, '');
    if (!name.endsWith('.mdx') || !sitePageSlug.test(slug)) {
      report(`${shown}: warning: Unexpected file in ${sitePagesFolder}/, expected pages named like "om-referaterne.mdx" (lower-case letters, digits, hyphens): skipped [${ruleIds.sitePage}]`);
      continue;
    }
    const text = await readFile(join(folder, name), 'utf8');
    reader ??= await import('../site-pages/read.ts');
    const read = reader.readSitePage(text);
    if ('problem' in read) {
      report(`${shown}${read.line === null ? '' : `:${read.line}`}: error: ${read.problem} [${ruleIds.sitePage}]`);
      result.failed++;
      continue;
    }
    const file = `pages/${slug}.mdx`;
    if (writeIfChanged(join(content, file), text)) result.changed.push(file);
    result.pages[slug] = { file, digest: contentDigest(text), data: read.page.data, search: read.page.search };
  }
  for (const [slug, entry] of Object.entries(previous)) {
    if (result.pages[slug]) continue;
    await removeFile(join(content, entry.file));
    result.changed.push(entry.file);
  }
  return result;
}

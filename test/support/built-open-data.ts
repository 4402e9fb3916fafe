/**
 * A built site's pages and open data as files on disk: which HTML pages it
 * has, and which pages its sitemap lists. For checks that the sitemap names
 * exactly the pages a build left (full or incremental).
 */
import { readFileSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';

/** Every file below `dir`, relative, "/"-separated, sorted. */
export function filesOf(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).split('\\').join('/'))
    .sort();
}

/** Site paths of the HTML pages of a built site ("a/b/index.html" → "/a/b/"); 404.html is not a page to find. */
export function builtPagePaths(dir: string): string[] {
  return filesOf(dir)
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)
    .sort();
}

const locs = (xml: string, tag: 'url' | 'sitemap'): string[] =>
  DomUtils.getElementsByTagName(tag, parseDocument(xml, { xmlMode: true })).map((entry) => DomUtils.textContent(DomUtils.getElementsByTagName('loc', entry)[0]!));

/** Site paths the sitemap index and its files list, in order, below `siteUrl` (origin and base). */
export function sitemapPagePaths(dir: string, siteUrl: string): string[] {
  const local = (url: string): string => {
    if (!url.startsWith(siteUrl)) throw new Error(`Unexpected sitemap URL ${url}, expected one below ${siteUrl}`);
    return `/${url.slice(siteUrl.length)}`;
  };
  return locs(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8'), 'sitemap').flatMap((sitemap) => locs(readFileSync(join(dir, local(sitemap)), 'utf8'), 'url').map(local));
}

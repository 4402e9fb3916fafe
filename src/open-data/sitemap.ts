/**
 * `sitemap-index.xml`, the sitemap files it names (at most 50 000 URLs each,
 * the protocol's limit) and `robots.txt`, from Referat's own list of pages,
 * not from what Astro rendered: an incremental build renders only the
 * changed pages, but the sitemap must list them all (@astrojs/sitemap would
 * list only those).
 *
 * A page's `lastmod` is the date the data gives it: an item's or meeting's
 * meeting day, a listing's newest meeting. Pages the minutes do not date (the
 * municipality's own pages, /was/) have none rather than an invented one.
 *
 * The sitemap protocol takes absolute URLs only, so sitemaps need `--site`;
 * without one robots.txt is written without its `Sitemap:` line.
 *
 * Pure.
 */
import { escapeUTF8 } from 'entities';
import { absoluteOf, fileOf, type OpenDataFiles, type OpenDataInput } from './input.ts';
import { dataPagePath, robotsPath, sitemapIndexPath, sitemapPath } from './paths.ts';

/** URLs per sitemap file (sitemaps.org: at most 50 000 and 50 MB). */
export const sitemapLimit = 50_000;

const newest = (dates: Iterable<string | undefined>): string | undefined => {
  let max: string | undefined;
  for (const date of dates) if (date !== undefined && (max === undefined || date > max)) max = date;
  return max;
};

/** Every dated page's `lastmod` (YYYY-MM-DD), by site path. */
export function lastModified(input: OpenDataInput): Map<string, string> {
  const { routes } = input;
  const dates = new Map<string, string>();
  for (const page of routes.items) dates.set(page.path, page.props.data.date);
  for (const page of routes.meetings) dates.set(page.path, page.props.route.data.date);
  for (const page of routes.committees) {
    const date = page.props.committee.meetings[0]?.date;
    if (date !== undefined) dates.set(page.path, date);
  }
  for (const page of routes.municipalities) {
    const date = newest(page.props.municipality.committees.map((committee) => committee.meetings[0]?.date));
    if (date !== undefined) dates.set(page.path, date);
  }
  // The front page, search and the Data page list (or find) the newest meeting.
  const site = routes.index.meetings[0]?.date;
  if (site !== undefined) for (const path of ['/', '/soeg/', dataPagePath]) dates.set(path, site);
  return dates;
}

const xml = (text: string): string => escapeUTF8(text);

function urlset(input: OpenDataInput, paths: readonly string[], dates: ReadonlyMap<string, string>): string {
  const urls = paths.map((path) => {
    const date = dates.get(path);
    return `<url><loc>${xml(absoluteOf(input, path))}</loc>${date ? `<lastmod>${date}</lastmod>` : ''}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The sitemaps and robots.txt, by file. `limit`: URLs per sitemap file (tests use a small one). */
export function sitemapFiles(input: OpenDataInput, limit = sitemapLimit): OpenDataFiles {
  const files: OpenDataFiles = new Map();
  const robots = ['User-agent: *', 'Disallow:'];
  if (input.site) {
    const dates = lastModified(input);
    // Sorted by path: the same pages give the same files, in an order a person can read.
    const paths = [...input.pages].sort();
    const parts: string[] = [];
    for (let start = 0, index = 0; start < paths.length || index === 0; start += limit, index++) {
      const chunk = paths.slice(start, start + limit);
      files.set(fileOf(sitemapPath(index)), urlset(input, chunk, dates));
      const date = newest(chunk.map((path) => dates.get(path)));
      parts.push(`<sitemap><loc>${xml(absoluteOf(input, sitemapPath(index)))}</loc>${date ? `<lastmod>${date}</lastmod>` : ''}</sitemap>`);
    }
    files.set(fileOf(sitemapIndexPath), `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.join('\n')}\n</sitemapindex>\n`);
    robots.push('', `Sitemap: ${absoluteOf(input, sitemapIndexPath)}`);
  }
  files.set(fileOf(robotsPath), `${robots.join('\n')}\n`);
  return files;
}

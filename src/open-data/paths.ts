/**
 * Where the site publishes its open data: one definition of every such
 * address, shared by the generators (src/open-data/*.ts), the pages that link
 * them (heads, committee pages, the Data page) and the OParl writer.
 *
 * Site paths without the base, like src/site/routes.ts. Files have a dot in
 * their name, which no municipality, committee or date segment has
 * (model/paths.ts slugs are [a-z0-9-]), so none can clash with a page; the
 * Data page's folder is a reserved municipality slug.
 */

/** The Data page: every feed, calendar and data entry point of the site. */
export const dataPagePath = '/data/';

/**
 * The OParl entry point (its `System` object), which needs `--site`: OParl
 * ids are absolute URLs. Written by src/open-data/oparl/; linked from the
 * Data page.
 */
export const oparlEntryPath = '/oparl/v1/system.json';

/** The Atom feed of a listing page: "/" (the whole site), a municipality's or a committee's path. */
export function feedPath(pagePath: string): string {
  return `${pagePath}feed.xml`;
}

/** The iCalendar file of a committee, beside its page. */
export function calendarPath(committeePath: string): string {
  return `${committeePath}kalender.ics`;
}

export const sitemapIndexPath = '/sitemap-index.xml';

/** The `index`th sitemap file (0-based). */
export function sitemapPath(index: number): string {
  return `/sitemap-${index}.xml`;
}

export const robotsPath = '/robots.txt';

/**
 * The HTML pages without getStaticPaths that the sitemap lists (404 is not a
 * page to find); build-site.ts renders them on every build.
 */
export const staticPagePaths = ['/', '/soeg/', '/was/', dataPagePath] as const;

/**
 * What every open-data generator is made from: the build's routes (the same
 * props the pages and the build plan use, src/site/routes.ts), the pages this
 * build has and its settings. Pure data; the generators read no files.
 */
import type { PageConfig } from '../config/page-config.ts';
import type { SiteRoutes } from '../site/routes.ts';
import { absoluteUrl } from '../utils/url.ts';

export interface OpenDataInput {
  routes: SiteRoutes;
  /**
   * Site paths of the HTML pages the site has (dynamic ones whose page was
   * built, and the static ones): a feed or sitemap links nothing else.
   */
  pages: ReadonlySet<string>;
  /** Path the site is served under, e.g. "/referater/". */
  base: string;
  /** Public origin, e.g. "https://referater.example.dk", or undefined. */
  site: string | undefined;
  config: PageConfig;
}

/** One generated file: its path below the site's root ("feed.xml", "odense/x/kalender.ics") and its text. */
export type OpenDataFiles = Map<string, string>;

/** Absolute URL of a site path; only for generators that run with a `site`. */
export function absoluteOf(input: OpenDataInput, path: string): string {
  const url = absoluteUrl(input.site, input.base, path);
  if (url === undefined) throw new Error('Unexpected absolute URL without a site');
  return url;
}

/** "/odense/feed.xml" → "odense/feed.xml": the file below the output folder. */
export const fileOf = (path: string): string => path.replace(/^\/+/, '');

/**
 * The site's open data: every file generated from the routes rather than
 * rendered by Astro (feeds, calendars, sitemaps, robots.txt). build-site.ts
 * calls this once per build, full or incremental, and writes the result with
 * write.ts, so these files always describe the whole site as it now is.
 *
 * Pure.
 */
import { atomFeeds } from './feeds.ts';
import { committeeCalendars } from './calendars.ts';
import { sitemapFiles } from './sitemap.ts';
import type { OpenDataFiles, OpenDataInput } from './input.ts';

export type { OpenDataFiles, OpenDataInput } from './input.ts';

export interface OpenData {
  files: OpenDataFiles;
  /** What could not be written, one line each (a warning of the build). */
  warnings: string[];
}

export function openDataFiles(input: OpenDataInput): OpenData {
  const files: OpenDataFiles = new Map();
  for (const part of [atomFeeds(input), committeeCalendars(input), sitemapFiles(input)]) {
    for (const [file, text] of part) {
      if (files.has(file)) throw new Error(`Unexpected second open-data file ${file}`);
      files.set(file, text);
    }
  }
  const warnings = input.site
    ? []
    : ['Unexpected build without `--site` (the public address of the site), expected one (or `site` in referat.config.json) for the Atom feeds, the sitemap and OParl (oparl/v1/), which must name absolute addresses: not written (robots.txt has no `Sitemap:` line)'];
  return { files, warnings };
}

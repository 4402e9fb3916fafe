/**
 * What a build left in `--out`, to check before the next incremental build
 * (issue 10): a page deleted or edited in the output since is rendered
 * again, and a changed asset means a full build. Each file is known by its
 * size and times, so checking costs one stat per file, not a read.
 *
 * Pagefind's folder is left to the indexer (a period whose bundle is gone is
 * indexed again, src/search/index-site.ts), and the marker and lock are not
 * part of the site.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { filesBelow } from '../utils/list-files.ts';
import { runInBackground } from '../utils/worker-pool.ts';
import { lockFileName } from './build-lock.ts';
import { markerNames } from './folders.ts';

/** Output file (relative, "/"-separated) → `${size}:${mtimeMs}:${ctimeMs}`. */
export type OutputStamps = Record<string, string>;

const notSite = new Set([markerNames.output, lockFileName]);

/** The site's files below `dir` (relative, "/"-separated, sorted), without Pagefind's folder, the marker and the lock. */
export function listSiteFiles(dir: string): string[] {
  return filesBelow(dir)
    .filter((file) => !file.startsWith('pagefind/') && !notSite.has(file))
    .sort();
}

/**
 * Stamps of `files` in `outDir`; a missing file has none. Known names are
 * stat'ed one by one, synchronously: for 75 000 pages (a folder each) that is
 * far cheaper than listing the folders again, and than as many promises.
 */
export function stampFiles(outDir: string, files: Iterable<string>): OutputStamps {
  const stamps: OutputStamps = {};
  for (const file of [...files].sort()) {
    const info = statSync(join(outDir, file), { throwIfNoEntry: false });
    if (info?.isFile()) stamps[file] = `${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
  }
  return stamps;
}

export interface StampRequest {
  outDir: string;
  files: string[];
}

/** `stampFiles` on a thread of its own: half a second at 75 000 pages, while this one plans the build. */
export function stampFilesInBackground(outDir: string, files: string[]): Promise<OutputStamps> {
  return runInBackground(new URL('./output-check-worker.ts', import.meta.url), stampRequest, { outDir, files });
}

export const stampRequest = ({ outDir, files }: StampRequest): OutputStamps => stampFiles(outDir, files);

export interface OutputDrift {
  /** Site paths of pages missing or changed on disk, sorted. */
  pages: string[];
  /** Other files (assets) missing or changed. */
  others: string[];
}

/** "a/b/index.html" → "/a/b/"; undefined for a file that is not a directory-format page. */
function pagePathOf(file: string): string | undefined {
  return file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : undefined;
}

/** The files of `before` that `now` lacks or has changed; pages of `routes` among them by site path. */
export function outputDrift(before: OutputStamps, now: OutputStamps, routes: Readonly<Record<string, string>>): OutputDrift {
  const drift: OutputDrift = { pages: [], others: [] };
  for (const [file, stamp] of Object.entries(before)) {
    if (now[file] === stamp) continue;
    const path = pagePathOf(file);
    if (path !== undefined && path in routes) drift.pages.push(path);
    // Pages without getStaticPaths (front page, search, 404) are rendered by every build anyway.
    else if (!file.endsWith('.html')) drift.others.push(file);
  }
  drift.pages.sort();
  drift.others.sort();
  return drift;
}

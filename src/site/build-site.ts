/**
 * Builds the static site: Astro's programmatic build with the given folders
 * and URLs, then the Pagefind index. This is what the CLI's `build` calls.
 *
 * Incremental (issue 5). Each build keeps, in `.cache/referat/<key>/`:
 *   state.json    the code version, the route plan (site path → fingerprint of
 *                 its route data, src/site/build-plan.ts) and the content scan
 *   search-pages/ the `<main>` of every indexed page (src/search/index-site.ts)
 * The next build with the same code and settings compares the new plan with
 * the old one and asks Astro only for the changed pages (REFERAT_ROUTES, see
 * route-filter.ts) in a scratch folder, copies them over the previous output,
 * deletes the pages that no longer exist and re-indexes the search mirror.
 * Any change to the code (src/, public/, astro.config.mjs, package-lock.json),
 * the base or the site, a missing output or state means a full build.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type AstroIntegration } from 'astro';
import { indexSite, updateSearchPages } from '../search/index-site.ts';
import { defaultPeriodPages, periodsFileName } from '../search/periods.ts';
import { diffPlans, planRoutes, type RoutePlan } from './build-plan.ts';
import { scanContent, type ScanCache } from './content-scan.ts';
import { listSiteFiles, outputDrift, stampFiles, type OutputStamps } from './output-check.ts';
import { lockFileName, lockFolder, withBuildLock } from './build-lock.ts';
import { checkSeparate, claimFolder, copyInto, emptyOutput, moveContents } from './folders.ts';
import { BuildProblems, collectLoaderProblems, takeLoaderProblems } from './problems.ts';
import { buildSiteIndex, type NameClash } from '../utils/route-data.ts';
import { ruleIds } from '../diagnostics/messages.ts';
import type { VFile } from 'vfile';
import { ROUTES_ENV, type RouteSelection } from './route-filter.ts';

export interface BuildSiteOptions {
  /** Folder with the generated `meetings/` and `items/` collections. */
  contentDir: string;
  /** Where the site is written; its pages are replaced or updated. */
  outDir: string;
  /** Path the site is served under, e.g. "/referater/". @default "/" */
  base?: string | undefined;
  /** Public URL of the site, e.g. "https://example.dk"; enables canonical links. */
  site?: string | undefined;
  /** Astro's console output. @default "warn" */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Ignore the previous build and the content store: render every page from scratch. @default false */
  full?: boolean;
  /** Largest search period, in pages (src/search/periods.ts). @default 1000 */
  searchPeriodPages?: number;
  /** Progress lines (timings of the phases). */
  log?: (line: string) => void;
  /** The caller holds the output folder's lock (lockFolder), e.g. for the whole `referat build`. @default false */
  locked?: boolean;
}

export interface BuildSiteResult {
  /** HTML pages of the site. */
  pages: number;
  /** Of those, pages in the search index (meetings and items). */
  indexedPages: number;
  /** Search periods (Pagefind bundles), and how many of them this build indexed. */
  searchPeriods: { total: number; indexed: number };
  /** "full": every page rendered; "incremental": only `rendered` pages. */
  mode: 'full' | 'incremental';
  /** Pages Astro rendered in this build. */
  rendered: number;
  /** Pages deleted from the previous output. */
  removed: number;
  /** Seconds spent in Astro (content sync and rendering) and in Pagefind. */
  timings: { plan: number; astro: number; pagefind: number };
  /** What the build found wrong, one VFile per file named (src/site/problems.ts); a fatal message: a file left out. */
  problems: VFile[];
}

interface BuildState {
  format: number;
  code: string;
  searchPeriodPages: number;
  plan: RoutePlan;
  scan: ScanCache;
  /** The output as this build left it (output-check.ts). */
  outputs: OutputStamps;
}

const STATE_FORMAT = 3;
/** Pages Astro renders without getStaticPaths; rendered by every build. */
const STATIC_PAGES = 3;
/** Above this share of changed pages a full build is simpler and as fast. */
const INCREMENTAL_LIMIT = 0.5;

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

function countPages(onDone: (pages: number) => void): AstroIntegration {
  return {
    name: 'referat:count-pages',
    hooks: { 'astro:build:done': ({ pages }) => onDone(pages.length) },
  };
}

/** Hash of everything besides content that can change a page: the site code, static files, dependencies and settings. */
export async function codeVersion(settings: unknown): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const root of ['src', 'public', 'astro.config.mjs', 'package-lock.json']) {
    const path = join(projectRoot, root);
    if (!existsSync(path)) continue;
    const files = (await stat(path)).isDirectory()
      ? (await readdir(path, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => join(relative(path, entry.parentPath), entry.name))
          .sort()
      : [''];
    for (const file of files) {
      // Importer and CLI code changes reach the site through the content (convert re-runs on them).
      if (root === 'src' && /^(bench|cli|diagnostics|minutes)\//.test(file.split(sep).join('/'))) continue;
      hash.update(`\0${root}/${file}\0`);
      hash.update(await readFile(join(path, file)));
    }
  }
  return hash.digest('hex').slice(0, 24);
}

/** "/a/b/" → "a/b/index.html" (build.format "directory"). */
export function htmlFileOf(path: string): string {
  return `${path.replace(/^\/+/, '')}index.html`;
}

const htmlOf = (files: readonly string[]): string[] => files.filter((file) => file.endsWith('.html'));

async function readState(file: string): Promise<BuildState | undefined> {
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as BuildState;
    return state.format === STATE_FORMAT ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Deletes a page and the folders it leaves empty, up to `root`. */
async function removePage(root: string, file: string): Promise<void> {
  await rm(join(root, file), { force: true });
  let dir = dirname(join(root, file));
  while (dir.startsWith(root + sep)) {
    try {
      await rmdir(dir);
    } catch {
      return;
    }
    dir = dirname(dir);
  }
}

export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const contentDir = resolve(options.contentDir);
  const outDir = resolve(options.outDir);
  const base = options.base ?? '/';
  const site = options.site || undefined;
  const log = options.log ?? (() => {});
  const searchPeriodPages = options.searchPeriodPages ?? defaultPeriodPages;
  const seconds = (since: number): number => (performance.now() - since) / 1000;
  const problems = new BuildProblems();
  const reportSearch = (found: { file: string; message: string }[]): void => {
    for (const { file, message } of found) problems.warn(join(options.outDir, file), message, ruleIds.notIndexed);
  };

  // One Astro cache (content store = the loader's render cache) per
  // configuration: Astro clears the store whenever the config differs, so a
  // shared cache would be thrown away by every build with other settings, and
  // simultaneous builds (CLI and tests) would overwrite each other's.
  const cacheKey = createHash('sha256').update(JSON.stringify([contentDir, outDir, base, site])).digest('hex').slice(0, 12);
  const stateDir = join(projectRoot, '.cache', 'referat', cacheKey);
  const stateFile = join(stateDir, 'state.json');
  const pagesDir = join(stateDir, 'search-pages');

  await checkSeparate([{ flag: '--content', path: contentDir }, { flag: '--out', path: outDir }]);
  await claimFolder(outDir, 'output', '--out');
  const lock = options.locked ? undefined : lockFolder(outDir);
  try {
    return await buildLocked();
  } finally {
    lock?.release();
  }

  async function buildLocked(): Promise<BuildSiteResult> {
    let started = performance.now();
    const code = await codeVersion({ base, site });
    const previous = options.full ? undefined : await readState(stateFile);
    const sameCode = previous !== undefined && previous.code === code;
    const scan = await scanContent(contentDir, sameCode ? previous.scan : undefined);
    // A file that cannot be read is left out of the site; the others are built.
    for (const problem of scan.problems) problems.fail(join(options.contentDir, problem.file), problem.message, ruleIds.badContent, problem.line);
    const siteIndex = buildSiteIndex(scan.meetings);
    reportClashes(problems, siteIndex.clashes, options.contentDir);
    const plan = planRoutes(scan.meetings, scan.items, siteIndex);
    /** Files the Astro loader left out (not all are found by the scan: it reads only what routing needs). */
    const takeLoaderFailures = (): void => {
      const scanned = new Set(scan.problems.map((problem) => problem.file));
      for (const { filePath, message } of takeLoaderProblems()) {
        const file = relative(contentDir, filePath).split(sep).join('/');
        if (!scanned.has(file)) problems.fail(join(options.contentDir, file), oneLine(message), ruleIds.badContent);
        // Its page was not written: out of the saved plan, so the next build tries (and reports) it again.
        const id = file.replace(/^(meetings|items)\/|\.mdx$/g, '');
        const path = file.startsWith('items/') ? Object.keys(plan.items).find((route) => plan.items[route] === id) : siteIndex.routes.get(id)?.summary.path;
        if (path !== undefined) {
          delete plan.routes[path];
          delete plan.items[path];
        }
      }
    };
    const total = Object.keys(plan.routes).length + STATIC_PAGES;
    let diff = sameCode && previous.searchPeriodPages === searchPeriodPages && existsSync(join(outDir, 'pagefind', periodsFileName)) && existsSync(pagesDir) ? diffPlans(previous.plan, plan) : undefined;
    // The output must still be what the previous build left: pages deleted or edited since are
    // rendered again; a changed asset (or anything else) means a full build.
    let drifted = 0;
    let why = '';
    if (diff && previous) {
      const drift = outputDrift(previous.outputs, stampFiles(outDir, Object.keys(previous.outputs)), previous.plan.routes);
      const again = drift.pages.filter((path) => path in plan.routes && !diff!.render.includes(path));
      drifted = drift.pages.length;
      if (drift.others.length > 0) {
        diff = undefined;
        why = ` (${drift.others.length} files of the previous output missing or changed, e.g. ${drift.others[0]})`;
      }
      else diff.render = [...diff.render, ...again].sort();
    }
    if (diff && diff.render.length > total * INCREMENTAL_LIMIT) diff = undefined;
    const planTime = seconds(started);
    log(`plan: ${scan.meetings.length} meetings, ${scan.items.length} items (${scan.read} files read) in ${planTime.toFixed(1)} s; ${diff ? `${diff.render.length} pages changed${drifted > 0 ? ` (${drifted} missing or edited in the output)` : ''}, ${diff.remove.length} removed` : `full build${why}`}`);

    // The state describes the output; while the output changes it is invalid.
    await mkdir(stateDir, { recursive: true });
    await rm(stateFile, { force: true });

    started = performance.now();
    let rendered = 0;
    const runAstro = async (target: string, cacheDir: string, routesFile: string | undefined): Promise<void> => {
      const saved = { content: process.env.REFERAT_CONTENT_DIR, telemetry: process.env.ASTRO_TELEMETRY_DISABLED, routes: process.env[ROUTES_ENV] };
      // src/content.config.ts reads the content folder from the environment.
      process.env.REFERAT_CONTENT_DIR = contentDir;
      // No requests to third parties from a build, either.
      process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
      if (routesFile) process.env[ROUTES_ENV] = routesFile;
      else delete process.env[ROUTES_ENV];
      collectLoaderProblems();
      try {
        await withBuildLock(join(projectRoot, '.cache', 'astro-build.lock'), async () => {
          // Astro writes its server bundle to `<outDir>/.prerender/` when outDir lies below the
          // working folder, else to `<cwd>/.astro/.prerender/`, and renames assets from there into
          // outDir. From a user's folder that bundle cannot import Astro's packages, and on another
          // file system the rename fails (EXDEV). So Astro runs from the project, into a folder of
          // the project (`target`), and the site is moved to --out afterwards.
          const cwd = process.cwd();
          process.chdir(projectRoot);
          try {
            await build({
              root: projectRoot,
              outDir: target,
              base,
              site,
              cacheDir,
              logLevel: options.logLevel ?? 'warn',
              integrations: [countPages((count) => (rendered = count))],
            });
          } finally {
            process.chdir(cwd);
          }
        });
      } finally {
        takeLoaderFailures();
        restore('REFERAT_CONTENT_DIR', saved.content);
        restore('ASTRO_TELEMETRY_DISABLED', saved.telemetry);
        restore(ROUTES_ENV, saved.routes);
      }
    };

    let removed = 0;
    if (!diff) {
      const cacheDir = join(projectRoot, '.cache', 'astro', cacheKey);
      // A forced full build starts from an empty content store, too (benchmarks measure a cold build).
      if (options.full) await rm(cacheDir, { recursive: true, force: true });
      const staging = join(stateDir, 'site');
      await rm(staging, { recursive: true, force: true });
      await runAstro(staging, cacheDir, undefined);
      const files = await listSiteFiles(staging);
      // Only now, with the new site complete, does the previous one go.
      await emptyOutput(outDir, [lockFileName]);
      await moveContents(staging, outDir);
      await rm(staging, { recursive: true, force: true });
      const astroTime = seconds(started);
      started = performance.now();
      await rm(pagesDir, { recursive: true, force: true });
      reportSearch((await updateSearchPages(outDir, pagesDir, htmlOf(files))).problems);
      const indexed = await indexSite(outDir, pagesDir, { maxPages: searchPeriodPages, changed: 'all' });
      const result: BuildSiteResult = { pages: rendered, indexedPages: indexed.pages, searchPeriods: { total: indexed.periods, indexed: indexed.indexed }, mode: 'full', rendered, removed, timings: { plan: planTime, astro: astroTime, pagefind: seconds(started) }, problems: problems.files() };
      await writeFile(stateFile, JSON.stringify({ format: STATE_FORMAT, code, searchPeriodPages, plan, scan: scan.cache, outputs: stampFiles(outDir, files) } satisfies BuildState));
      return result;
    }

    const scratch = join(stateDir, 'partial-out');
    const routesFile = join(stateDir, 'routes.json');
    await rm(scratch, { recursive: true, force: true });
    const selection: RouteSelection = {
      routes: diff.render,
      items: diff.render.flatMap((path) => (plan.items[path] === undefined ? [] : [plan.items[path]])),
    };
    await writeFile(routesFile, JSON.stringify(selection));
    try {
      await runAstro(scratch, join(projectRoot, '.cache', 'astro', `${cacheKey}-partial`), routesFile);
      const files = await listSiteFiles(scratch);
      const written = htmlOf(files);
      // Assets are named by content hash and the code is unchanged, so copying
      // everything over the previous output replaces only the rendered pages.
      await copyInto(scratch, outDir);
      const gone = diff.remove.map(htmlFileOf);
      for (const file of gone) await removePage(outDir, file);
      removed = gone.length;
      const removedFiles = new Set(gone);
      const astroTime = seconds(started);
      started = performance.now();
      const { changed, problems: notIndexed } = await updateSearchPages(outDir, pagesDir, written, gone);
      reportSearch(notIndexed);
      const indexed = await indexSite(outDir, pagesDir, { maxPages: searchPeriodPages, changed });
      await writeFile(stateFile, JSON.stringify({ format: STATE_FORMAT, code, searchPeriodPages, plan, scan: scan.cache, outputs: stampFiles(outDir, [...new Set([...Object.keys(previous!.outputs), ...files])].filter((file) => !removedFiles.has(file))) } satisfies BuildState));
      return { pages: total, indexedPages: indexed.pages, searchPeriods: { total: indexed.periods, indexed: indexed.indexed }, mode: 'incremental', rendered, removed, timings: { plan: planTime, astro: astroTime, pagefind: seconds(started) }, problems: problems.files() };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
}

/** Astro's messages span lines and mark names up with "**": one plain line. */
function oneLine(message: string): string {
  return message.replace(/\*\*/g, '').replace(/\s*\n\s*/g, ' ').trim();
}

/** One warning per name that did not keep its plain URL, on its newest meeting's content file. */
function reportClashes(problems: BuildProblems, clashes: readonly NameClash[], contentDir: string): void {
  for (const clash of clashes) {
    const plain = clash.names.find((name) => name.path.endsWith(`/${clash.slug}/`));
    const what = clash.kind;
    for (const name of clash.names) {
      if (name === plain) continue;
      const file = join(contentDir, 'meetings', `${name.meetingId}.mdx`);
      const message = plain
        ? `Unexpected ${what} "${name.name}" whose URL would be that of "${plain.name}" (${plain.path}, minutes ${plain.meeting.source.path}), expected distinct names to have distinct URLs: published at ${name.path} (minutes ${name.meeting.source.path})`
        : `Unexpected ${what} "${name.name}" whose URL would be a folder of the site itself, expected another name: published at ${name.path} (minutes ${name.meeting.source.path})`;
      problems.warn(file, message, ruleIds.urlClash);
    }
  }
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/**
 * Builds the static site from the content folder's manifest: Astro's
 * programmatic build with the given folders and URLs, then the Pagefind
 * index. This is what the CLI's `build` calls.
 *
 * Incremental. Each build keeps, in `.cache/referat/<key>/state.json`, the
 * route plan (site path → fingerprint of its props, code and settings,
 * src/site/build-plan.ts), the search periods it indexed and stamps of the
 * output it left. The next build compares the new plan with the old one and
 * asks Astro only for the changed pages (the integration's `selection`) in a
 * scratch folder, copies them over the previous output, deletes the pages
 * that no longer exist and indexes again the search periods whose pages
 * changed. A change to the code or settings changes every fingerprint, so it
 * is a full build; so is a missing output or state.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { eachLimited } from '../utils/each-limited.ts';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { indexSite, type SearchPage } from '../search/index-site.ts';
import { defaultPeriodPages, periodsFileName, type IndexedPeriod } from '../search/periods.ts';
import { itemSearchHtml, meetingSearchHtml, meetingSearchInput, sitePageSearchHtml } from '../search/record-html.ts';
import { searchFilters } from '../search/page-attributes.ts';
import { handOffManifest } from '../manifest/handoff.ts';
import { removeFile } from '../utils/remove-file.ts';
import { filesInFolders } from '../utils/list-files.ts';
import { sortedRecord } from '../utils/sorted-record.ts';
import { meetingDigests, readManifest } from '../manifest/file.ts';
import { contentFolders, manifestFileName, type SiteManifest } from '../manifest/schema.ts';
import { bodyReader } from '../manifest/bodies.ts';
import { diffPlans, fingerprint as planFingerprint, planRoutes, type RoutePlan } from './build-plan.ts';
import { siteRoutes, type SiteRoutes } from './routes.ts';
import { codeVersion } from './code-version.ts';
import { headersFile } from './headers.ts';
import { siteConfig } from './astro-config.ts';
import type { ReferatBuildSettings } from './integration.ts';
import { listSiteFiles, outputDrift, stampFiles, stampFilesInBackground, type OutputStamps } from './output-check.ts';
import { lockFileName, lockFolder, withBuildLock } from './build-lock.ts';
import { checkSeparate, claimFolder, copyInto, emptyOutput, FolderError, moveContents } from './folders.ts';
import { BuildProblems, collectLoaderProblems, takeLoaderProblems } from './problems.ts';
import type { NameClash } from '../utils/route-data.ts';
import { ruleIds } from '../diagnostics/messages.ts';
import type { VFile } from 'vfile';
import { pageConfig, type PageConfig } from '../config/page-config.ts';
import { configSchema } from '../config/schema.ts';
import { municipalityTable } from '../model/municipalities.ts';
import { oparlFiles } from '../open-data/oparl/site-oparl.ts';
import { removeOparl, writeOparl } from '../open-data/oparl/write.ts';
import { openDataFiles } from '../open-data/index.ts';
import { staticPagePaths } from '../open-data/paths.ts';
import { writeOpenData } from '../open-data/write.ts';

export interface BuildSiteOptions {
  /** Folder with the generated `meetings/` and `items/` collections. */
  contentDir: string;
  /** Its manifest, as convert just wrote it in this process (convert.ts `ConvertResult.manifest`): not read and checked again. */
  manifest?: SiteManifest | undefined;
  /** The digest of each of its meeting entries (`ConvertResult.meetingDigests`), hashed from the lines convert wrote. */
  meetingDigests?: ReadonlyMap<string, string> | undefined;
  /** The content files convert just listed and wrote (`ConvertResult.contentFiles`), sorted: the folder is not listed again. */
  contentFiles?: readonly string[] | undefined;
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
  /** What the pages show of referat.config.json (src/config/page-config.ts). @default every default */
  config?: PageConfig;
  /** The logo file the config names (copied to `config.logo.path`). */
  logoFile?: string | null;
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
  /** Seconds spent in Astro (content sync and rendering), in Pagefind and on the open data (feeds, calendars, sitemap). */
  timings: { plan: number; astro: number; pagefind: number; openData: number };
  /** What the build found wrong, one VFile per file named (src/site/problems.ts); a fatal message: a file left out. */
  problems: VFile[];
}

interface BuildState {
  format: number;
  code: string;
  searchPeriodPages: number;
  /** The plan's fingerprints (its item ids are the manifest's, not kept twice). */
  routes: RoutePlan['routes'];
  /** The search periods as this build indexed them (index-site.ts). */
  search: IndexedPeriod[];
  /** The output as this build left it (output-check.ts), without the open data, which every build writes again. */
  outputs: OutputStamps;
  /** The open-data files this build wrote (src/open-data/), to delete those the next one does not write. */
  openData: string[];
}

const STATE_FORMAT = 6;
/** Pages Astro renders without getStaticPaths (front page, search, /was/, /data/ and 404); rendered by every build. */
const STATIC_PAGES = staticPagePaths.length + 1;
/** Above this share of changed pages a full build is simpler and as fast. */
const INCREMENTAL_LIMIT = 0.5;

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** "/a/b/" → "a/b/index.html" (build.format "directory"). */
export function htmlFileOf(path: string): string {
  return `${path.replace(/^\/+/, '')}index.html`;
}

async function readState(file: string): Promise<BuildState | undefined> {
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as BuildState;
    return state.format === STATE_FORMAT ? state : undefined;
  } catch {
    return undefined;
  }
}


/**
 * The search pages of the site: meeting pages from their routes, item pages
 * from their routes and the search text convert wrote (read a meeting's body
 * file at a time, when its period is indexed).
 */
function searchPages(contentDir: string, manifest: SiteManifest, routes: SiteRoutes, plan: RoutePlan, code: string): SearchPage[] {
  const bodiesOf = new Map<string, string>();
  for (const meeting of Object.values(manifest.meetings)) for (const item of meeting.items) bodiesOf.set(item.id, meeting.bodies.file);
  const read = bodyReader(contentDir);
  const pages: SearchPage[] = [];
  const newest = routes.index.meetings[0]?.date;
  for (const page of routes.pages) {
    const fingerprint = plan.routes[page.path];
    const entry = manifest.pages[page.props.slug];
    // Not a meeting's: filed under the newest month, so the first search (the newest period) finds it.
    if (fingerprint === undefined || !entry || newest === undefined) continue;
    pages.push({ path: page.path, date: newest, fingerprint, filters: {}, html: () => sitePageSearchHtml(page.props.data, entry.search) });
  }
  for (const page of routes.meetings) {
    if (plan.routes[page.path] === undefined) continue;
    // Of what its record is made from, not of its page (record-html.ts `MeetingSearchInput`).
    const input = meetingSearchInput(page.props.route);
    const { municipality, committee, data } = input;
    pages.push({ path: page.path, date: data.date, fingerprint: planFingerprint(code, 'meeting-search', input), filters: searchFilters({ municipality, committee, date: data.date, title: '' }), html: () => meetingSearchHtml(input) });
  }
  for (const page of routes.items) {
    const fingerprint = plan.routes[page.path];
    if (fingerprint === undefined) continue;
    const { route, data, id } = page.props;
    const committee = route.committee;
    pages.push({
      path: page.path,
      date: data.date,
      fingerprint,
      filters: searchFilters({ municipality: committee.municipality.name, committee: committee.name, date: data.date, title: data.title, kind: data.kind ?? undefined }),
      html: async () => {
        const body = (await read(bodiesOf.get(id)!)).items[id];
        return itemSearchHtml(route, data, body?.search ?? { decisions: [], sections: [] });
      },
    });
  }
  return pages;
}

/**
 * Copies the published documents (PDF, DOCX) of the given meeting pages from
 * the content folder to `<target>/<meeting path>referat.<format>`: the legal
 * record, one click from its pages. Copied only with its page, so only when
 * the document changed (its hash is in the page's props).
 */
async function copyDocuments(contentDir: string, manifest: SiteManifest, pages: readonly SiteRoutes['meetings'][number][], target: string): Promise<void> {
  await eachLimited(pages, 8, async ({ props: { route } }) => {
    const document = manifest.meetings[route.summary.id]?.document;
    if (!document || !route.document) return;
    const to = join(target, route.document.path);
    await mkdir(dirname(to), { recursive: true });
    await copyFile(join(contentDir, document.file), to);
  });
}

/** The documents a removed meeting page had beside it. */
const documentFiles = (pageFile: string): string[] => ['pdf', 'docx'].map((format) => pageFile.replace(/index\.html$/, `referat.${format}`));

export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const contentDir = resolve(options.contentDir);
  const outDir = resolve(options.outDir);
  const base = options.base ?? '/';
  const site = options.site || undefined;
  const log = options.log ?? (() => {});
  const searchPeriodPages = options.searchPeriodPages ?? defaultPeriodPages;
  const config = options.config ?? pageConfig(configSchema.parse({}), null);
  const logoFile = config.logo ? (options.logoFile ?? null) : null;
  const seconds = (since: number): number => (performance.now() - since) / 1000;
  const problems = new BuildProblems();

  // One Astro cache (content store = the loader's render cache) per
  // configuration: Astro clears the store whenever the config differs, so a
  // shared cache would be thrown away by every build with other settings, and
  // simultaneous builds (CLI and tests) would overwrite each other's.
  const cacheKey = createHash('sha256').update(JSON.stringify([contentDir, outDir, base, site])).digest('hex').slice(0, 12);
  const stateDir = join(projectRoot, '.cache', 'referat', cacheKey);
  const stateFile = join(stateDir, 'state.json');

  await checkSeparate([{ flag: '--content', path: contentDir }, { flag: '--out', path: outDir }]);
  await claimFolder(outDir, 'output', '--out');
  // No requests to third parties from a build: Astro's telemetry is off for this process.
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  const lock = options.locked ? undefined : lockFolder(outDir);
  try {
    return await buildLocked();
  } finally {
    lock?.release();
  }

  /** The manifest and its entries' digests (not the text it was read from: the build keeps what it holds until it ends). */
  async function readManifestOrFail(): Promise<{ manifest: SiteManifest; digests: ReadonlyMap<string, string> }> {
    const read = await readManifest(contentDir);
    if ('problem' in read) throw new FolderError(`${join(options.contentDir, 'manifest.json')}: error: ${read.problem}`, 1);
    return { manifest: read.manifest, digests: meetingDigests(read.manifest, read.lines) };
  }

  async function buildLocked(): Promise<BuildSiteResult> {
    let started = performance.now();
    const { manifest, digests: entryDigests } = options.manifest
      ? { manifest: options.manifest, digests: options.meetingDigests ?? meetingDigests(options.manifest) }
      : await readManifestOrFail();
    // The config and the site's own pages (every footer lists them) are part of the one cache key:
    // a changed title, colour, footer or page list renders every page again.
    const code = codeVersion('site', { base, site, config, pages: Object.entries(manifest.pages).map(([slug, page]) => [slug, page.data.title, page.data.order ?? null]) });
    const previous = options.full ? undefined : await readState(stateFile);
    // What the previous build left is checked on another thread while this one plans (one stat per file);
    // after a change of code every page is rendered anyway.
    const stamping = previous?.code === code ? stampFilesInBackground(outDir, Object.keys(previous.outputs)) : undefined;
    stamping?.catch(() => {});
    const routes = siteRoutes(manifest, municipalityTable(config.municipalities));
    // Astro's loaders and pages run in this process: they take these instead of parsing the manifest again.
    handOffManifest(contentDir, manifest, routes);
    reportUnlisted(problems, options.contentFiles ?? filesInFolders({ root: contentDir, folders: contentFolders }), options.contentDir, manifest);
    reportClashes(problems, routes.index.clashes, options.contentDir);
    const digests = new Map([
      ...Object.values(manifest.meetings).flatMap((meeting) => meeting.items.map((item) => [item.id, entryDigests.get(meeting.id)!] as const)),
      ...Object.entries(manifest.pages).map(([slug, page]) => [`page:${slug}`, page.digest] as const),
    ]);
    const plan = planRoutes(routes, code, digests);
    /** Files the Astro loader left out: named, and out of the saved plan, so the next build tries (and reports) them again. */
    const takeLoaderFailures = (): void => {
      const failures = takeLoaderProblems();
      if (failures.length === 0) return;
      const itemFiles = new Map(Object.values(manifest.meetings).flatMap((meeting) => meeting.items.map((item) => [resolve(contentDir, item.file), item.id] as const)));
      const itemPaths = new Map(Object.entries(plan.items).map(([path, id]) => [id, path]));
      for (const { filePath, message } of failures) {
        problems.fail(join(options.contentDir, relative(contentDir, filePath)), oneLine(message), ruleIds.badContent);
        const path = itemPaths.get(itemFiles.get(resolve(filePath)) ?? '');
        if (path !== undefined) {
          delete plan.routes[path];
          delete plan.items[path];
        }
      }
    };
    const total = Object.keys(plan.routes).length + STATIC_PAGES;
    let diff = previous && previous.searchPeriodPages === searchPeriodPages && existsSync(join(outDir, 'pagefind', periodsFileName)) ? diffPlans(previous.routes, plan.routes) : undefined;
    // The output must still be what the previous build left: pages deleted or edited since are
    // rendered again; a changed asset (or anything else) means a full build.
    let drifted = 0;
    let why = previous && previous.code !== code ? ' (code or settings changed)' : '';
    /** The previous output's stamps as it is now: what this build does not write keeps them (stamped once per build). */
    let stampsNow: OutputStamps | undefined;
    if (diff && previous) {
      stampsNow = stamping ? await stamping : stampFiles(outDir, Object.keys(previous.outputs));
      const drift = outputDrift(previous.outputs, stampsNow, previous.routes);
      const again = drift.pages.filter((path) => path in plan.routes && !diff!.render.includes(path));
      drifted = drift.pages.length;
      if (drift.others.length > 0) {
        diff = undefined;
        why = ` (${drift.others.length} files of the previous output missing or changed, e.g. ${drift.others[0]})`;
      } else diff.render = [...diff.render, ...again].sort();
    }
    if (diff && diff.render.length > total * INCREMENTAL_LIMIT) diff = undefined;
    const planTime = seconds(started);
    const itemCount = Object.keys(plan.items).length;
    log(`plan: ${routes.meetings.length} meetings, ${itemCount} items in ${planTime.toFixed(1)} s; ${diff ? `${diff.render.length} pages changed${drifted > 0 ? ` (${drifted} missing or edited in the output)` : ''}, ${diff.remove.length} removed` : `full build${why}`}`);

    // The state describes the output; while the output changes it is invalid.
    await mkdir(stateDir, { recursive: true });
    await rm(stateFile, { force: true });

    started = performance.now();
    let rendered = 0;
    const runAstro = async (target: string, cacheDir: string, selection: ReferatBuildSettings['selection']): Promise<void> => {
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
              ...siteConfig({ contentDir, codeKey: code, selection, outDir: target, base, site, config, logoFile, onPages: (count) => (rendered = count) }),
              root: projectRoot,
              configFile: false,
              cacheDir,
              logLevel: options.logLevel ?? 'warn',
            });
          } finally {
            process.chdir(cwd);
          }
        });
      } finally {
        takeLoaderFailures();
      }
    };
    /**
     * OParl (issue 14), made from the whole manifest after every build, full or incremental,
     * into the output as it now is: always what a full build would write. Not among the
     * stamped outputs: rewritten (where changed) by every build anyway, with an index of its own.
     */
    const writeOparlFiles = async (): Promise<void> => {
      const oparlIndex = join(stateDir, 'oparl.json');
      if (!site) return removeOparl(outDir, oparlIndex);
      const since = performance.now();
      const written = await writeOparl(outDir, oparlFiles(manifest, routes, { site, base, config }), oparlIndex);
      log(`oparl: ${written.files} files (${(written.bytes / 1e6).toFixed(1)} MB; ${written.written} written, ${written.removed} removed) in ${seconds(since).toFixed(1)} s`);
    };
    const index = async (previousSearch: IndexedPeriod[] | undefined) => indexSite(outDir, searchPages(contentDir, manifest, routes, plan, code), { maxPages: searchPeriodPages, previous: previousSearch });
    /**
     * Feeds, calendars, sitemaps and robots.txt, from the routes of the whole site (not only the pages
     * this build rendered), written into the output every build; those of the previous build that
     * this one has no more (a removed committee's) are deleted.
     */
    const openData = async (previousFiles: readonly string[]): Promise<{ files: string[]; seconds: number }> => {
      const since = performance.now();
      await writeOparlFiles();
      const pages = new Set([...Object.keys(plan.routes), ...staticPagePaths]);
      const data = openDataFiles({ routes, pages, base, site, config });
      for (const warning of data.warnings) problems.warn(options.outDir, warning, ruleIds.needsSite);
      return { files: await writeOpenData(outDir, data.files, previousFiles), seconds: seconds(since) };
    };

    let removed = 0;
    if (!diff) {
      const cacheDir = join(projectRoot, '.cache', 'astro', cacheKey);
      // A forced full build starts from an empty content store, too (benchmarks measure a cold build).
      if (options.full) await rm(cacheDir, { recursive: true, force: true });
      const staging = join(stateDir, 'site');
      const previousSite = join(stateDir, 'previous-site');
      await rm(staging, { recursive: true, force: true });
      await rm(previousSite, { recursive: true, force: true });
      await runAstro(staging, cacheDir, null);
      await copyDocuments(contentDir, manifest, routes.meetings, staging);
      await writeFile(join(staging, '_headers'), headersFile(base));
      const files = listSiteFiles(staging);
      // Only now, with the new site complete, does the previous one go: set aside, and deleted once the
      // search index and the open data are written (folders.ts emptyOutput says why).
      await emptyOutput(outDir, [lockFileName], previousSite);
      await moveContents(staging, outDir);
      await rm(staging, { recursive: true, force: true });
      const astroTime = seconds(started);
      started = performance.now();
      const indexed = await index(undefined);
      const pagefindTime = seconds(started);
      const data = await openData([]);
      const result: BuildSiteResult = { pages: rendered, indexedPages: indexed.pages, searchPeriods: { total: indexed.periods, indexed: indexed.indexed }, mode: 'full', rendered, removed, timings: { plan: planTime, astro: astroTime, pagefind: pagefindTime, openData: data.seconds }, problems: problems.files() };
      await writeFile(stateFile, JSON.stringify({ format: STATE_FORMAT, code, searchPeriodPages, routes: plan.routes, search: indexed.state, outputs: stampFiles(outDir, files), openData: data.files } satisfies BuildState));
      await rm(previousSite, { recursive: true, force: true });
      return result;
    }

    const scratch = join(stateDir, 'partial-out');
    await rm(scratch, { recursive: true, force: true });
    const rendering = new Set(diff.render);
    const renderedMeetings = routes.meetings.filter((page) => rendering.has(page.path));
    const selection = {
      routes: diff.render,
      items: diff.render.flatMap((path) => (plan.items[path] === undefined ? [] : [plan.items[path]])),
      meetings: renderedMeetings.map((page) => page.props.route.summary.id),
    };
    try {
      await runAstro(scratch, join(projectRoot, '.cache', 'astro', `${cacheKey}-partial`), selection);
      await copyDocuments(contentDir, manifest, renderedMeetings, scratch);
      await writeFile(join(scratch, '_headers'), headersFile(base));
      const files = listSiteFiles(scratch);
      // Assets are named by content hash and the code is unchanged, so copying
      // everything over the previous output replaces only the rendered pages.
      await copyInto(scratch, outDir);
      const gone = diff.remove.map(htmlFileOf);
      // A removed meeting's document goes with it, and so does one its minutes no longer have (now text).
      const undocumented = renderedMeetings.filter((page) => !page.props.route.document).map((page) => htmlFileOf(page.path));
      for (const file of [...gone, ...undocumented]) for (const document of documentFiles(file)) await rm(join(outDir, document), { force: true });
      for (const file of gone) await removeFile(outDir, file);
      removed = gone.length;
      const removedFiles = new Set(gone);
      const astroTime = seconds(started);
      started = performance.now();
      const indexed = await index(previous!.search);
      const pagefindTime = seconds(started);
      const data = await openData(previous!.openData);
      // Stamped again: the files this build wrote; the others are as the drift check found them (a file it found
      // missing stays unstamped, so the next build renders that page again, as this one did).
      const outputs: OutputStamps = { ...stampsNow, ...stampFiles(outDir, files) };
      for (const file of removedFiles) delete outputs[file];
      await writeFile(stateFile, JSON.stringify({ format: STATE_FORMAT, code, searchPeriodPages, routes: plan.routes, search: indexed.state, outputs: sortedRecord(outputs), openData: data.files } satisfies BuildState));
      return { pages: total, indexedPages: indexed.pages, searchPeriods: { total: indexed.periods, indexed: indexed.indexed }, mode: 'incremental', rendered, removed, timings: { plan: planTime, astro: astroTime, pagefind: pagefindTime, openData: data.seconds }, problems: problems.files() };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
}

/** Astro's messages span lines and mark names up with "**": one plain line. */
function oneLine(message: string): string {
  return message.replace(/\*\*/g, '').replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * Content files the manifest does not list (left by hand or by another tool)
 * are not published: one warning each, so nothing is left out unseen.
 */
function reportUnlisted(problems: BuildProblems, files: readonly string[], shown: string, manifest: SiteManifest): void {
  const listed = new Set([
    ...Object.values(manifest.meetings).flatMap((meeting) => [meeting.file, meeting.bodies.file, ...(meeting.document ? [meeting.document.file] : []), ...meeting.items.map((item) => item.file)]),
    ...Object.values(manifest.pages).map((page) => page.file),
  ]);
  for (const file of files) {
    if (!listed.has(file)) problems.warn(join(shown, file), `Unexpected content file that ${manifestFileName} does not list, expected only files \`referat convert\` wrote: not published (convert again, or delete it)`, ruleIds.unlistedContent);
  }
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

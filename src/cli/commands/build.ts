/**
 * `referat build --input DIR --out DIR`: convert (incrementally), build the
 * Astro site and write the Pagefind index — one plain folder of static files.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { exitCodes } from '../errors.ts';
import type { Reporter } from '../reporter.ts';
import { lockFolder } from '../../site/build-lock.ts';
import { checkFolder, checkSeparate, claimFolder, fileSystemFailure } from '../../site/folders.ts';
import { watchStarter } from '../parent-watch.ts';
import { convertCommand } from './convert.ts';
import { formatMessages } from '../../diagnostics/report.ts';
import { hasFatal } from '../../diagnostics/messages.ts';
import type { PageConfig } from '../../config/page-config.ts';
import type { MunicipalityEntry } from '../../model/municipalities.ts';

export interface BuildOptions {
  input: string;
  out: string;
  /**
   * Where the generated collections are kept between builds. @default
   * `.<out>.content` beside --out: one content folder per site, so building
   * another site from the same folder never deletes this one's content.
   */
  content?: string | undefined;
  base: string;
  site?: string | undefined;
  municipality?: string | undefined;
  strict?: boolean;
  /** Render every page even if a previous build could be updated. */
  full?: boolean;
  /** Largest search period, in pages. @default 1000 */
  searchPeriodPages?: number | undefined;
  /** The config's municipalities (model/municipalities.ts). */
  municipalities?: readonly MunicipalityEntry[];
  /** What the pages show of referat.config.json. @default every default */
  config?: PageConfig | undefined;
  /** The logo file the config names. */
  logoFile?: string | null;
}

export async function buildCommand(options: BuildOptions, reporter: Reporter): Promise<number> {
  const base = normaliseBase(options.base);
  if (options.site !== undefined && !/^https?:\/\/[^/\s]+/.test(options.site)) {
    reporter.err(`referat build: --site must be an absolute http(s) address, got "${options.site}"`);
    return exitCodes.usage;
  }
  const out = resolve(options.out);
  const content = resolve(options.content ?? defaultContentDir(out));
  // Before anything is written: a build empties --out and writes into --content.
  await checkSeparate([{ flag: '--input', path: resolve(options.input) }, { flag: '--content', path: content }, { flag: '--out', path: out }]);
  await checkFolder(content, 'content', '--content');
  await claimFolder(out, 'output', '--out');
  // Both folders stay locked from the first source converted to the last index file written.
  const locks = [lockFolder(out)];
  // Exiting releases the locks (build-lock.ts) and closes the children's pipes, so they exit too.
  const stopWatching = watchStarter((pid) => {
    reporter.err(`referat build: stopped: the process that started it (pid ${pid}) has exited`);
    process.exit(exitCodes.someFailed);
  });
  try {
    await claimFolder(content, 'content', '--content');
    locks.push(lockFolder(content));
    return await buildLocked(options, base, content, out, reporter);
  } catch (error) {
    throw fileSystemFailure(error) ?? error;
  } finally {
    stopWatching();
    for (const lock of locks) lock.release();
  }
}

async function buildLocked(options: BuildOptions, base: string, content: string, out: string, reporter: Reporter): Promise<number> {
  // Loaded here so `parse`/`convert` never pay for Astro's start-up, and from the start, so its half a second of
  // module loading fills the moments convert waits for the disk or a worker.
  const siteModule = import('../../site/build-site.ts');
  siteModule.catch(() => {});
  const converted = await convertCommand(
    { input: options.input, content, municipality: options.municipality, strict: options.strict === true, municipalities: options.municipalities ?? [], locked: true },
    reporter,
  );
  if (options.strict && converted.failed > 0) return exitCodes.someFailed;
  const started = Date.now();
  const { buildSite } = await siteModule;
  const site = await buildSite({ contentDir: content, manifest: converted.manifest, meetingDigests: converted.meetingDigests, contentFiles: converted.contentFiles, outDir: out, locked: true, base, site: options.site, full: options.full === true, searchPeriodPages: options.searchPeriodPages, config: options.config, logoFile: options.logoFile ?? null, log: (line) => reporter.err(`build: ${line}`) });
  for (const file of site.problems) for (const line of formatMessages(file)) reporter.err(line);
  const how = site.mode === 'full' ? 'full' : `incremental: ${site.rendered} rendered, ${site.removed} removed`;
  reporter.err(
    `build: ${site.pages} pages (${site.indexedPages} in the search index: ${site.searchPeriods.indexed} of ${site.searchPeriods.total} search periods indexed; ${how}) in ${((Date.now() - started) / 1000).toFixed(1)} s` +
      ` (Astro ${site.timings.astro.toFixed(1)} s, Pagefind ${site.timings.pagefind.toFixed(1)} s, open data ${site.timings.openData.toFixed(1)} s) → ${options.out}`,
  );
  // A content file left out of the site is a failed input, like a source that would not convert.
  return site.problems.some(hasFatal) ? exitCodes.someFailed : converted.exitCode;
}

/** `dist` → `.dist.content` beside it. */
export function defaultContentDir(out: string): string {
  return join(dirname(out), `.${basename(out)}.content`);
}

/** "/referater" and "referater/" both mean "/referater/". */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

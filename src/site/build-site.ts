/**
 * Builds the static site: Astro's programmatic build with the given folders
 * and URLs, then the Pagefind index. This is what the CLI's `build` calls.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type AstroIntegration } from 'astro';
import { indexSite } from '../search/index-site.ts';

export interface BuildSiteOptions {
  /** Folder with the generated `meetings/` and `items/` collections. */
  contentDir: string;
  /** Where the site is written; replaced on every build. */
  outDir: string;
  /** Path the site is served under, e.g. "/referater/". @default "/" */
  base?: string | undefined;
  /** Public URL of the site, e.g. "https://example.dk"; enables canonical links. */
  site?: string | undefined;
  /** Astro's console output. @default "warn" */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export interface BuildSiteResult {
  /** HTML pages Astro wrote. */
  pages: number;
  /** Of those, pages in the search index (meetings and items). */
  indexedPages: number;
}

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

function countPages(onDone: (pages: number) => void): AstroIntegration {
  return {
    name: 'referat:count-pages',
    hooks: { 'astro:build:done': ({ pages }) => onDone(pages.length) },
  };
}

export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const contentDir = resolve(options.contentDir);
  const outDir = resolve(options.outDir);
  const base = options.base ?? '/';
  const site = options.site || undefined;
  let pages = 0;

  // One Astro cache (content store = the loader's render cache) per
  // configuration: Astro clears the store whenever the config differs, so a
  // shared cache would be thrown away by every build with other settings, and
  // simultaneous builds (CLI and tests) would overwrite each other's.
  const cacheKey = createHash('sha256').update(JSON.stringify([contentDir, outDir, base, site])).digest('hex').slice(0, 12);

  // src/content.config.ts reads the content folder from the environment.
  const saved = { content: process.env.REFERAT_CONTENT_DIR, telemetry: process.env.ASTRO_TELEMETRY_DISABLED };
  process.env.REFERAT_CONTENT_DIR = contentDir;
  // No requests to third parties from a build, either.
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  try {
    await build({
      root: projectRoot,
      outDir,
      base,
      site,
      cacheDir: join(projectRoot, '.cache', 'astro', cacheKey),
      logLevel: options.logLevel ?? 'warn',
      integrations: [countPages((count) => (pages = count))],
    });
  } finally {
    restore('REFERAT_CONTENT_DIR', saved.content);
    restore('ASTRO_TELEMETRY_DISABLED', saved.telemetry);
  }

  const indexed = await indexSite(outDir);
  return { pages, indexedPages: indexed.pages };
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

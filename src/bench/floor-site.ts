/**
 * The floor of `referat bench` (issue 16): a minimal Astro site that renders
 * a folder of plain-Markdown pages (src/bench/markdown-variant.ts) with
 * Astro's own glob() loader and one `[...slug].astro` page, then ONE Pagefind
 * run over all of its output. Referat's build is measured against it.
 *
 * The site is a throwaway project under the project's `.cache/`, so `astro`
 * and its loaders resolve from this project's node_modules without a
 * package.json of its own. Run as a child process of the bench, so its time
 * and peak memory are its own:
 *
 *   node src/bench/floor-site.ts MARKDOWN_DIR [KEEP_DIR] [--trash DIR]
 *
 * prints `{"astro": s, "pagefind": s, "pages": n, "indexed": n}` as its last line;
 * with KEEP_DIR, the built site is copied there (the project itself is always removed,
 * into the trash folder DIR if given: trash.ts).
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { trashAt, type Trash } from './trash.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface FloorResult {
  /** Seconds of Astro's build (loading the Markdown, rendering every page). */
  astro: number;
  /** Seconds of the one Pagefind run over the whole output, writing the index included. */
  pagefind: number;
  /** Pages Astro wrote. */
  pages: number;
  /** Pages Pagefind indexed. */
  indexed: number;
}

const contentConfig = (base: string): string => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { pages: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(base)} }) }) };
`;

const page = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((page) => ({ params: { slug: page.id }, props: { page } }));
}
const { page } = Astro.props;
const { Content } = await render(page);
---
<html lang="da">
  <head><meta charset="utf-8" /><title>{String(page.data.title ?? page.id)}</title></head>
  <body><main><Content /></main></body>
</html>
`;

/** Writes the floor's Astro project (a content config and one page) into `dir`. */
export async function writeFloorProject(dir: string, markdownDir: string): Promise<void> {
  await mkdir(join(dir, 'src', 'pages'), { recursive: true });
  await writeFile(join(dir, 'src', 'content.config.mjs'), contentConfig(resolve(markdownDir)));
  await writeFile(join(dir, 'src', 'pages', '[...slug].astro'), page);
}

/**
 * Builds the floor from `markdownDir` (cold: a new project and cache each time), then indexes it once. Its project
 * folder is deleted after, or moved into `trash` (trash.ts) when the bench measures more after it.
 */
export async function buildFloor(markdownDir: string, keepDir?: string, trash?: Trash): Promise<FloorResult> {
  const dir = join(projectRoot, '.cache', 'bench-floor', String(process.pid));
  const out = join(dir, 'dist');
  await rm(dir, { recursive: true, force: true });
  await writeFloorProject(dir, markdownDir);
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  const pagefind = await import('pagefind');
  try {
    let pages = 0;
    let started = performance.now();
    // Astro puts its server bundle below outDir only if outDir is below the working folder.
    process.chdir(dir);
    await build({
      root: dir,
      configFile: false,
      outDir: out,
      cacheDir: join(dir, '.astro-cache'),
      logLevel: 'warn',
      integrations: [{ name: 'count-pages', hooks: { 'astro:build:done': ({ pages: done }) => void (pages = done.length) } }],
    });
    const astro = (performance.now() - started) / 1000;
    started = performance.now();
    // The same language as Referat's index (src/search/index-site.ts), so both stem alike.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
    if (!index) throw new Error(`Pagefind createIndex failed: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: out });
    if (added.errors.length > 0) throw new Error(`Pagefind addDirectory failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind writeFiles failed: ${written.errors.join('; ')}`);
    const pagefindTime = (performance.now() - started) / 1000;
    if (keepDir) await cp(out, keepDir, { recursive: true });
    return { astro, pagefind: pagefindTime, pages, indexed: added.page_count };
  } finally {
    await pagefind.close();
    process.chdir(projectRoot);
    if (trash) await trash.discard(dir);
    else await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { trash: { type: 'string' } } });
  const [markdownDir, keepDir] = positionals;
  if (!markdownDir) {
    process.stderr.write('usage: node src/bench/floor-site.ts MARKDOWN_DIR [KEEP_DIR] [--trash DIR]\n');
    process.exit(2);
  }
  const trash = values.trash === undefined ? undefined : trashAt(resolve(values.trash));
  process.stdout.write(`${JSON.stringify(await buildFloor(markdownDir, keepDir && resolve(keepDir), trash))}\n`);
}

/**
 * Content loader for the generated `.mdx` collections.
 *
 * Why not `glob()` + @astrojs/mdx: that bundles one JS module per MDX entry,
 * which does not scale to 75 000 items (30 000 entries measured 206 s, 10 GB).
 * Here each file is read once, its frontmatter validated (`parseData`) and,
 * for items, its body rendered to HTML once by `renderMdx` (on worker
 * threads, render-pool.ts) and stored as `rendered.html`, which
 * `render(entry)` turns into `<Content />` without bundling anything.
 *
 * Incremental: each entry keeps `generateDigest(file contents)`. Astro
 * persists the store between builds, so an unchanged file is skipped
 * entirely (no YAML parse, no validation, no render). Astro clears the whole
 * store itself when the Astro config or content config changes.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitFrontmatter } from './frontmatter.ts';
import { createRenderPool, type RenderWords } from './render-pool.ts';
import { t } from '../utils/i18n.ts';
import { eachLimited } from '../utils/each-limited.ts';
import { reportLoaderProblem } from '../site/problems.ts';

/**
 * Bump when the HTML made from an unchanged file changes (renderer, table
 * wrapping), so cached entries are rendered again.
 */
export const RENDER_VERSION = '2';

export interface MdxCollectionOptions {
  /** Folder of the collection's `.mdx` files; relative paths resolve against the project root. */
  directory: string;
  /** Render bodies to HTML (items) or keep only the frontmatter (meetings). */
  render: boolean;
  /** Files processed at once. @default 32 */
  concurrency?: number;
  /**
   * Content ids to load, or undefined for all. A partial build (see
   * src/site/route-filter.ts) loads only the items whose pages it renders.
   */
  only?: () => ReadonlySet<string> | undefined;
}

/** Content id from a path relative to the collection folder: "roskilde/oekonomiudvalget/2021-03-02". */
export function entryId(relativePath: string): string {
  return relativePath.split(sep).join('/').replace(/\.mdx$/, '');
}

async function listMdx(directory: string): Promise<string[]> {
  const names = await readdir(directory, { recursive: true });
  return names.filter((name) => name.endsWith('.mdx')).sort();
}

export function mdxCollection(options: MdxCollectionOptions): Loader {
  return {
    name: 'referat-mdx',
    async load(context: LoaderContext): Promise<void> {
      const { store, logger, config, collection } = context;
      const root = fileURLToPath(config.root);
      const directory = isAbsolute(options.directory) ? options.directory : resolve(root, options.directory);

      if (!existsSync(directory)) {
        logger.warn(`Unexpected missing folder \`${directory}\`, expected the generated ${collection}`);
        store.clear();
        return;
      }

      if (options.render && context.meta.get('render-version') !== RENDER_VERSION) {
        store.clear();
        context.meta.set('render-version', RENDER_VERSION);
      }

      let rendered = 0;
      let unchanged = 0;
      const words: RenderWords = { labels: { decision: t('mdx.decision'), attachments: t('mdx.attachments') }, tableLabel: t('table.scrollLabel') };
      const warn = (text: string): void => logger.warn(text);
      let renderer = createRenderPool(words, 0, warn);

      /** Returns the id it stored (or kept). */
      const sync = async (file: string): Promise<string> => {
        const filePath = resolve(directory, file);
        const id = entryId(file);
        const contents = await readFile(filePath, 'utf8');
        const digest = context.generateDigest(contents);
        const existing = store.get(id);
        if (existing && existing.digest === digest) {
          unchanged += 1;
          return id;
        }
        const { data } = splitFrontmatter(contents);
        const parsed = await context.parseData({ id, data, filePath });
        let html: string | undefined;
        if (options.render) {
          try {
            html = await renderer.run(contents);
          } catch (error) {
            throw new Error(`Could not render \`${filePath}\`: ${(error as Error).message}`, { cause: error });
          }
          rendered += 1;
        }
        store.set({
          id,
          data: parsed,
          digest,
          filePath: relative(root, filePath).split(sep).join('/'),
          ...(html === undefined ? {} : { rendered: { html } }),
        });
        return id;
      };

      const only = options.only?.();
      const files = (await listMdx(directory)).filter((file) => only === undefined || only.has(entryId(file)));
      const stale = new Set(store.keys());
      if (options.render) renderer = createRenderPool(words, files.length, warn);
      try {
        await eachLimited(files, options.concurrency ?? 32, async (file) => {
          try {
            stale.delete(await sync(file));
          } catch (error) {
            // One bad file is left out (its entry too, so it is tried again next build); the others load.
            const message = (error as Error).message;
            if (!reportLoaderProblem({ filePath: resolve(directory, file), message })) logger.error(`${resolve(directory, file)}: ${message}`);
          }
        });
      } finally {
        await renderer.close();
        // The dev server's watcher renders single files on this thread.
        renderer = createRenderPool(words, 0, warn);
      }
      for (const id of stale) store.delete(id);

      logger.info(
        `${files.length} ${collection}: ${files.length - unchanged} loaded` +
          (options.render ? ` (${rendered} rendered)` : '') +
          `, ${unchanged} unchanged, ${stale.size} removed`,
      );

      // Dev server: keep entries in step with the files.
      const { watcher } = context;
      if (!watcher) return;
      watcher.add(directory);
      const inside = (path: string): string | undefined => {
        const rel = relative(directory, path);
        return rel.startsWith('..') || isAbsolute(rel) || !rel.endsWith('.mdx') ? undefined : rel;
      };
      const onChange = (path: string): void => {
        const rel = inside(path);
        if (rel) sync(rel).catch((error: Error) => logger.error(error.message));
      };
      watcher.on('add', onChange);
      watcher.on('change', onChange);
      watcher.on('unlink', (path) => {
        const rel = inside(path);
        if (rel) store.delete(entryId(rel));
      });
    },
  };
}

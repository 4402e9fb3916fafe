/**
 * Content loaders for the two collections, fed by the site manifest.
 *
 * Why not `glob()` + @astrojs/mdx: that bundles one JS module per MDX entry,
 * which does not scale to 75 000 items (30 000 entries measured 206 s, 10 GB).
 * Here an entry's data is taken from the manifest as convert wrote it (it was
 * validated against the same zod schema there and again when the build read
 * the manifest), and an item's MDX body is rendered to HTML once, on worker
 * threads (render-pool.ts), and stored as `rendered.html`, which
 * `render(entry)` turns into `<Content />` without bundling anything.
 *
 * Incremental: an entry's digest is the manifest's digest of its file and the
 * code key of the site (src/site/code-version.ts). Astro persists the store
 * between builds, so an entry whose file and code are unchanged is not read
 * again, and a change to the renderer, a component or a UI string renders
 * every entry again: cached HTML is never older than the code.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { createRenderPool, type RenderWords } from './render-pool.ts';
import { t } from '../utils/i18n.ts';
import { eachLimited } from '../utils/each-limited.ts';
import { reportLoaderProblem } from '../site/problems.ts';
import { contentDigest } from '../manifest/entries.ts';
import { manifestPath } from '../manifest/file.ts';
import type { SiteManifest } from '../manifest/schema.ts';
import type { ReferatBuildSettings } from '../site/integration.ts';

export interface ManifestCollectionOptions {
  settings: ReferatBuildSettings;
  collection: 'meetings' | 'items';
  /** Files rendered at once. @default 32 */
  concurrency?: number;
}

/** One parse of the manifest for both collections of a build. */
const manifests = new Map<string, SiteManifest>();
function manifestOf(contentDir: string): SiteManifest {
  const path = manifestPath(contentDir);
  const info = statSync(path);
  const key = `${path}\0${info.size}\0${info.mtimeMs}`;
  let manifest = manifests.get(key);
  if (!manifest) {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as SiteManifest;
    manifests.clear();
    manifests.set(key, manifest);
  }
  return manifest;
}

interface Entry {
  id: string;
  file: string;
  digest: string;
  data: Record<string, unknown>;
}

function entriesOf(manifest: SiteManifest, collection: 'meetings' | 'items', only: ReadonlySet<string> | undefined): Entry[] {
  const meetings = Object.values(manifest.meetings);
  const entries: Entry[] = collection === 'meetings' ? meetings : meetings.flatMap((meeting) => meeting.items);
  return only ? entries.filter((entry) => only.has(entry.id)) : entries;
}

export function manifestCollection(options: ManifestCollectionOptions): Loader {
  const { settings, collection } = options;
  return {
    name: `referat-${collection}`,
    async load(context: LoaderContext): Promise<void> {
      const { store, logger, config } = context;
      const root = fileURLToPath(config.root);
      const render = collection === 'items';
      const only = render && settings.selection ? new Set(settings.selection.items) : undefined;
      const entries = entriesOf(manifestOf(settings.contentDir), collection, only);

      let rendered = 0;
      let unchanged = 0;
      const words: RenderWords = { labels: { decision: t('mdx.decision'), attachments: t('mdx.attachments') }, tableLabel: t('table.scrollLabel') };
      const warn = (text: string): void => logger.warn(text);
      const stale = new Set(store.keys());
      const renderer = createRenderPool(words, render ? entries.length : 0, warn);
      try {
        await eachLimited(entries, options.concurrency ?? 32, async (entry) => {
          stale.delete(entry.id);
          const digest = `${entry.digest}.${settings.codeKey}`;
          if (store.get(entry.id)?.digest === digest) {
            unchanged += 1;
            return;
          }
          const filePath = join(settings.contentDir, entry.file);
          let html: string | undefined;
          if (render) {
            try {
              const contents = await readFile(filePath, 'utf8');
              if (contentDigest(contents) !== entry.digest) logger.warn(`${filePath}: changed since \`referat convert\` wrote it; its page shows the file, its frontmatter and search text are the manifest's`);
              html = await renderer.run(contents);
              rendered += 1;
            } catch (error) {
              // One bad file is left out (its entry too, so it is tried again next build); the others load.
              store.delete(entry.id);
              const message = `Could not render: ${(error as Error).message}`;
              if (!reportLoaderProblem({ filePath, message })) logger.error(`${filePath}: ${message}`);
              return;
            }
          }
          store.set({
            id: entry.id,
            data: entry.data,
            digest,
            filePath: relative(root, filePath).split(sep).join('/'),
            ...(html === undefined ? {} : { rendered: { html } }),
          });
        });
      } finally {
        await renderer.close();
      }
      for (const id of stale) store.delete(id);
      logger.info(`${entries.length} ${collection}: ${entries.length - unchanged} loaded${render ? ` (${rendered} rendered)` : ''}, ${unchanged} unchanged, ${stale.size} removed`);
    },
  };
}

/**
 * Content loaders for the two collections, fed by the site manifest.
 *
 * Why not `glob()` + @astrojs/mdx: that bundles one JS module per MDX entry,
 * which does not scale to 75 000 items (30 000 entries measured 206 s, 10 GB).
 * Here an entry's data is taken from the manifest as convert wrote it (it was
 * validated against the same zod schema there and again when the build read
 * the manifest). An item's body is the HTML convert rendered from the tree
 * its MDX was written from (src/mdx/render-tree.ts); the loader checks that
 * its body file has it (an item without one is left out and named), and the
 * item page reads it from there (src/site/routing.ts `itemBody`). The store
 * keeps no HTML (at 75 000 items it held 441 MB of it, in memory and in one
 * data-store.json), and of the frontmatter only the store schemas' fields.
 *
 * Incremental: an entry's digest is the manifest's digest of its file and the
 * code key of the site (src/site/code-version.ts). Astro persists the store
 * between builds, so an entry whose file and code are unchanged is not read
 * again.
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { eachLimited } from '../utils/each-limited.ts';
import { reportLoaderProblem } from '../site/problems.ts';
import { bodyReader } from '../manifest/bodies.ts';
import { handedManifest } from '../manifest/handoff.ts';
import type { SiteManifest } from '../manifest/schema.ts';
import { itemStoreSchema, meetingStoreSchema } from '../model/schema.ts';
import type { ReferatBuildSettings } from '../site/integration.ts';

export interface ManifestCollectionOptions {
  settings: ReferatBuildSettings;
  collection: 'meetings' | 'items';
  /** Files rendered at once. @default 32 */
  concurrency?: number;
}

/** One parse of the manifest for every collection of a build (content.config.ts's site pages too), or none: the build hands its own over. */
export function manifestOf(contentDir: string): SiteManifest {
  return handedManifest(contentDir).manifest;
}

interface Entry {
  id: string;
  file: string;
  digest: string;
  data: Record<string, unknown>;
  /** Items: the body file that holds its HTML. */
  bodyFile?: string;
}

const storeKeys = { meetings: Object.keys(meetingStoreSchema.shape), items: Object.keys(itemStoreSchema.shape) };

/** An entry's store data: the keys of its collection's store schema, taken from its (already validated) frontmatter. */
function storeData(collection: 'meetings' | 'items', data: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key of storeKeys[collection]) if (data[key] !== undefined) kept[key] = data[key];
  return kept;
}

function entriesOf(manifest: SiteManifest, collection: 'meetings' | 'items', only: ReadonlySet<string> | undefined): Entry[] {
  const meetings = Object.values(manifest.meetings);
  const entries: Entry[] =
    collection === 'meetings'
      ? meetings.map((meeting) => ({ ...meeting, data: storeData('meetings', meeting.data) }))
      : meetings.flatMap((meeting) => meeting.items.map((item) => ({ ...item, data: storeData('items', item.data), bodyFile: meeting.bodies.file })));
  return only ? entries.filter((entry) => only.has(entry.id)) : entries;
}

export function manifestCollection(options: ManifestCollectionOptions): Loader {
  const { settings, collection } = options;
  return {
    name: `referat-${collection}`,
    async load(context: LoaderContext): Promise<void> {
      const { store, logger, config } = context;
      const root = fileURLToPath(config.root);
      const checkBodies = collection === 'items';
      // A partial build's store holds the entries of the pages it renders (its own store, src/site/build-site.ts).
      const only = settings.selection ? new Set(checkBodies ? settings.selection.items : settings.selection.meetings) : undefined;
      const entries = entriesOf(manifestOf(settings.contentDir), collection, only);

      let rendered = 0;
      let unchanged = 0;
      const stale = new Set(store.keys());
      const read = bodyReader(settings.contentDir);
      {
        await eachLimited(entries, options.concurrency ?? 32, async (entry) => {
          stale.delete(entry.id);
          const digest = `${entry.digest}.${settings.codeKey}`;
          if (store.get(entry.id)?.digest === digest) {
            unchanged += 1;
            return;
          }
          const filePath = join(settings.contentDir, entry.file);
          if (checkBodies) {
            try {
              const body = (await read(entry.bodyFile!)).items[entry.id];
              if (body === undefined) throw new Error(`no body for ${entry.id} in ${entry.bodyFile}`);
              rendered += 1;
            } catch (error) {
              // One bad file is left out (its entry too, so it is tried again next build); the others load.
              store.delete(entry.id);
              const message = `Could not read the rendered body: ${(error as Error).message}`;
              if (!reportLoaderProblem({ filePath, message })) logger.error(`${filePath}: ${message}`);
              return;
            }
          }
          store.set({
            id: entry.id,
            data: entry.data,
            digest,
            filePath: relative(root, filePath).split(sep).join('/'),
          });
        });
      }
      for (const id of stale) store.delete(id);
      logger.info(`${entries.length} ${collection}: ${entries.length - unchanged} loaded${checkBodies ? ` (${rendered} bodies checked)` : ''}, ${unchanged} unchanged, ${stale.size} removed`);
    },
  };
}

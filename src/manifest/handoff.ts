/**
 * The manifest the build read, handed to the Astro side of the same process.
 *
 * `referat build` reads and validates the manifest and computes every route
 * before it starts Astro; the content loaders and the pages' routing run in
 * Vite's module graph, a second copy of our modules, and would parse the same
 * file again (75 MB at 75 000 items, twice). The handoff lives on
 * `globalThis` because that is what both copies share; it is keyed by the
 * file's path, size and mtime, so a changed or other manifest is read afresh.
 * `astro dev` and `astro build` without `referat build` find nothing here and
 * read the file themselves.
 */
import { readFileSync, statSync } from 'node:fs';
import { manifestPath } from './file.ts';
import type { SiteManifest } from './schema.ts';
import type { SiteRoutes } from '../site/routes.ts';

interface Handoff {
  key: string;
  manifest: SiteManifest;
  /** The routes of this manifest under the build's municipality table (src/site/routes.ts). */
  routes?: SiteRoutes;
}

const slot = Symbol.for('referat.manifest-handoff');
type Shared = typeof globalThis & { [slot]?: Handoff };

function keyOf(contentDir: string): string {
  const path = manifestPath(contentDir);
  const info = statSync(path);
  return `${path}\0${info.size}\0${info.mtimeMs}`;
}

/** Called by the build once the manifest is validated (and its routes computed). */
export function handOffManifest(contentDir: string, manifest: SiteManifest, routes?: SiteRoutes): void {
  (globalThis as Shared)[slot] = { key: keyOf(contentDir), manifest, ...(routes ? { routes } : {}) };
}

/** The manifest of `contentDir`: the build's copy if it is still the file on disk, else the file read once (not validated again). */
export function handedManifest(contentDir: string): Handoff {
  const key = keyOf(contentDir);
  const shared = (globalThis as Shared)[slot];
  if (shared?.key === key) return shared;
  const handoff: Handoff = { key, manifest: JSON.parse(readFileSync(manifestPath(contentDir), 'utf8')) as SiteManifest };
  (globalThis as Shared)[slot] = handoff;
  return handoff;
}

/**
 * The pages' side of src/site/routes.ts: the routes of this build, read once
 * from the manifest named by the build settings and memoized, so every
 * page's getStaticPaths shares them. A partial build (its `selection`)
 * returns only the pages it renders.
 */
import { getCollection } from 'astro:content';
import settings from 'virtual:referat/build';
import { handedManifest } from '../manifest/handoff.ts';
import { bodyReader } from '../manifest/bodies.ts';
import type { RenderedBody } from '../mdx/render-tree.ts';
import { siteRoutes, type ItemPage, type SiteRoutes } from './routes.ts';
import { municipalityTable } from '../model/municipalities.ts';

let routes: SiteRoutes | undefined;

/**
 * All routes: those the build computed before starting Astro (build-site.ts validated the manifest, so it is not checked
 * again here), else computed from the manifest.
 */
export function getRoutes(): SiteRoutes {
  if (routes) return routes;
  const handoff = handedManifest(settings.contentDir);
  routes = handoff.routes ?? siteRoutes(handoff.manifest, municipalityTable(settings.config.municipalities));
  return routes;
}

const selected = <T extends { path: string }>(pages: readonly T[]): T[] => {
  const only = settings.selection && new Set(settings.selection.routes);
  return only ? pages.filter((page) => only.has(page.path)) : [...pages];
};

const staticPath = <T extends { params: unknown; props: unknown }>({ params, props }: T) => ({ params, props }) as Pick<T, 'params' | 'props'>;

const readBody = bodyReader(settings.contentDir);

/**
 * An item's body as convert rendered it, read from its meeting's body file when the page renders (pages come in path
 * order, so a meeting's items share one read), not from Astro's content store: keeping every item's HTML there
 * held the whole archive in memory and wrote it to one data-store.json (441 MB at 75 000 items).
 */
export async function itemBody(props: ItemPage['props']): Promise<RenderedBody> {
  const body = (await readBody(props.body.file)).items[props.id];
  // The loader read this file and left the item out if its body was missing (itemPaths lists only loaded items).
  if (!body) throw new Error(`${props.body.file}: no body for ${props.id}`);
  return body;
}

export const municipalityPaths = () => selected(getRoutes().municipalities).map(staticPath);
export const committeePaths = () => selected(getRoutes().committees).map(staticPath);
export const sitePagePaths = () => selected(getRoutes().pages).map(staticPath);
export const meetingPaths = () => selected(getRoutes().meetings).map(staticPath);

/** Item pages whose entry the loader could render (a file it left out has no page; the build names it). */
export async function itemPaths() {
  const pages = selected(getRoutes().items);
  // A partial build without item pages has an empty collection: Astro would warn of it.
  if (pages.length === 0) return [];
  const loaded = new Set((await getCollection('items')).map((entry) => entry.id));
  return pages.filter((page) => loaded.has(page.props.id)).map(staticPath);
}

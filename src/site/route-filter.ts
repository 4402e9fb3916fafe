/**
 * Partial builds (issue 5): which dynamic routes this Astro build renders.
 *
 * `buildSite` decides which pages an incremental build must render again and
 * writes them to a JSON file named by REFERAT_ROUTES (`{ routes: string[],
 * items: string[] }`: site paths without base, and item content ids). Every
 * page's getStaticPaths passes its routes through `selectRoutes`; without the
 * variable (a full build, `astro dev`) all routes are kept. Restricting
 * getStaticPaths, not the set of page modules, keeps the bundle — and so the
 * hashed assets every page links to — the same as in a full build.
 */
import { readFileSync } from 'node:fs';

export interface RouteSelection {
  /** Site paths (without base) to render, e.g. "/roskilde/oekonomiudvalget/". */
  routes: string[];
  /** Content ids of the items whose pages are rendered; the items loader loads only these. */
  items: string[];
}

export const ROUTES_ENV = 'REFERAT_ROUTES';

/**
 * The selection of this build, or undefined for a full build. Read on every
 * call (a few times per build): one process may run several builds, and the
 * file is rewritten between them.
 */
export function routeSelection(): { routes: Set<string>; items: Set<string> } | undefined {
  const file = process.env[ROUTES_ENV] || undefined;
  if (!file) return undefined;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as RouteSelection;
  return { routes: new Set(parsed.routes), items: new Set(parsed.items) };
}

/** Keeps the routes whose site path is selected (all of them in a full build). */
export function selectRoutes<T>(routes: readonly T[], pathOf: (route: T) => string): T[] {
  const selection = routeSelection();
  return selection ? routes.filter((route) => selection.routes.has(pathOf(route))) : [...routes];
}

/**
 * The dependency map of an incremental build (issue 5): every dynamic page's
 * site path with a fingerprint of everything it is rendered from.
 *
 * A page is a pure function of the site code and its getStaticPaths props,
 * and those props are computed by src/utils/route-data.ts from the meetings'
 * frontmatter (listings, pagers, breadcrumbs) and, for an item page, its own
 * file. So the fingerprint of a page is a hash of its route data (and, for
 * items, the digest of the item file): when a meeting is added, its own pages,
 * its neighbours' pagers, its committee and municipality change fingerprint,
 * and nothing else. The same functions build the props inside Astro, so the
 * map cannot drift from what the pages actually show.
 *
 * Pure: the content scan (src/site/content-scan.ts) supplies the records.
 */
import { createHash } from 'node:crypto';
import type { ItemFrontmatter } from '../model/schema.ts';
import { buildSiteIndex, itemRoute, type MeetingRecord, type SiteIndex } from '../utils/route-data.ts';

/** What routing needs of an item: its meeting key, number and which item of that number it is. */
export type ItemKey = Pick<ItemFrontmatter, 'municipality' | 'committee' | 'date' | 'number' | 'occurrence'>;

export interface ItemFile {
  /** Content id, e.g. "roskilde/oekonomiudvalget/2021-03-02/04-budget". */
  id: string;
  /** Digest of the whole file (frontmatter and body). */
  digest: string;
  data: ItemKey;
}

export interface RoutePlan {
  /** Site path → fingerprint, for every page with getStaticPaths. */
  routes: Record<string, string>;
  /** Item page path → item content id. */
  items: Record<string, string>;
}

function fingerprint(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}

export function planRoutes(meetings: readonly MeetingRecord[], items: readonly ItemFile[], site: SiteIndex = buildSiteIndex(meetings)): RoutePlan {
  const routes: Record<string, string> = {};
  const itemIds: Record<string, string> = {};
  for (const municipality of site.municipalities) routes[municipality.path] = fingerprint('municipality', municipality);
  for (const committee of site.committees.values()) routes[committee.path] = fingerprint('committee', committee);
  for (const route of site.routes.values()) routes[route.summary.path] = fingerprint('meeting', route);
  for (const item of items) {
    const route = itemRoute(site, { id: item.id, data: item.data as ItemFrontmatter });
    routes[route.path] = fingerprint('item', item.digest, route);
    itemIds[route.path] = item.id;
  }
  return { routes, items: itemIds };
}

export interface PlanDiff {
  /** Paths that are new or whose fingerprint changed, sorted. */
  render: string[];
  /** Paths of the previous build that no longer exist, sorted. */
  remove: string[];
}

export function diffPlans(previous: RoutePlan, next: RoutePlan): PlanDiff {
  const render = Object.keys(next.routes).filter((path) => previous.routes[path] !== next.routes[path]);
  const remove = Object.keys(previous.routes).filter((path) => !(path in next.routes));
  return { render: render.sort(), remove: remove.sort() };
}

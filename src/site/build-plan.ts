/**
 * The dependency map of an incremental build: every dynamic page's site path
 * with a fingerprint of everything it is rendered from.
 *
 * A page is a pure function of the site code, the settings and its props, and
 * the props are computed once for all pages by src/site/routes.ts from the
 * manifest. So a page's fingerprint is a hash of the code key
 * (code-version.ts, which covers code, dependencies and settings) and its
 * props. An item page's props are made from its meeting's part of the routes
 * (routes.ts `itemPageProps`: summary, committee, agenda, neighbours) and its
 * item's data, so those are hashed instead: the meeting's part once for all
 * its items, and for the item the digest of its meeting's manifest entry
 * (file.ts `meetingDigests`), which holds every item's data and the digest of
 * its MDX file: hashing the entry's line once is a fraction of serialising
 * 75 000 items' data again. An item whose meeting's entry changed is
 * rendered again with its meeting's other items. When a meeting is added,
 * its own pages, its neighbours' pagers, its committee and municipality change
 * fingerprint, and nothing else; when the code changes, every page does.
 *
 * Pure.
 */
import { hash } from 'node:crypto';
import type { SiteRoutes } from './routes.ts';

export interface RoutePlan {
  /** Site path → fingerprint, for every page with getStaticPaths. */
  routes: Record<string, string>;
  /** Item page path → item content id. */
  items: Record<string, string>;
}

export function fingerprint(...parts: unknown[]): string {
  // One-shot: a Hash object per page (80 000 at 75 000 items) costs more than the hashing.
  return hash('sha256', JSON.stringify(parts), 'base64url').slice(0, 22);
}

/** `digests`: of each item, by item id, the digest of its meeting's manifest entry; of each site page, by `page:<slug>`, its file's. */
export function planRoutes(site: SiteRoutes, codeKey: string, digests: ReadonlyMap<string, string>): RoutePlan {
  const routes: Record<string, string> = {};
  const items: Record<string, string> = {};
  for (const page of site.pages) routes[page.path] = fingerprint(codeKey, 'page', digests.get(`page:${page.props.slug}`), page.props);
  for (const page of site.municipalities) routes[page.path] = fingerprint(codeKey, 'municipality', page.props);
  for (const page of site.committees) routes[page.path] = fingerprint(codeKey, 'committee', page.props);
  for (const page of site.meetings) routes[page.path] = fingerprint(codeKey, 'meeting', page.props);
  const contexts = new Map<object, string>();
  for (const page of site.items) {
    const { context, id } = page.input;
    let shared = contexts.get(context);
    if (shared === undefined) contexts.set(context, (shared = fingerprint(context)));
    routes[page.path] = fingerprint(codeKey, 'item', digests.get(id), shared, id);
    items[page.path] = page.props.id;
  }
  return { routes, items };
}

export interface PlanDiff {
  /** Paths that are new or whose fingerprint changed, sorted. */
  render: string[];
  /** Paths of the previous build that no longer exist, sorted. */
  remove: string[];
}

/** Compares two plans' fingerprints (`RoutePlan['routes']`). */
export function diffPlans(previous: RoutePlan['routes'], next: RoutePlan['routes']): PlanDiff {
  const render = Object.keys(next).filter((path) => previous[path] !== next[path]);
  const remove = Object.keys(previous).filter((path) => !(path in next));
  return { render: render.sort(), remove: remove.sort() };
}

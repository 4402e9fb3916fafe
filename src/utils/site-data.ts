/**
 * The one place pages read the meetings collection. Memoized per build, so
 * every route's getStaticPaths shares one grouped, sorted index.
 */
import { getCollection } from 'astro:content';
import { buildSiteIndex, type SiteIndex } from './route-data.ts';

let index: Promise<SiteIndex> | undefined;

export function getSiteIndex(): Promise<SiteIndex> {
  index ??= getCollection('meetings').then((meetings) => buildSiteIndex(meetings));
  return index;
}

/**
 * Links of this build, from its settings (src/site/integration.ts). Not from
 * `import.meta.env.BASE_URL`: in a prerendered page Astro lets a `BASE_URL`
 * environment variable of the shell override it, so a CI job that happens to
 * set one broke every link of the site while its assets kept the right base.
 */
import settings from 'virtual:referat/build';
import { absoluteUrl, joinBase, normalizeBase } from '../utils/url.ts';

/** The base path, with one leading and one trailing slash. */
export const base = normalizeBase(settings.base);

/** Link to a site path ("/roskilde/" or "soeg/") under the base. */
export function href(path: string): string {
  return joinBase(base, path);
}

/** Absolute URL of a site path, or undefined when the build has no public `site`. */
export function publicUrl(path: string): string | undefined {
  return absoluteUrl(settings.site ?? undefined, base, path);
}

/** The address a page names another by in its data (JSON-LD): absolute with a public `site`, else the path with the base. */
export function pageUrl(path: string): string {
  return publicUrl(path) ?? href(path);
}

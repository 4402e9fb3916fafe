/**
 * URL arithmetic for a site served under a base path (e.g. `/referater/`) or
 * at the root. Pages link through src/site/links.ts, which applies it with
 * this build's settings.
 */

/** `base` with exactly one leading and one trailing slash. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Joins a site path ("/roskilde/" or "soeg/") onto the base: "/referater/roskilde/". */
export function joinBase(base: string, path: string): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** Absolute URL of a site path, or undefined when no public `site` is configured. */
export function absoluteUrl(site: URL | string | undefined, base: string, path: string): string | undefined {
  if (!site) return undefined;
  return new URL(joinBase(base, path), site).href;
}

/**
 * The HTTP headers a Referat site should be served with, one definition for
 * the `_headers` file the build writes (Netlify / Cloudflare Pages syntax)
 * and for `referat serve`:
 *
 * - Hashed assets (`_astro/`) and Pagefind's content-addressed index files
 *   never change under their name: cached for a year, immutable.
 * - Everything else (pages, `pagefind.js`, a period's entry file,
 *   `periods.json`, feeds, documents) is revalidated, so a new meeting is
 *   seen at once.
 * - A Content-Security-Policy the site passes: no inline script or style, no
 *   third-party origin; Pagefind's WebAssembly needs 'wasm-unsafe-eval'.
 * - OParl's JSON (`oparl/`) as UTF-8 JSON that any web page may fetch: the
 *   spec requires `Access-Control-Allow-Origin: *` on every JSON response.
 * - Atom feeds as `application/atom+xml`: a host names `.xml` files
 *   `application/xml`, which some feed readers and browsers do not take for
 *   a feed (the sitemaps keep that type).
 */
import { feedPath } from '../open-data/paths.ts';

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const immutable = 'public, max-age=31536000, immutable';
const revalidate = 'public, max-age=0, must-revalidate';

const everyResponse: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** Pagefind's chunks, named by their content hash (its entry file, metadata and WebAssembly keep their names: revalidated). */
const pagefindHashed = /^pagefind\/[^/]+\/(fragment|index|filter)\//;

/** OParl's files (src/open-data/oparl/): read by other sites' scripts too. */
const oparlCors: Readonly<Record<string, string>> = { 'Access-Control-Allow-Origin': '*' };

/** "feed.xml": every feed of the site has this name (the whole site's, a municipality's, a committee's). */
const feedName = feedPath('/').slice(1);
const feedType: Readonly<Record<string, string>> = { 'Content-Type': 'application/atom+xml; charset=utf-8' };
const isFeed = (file: string): boolean => file === feedName || file.endsWith(`/${feedName}`);

/**
 * The headers of one file of the site, by its path below the base ("_astro/x.css", "roskilde/index.html"). A
 * `Content-Type` here is the one to send instead of the type a server takes from the file's extension.
 */
export function headersFor(file: string): Record<string, string> {
  const cache = file.startsWith('_astro/') || pagefindHashed.test(file) ? immutable : revalidate;
  return { ...everyResponse, 'Cache-Control': cache, ...(file.startsWith('oparl/') ? oparlCors : {}), ...(isFeed(file) ? feedType : {}) };
}

/**
 * `_headers` for a site under `base`: the rules a static host applies in
 * order (later rules add to earlier ones on Netlify and Cloudflare Pages).
 */
export function headersFile(base: string): string {
  const rules: [string, Record<string, string>][] = [
    [`${base}*`, { ...everyResponse, 'Cache-Control': revalidate }],
    [`${base}_astro/*`, { 'Cache-Control': immutable }],
    [`${base}pagefind/*/fragment/*`, { 'Cache-Control': immutable }],
    [`${base}pagefind/*/index/*`, { 'Cache-Control': immutable }],
    [`${base}pagefind/*/filter/*`, { 'Cache-Control': immutable }],
    // `referat serve` sets the type of every file from its name; a host may send JSON without its charset.
    [`${base}oparl/*`, { 'Content-Type': 'application/json; charset=utf-8', ...oparlCors }],
    [`${base}${feedName}`, feedType],
    [`${base}*/${feedName}`, feedType],
  ];
  return `${rules.map(([path, headers]) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n')}\n`;
}

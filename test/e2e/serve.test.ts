/**
 * Issue 12, point 4: `referat serve` serves the seed site as a CDN should:
 * hashed assets immutable, pages revalidated, the 404 page for misses, the
 * base path, and a Content-Security-Policy that no page of the site violates
 * in Chromium (searching included: Pagefind's WebAssembly runs under it).
 * The build writes the same rules as `_headers`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveSite } from '../../src/cli/commands/serve.ts';
import type { StaticServer } from '../../src/utils/static-server.ts';
import { contentSecurityPolicy } from '../../src/site/headers.ts';
import { closeBrowser, context, pages, siteBase } from './site.ts';

let server: StaticServer;
const lines: string[] = [];

beforeAll(async () => {
  const served = await serveSite({ dir: inject('siteDir'), base: siteBase, port: 0, host: '127.0.0.1' }, { out: () => {}, err: (line) => lines.push(line) });
  if (typeof served === 'number') throw new Error(lines.join('\n'));
  server = served;
});

afterAll(async () => {
  await closeBrowser();
  await server?.close();
});

const get = (path: string) => fetch(new URL(path.replace(/^\//, ''), server.url));

describe('referat serve', () => {
  it('says where it serves', () => {
    expect(lines).toEqual([`serve: ${inject('siteDir')} at ${server.url} (Ctrl-C stops)`]);
  });

  it('sends pages revalidated and hashed assets immutable, each with the policy', async () => {
    const page = await get(pages.item);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const css = /href="([^"]+\/_astro\/[^"]+\.css)"/.exec(await page.text())![1]!;
    const asset = await fetch(new URL(css, server.origin));
    expect([asset.status, asset.headers.get('cache-control')]).toEqual([200, 'public, max-age=31536000, immutable']);
    const periods = await get('/pagefind/periods.json');
    expect(periods.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  it('sends feeds as Atom, gzipped, and sitemaps as plain XML', async () => {
    const gzip = { headers: { 'accept-encoding': 'gzip' } };
    for (const path of ['/feed.xml', '/roskilde/feed.xml']) {
      const feed = await fetch(new URL(path.replace(/^\//, ''), server.url), gzip);
      expect([path, feed.status, feed.headers.get('content-type'), feed.headers.get('content-encoding')]).toEqual([path, 200, 'application/atom+xml; charset=utf-8', 'gzip']);
      expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    }
    expect((await get('/sitemap-index.xml')).headers.get('content-type')).toBe('application/xml; charset=utf-8');
  });

  it('answers a miss with the 404 page, and nothing outside the base', async () => {
    const miss = await get('/roskilde/findes-ikke/');
    expect(miss.status).toBe(404);
    expect(await miss.text()).toContain('<h1');
    expect((await fetch(new URL('/andet/', server.origin))).status).toBe(404);
  });

  it('serves pages and search that break no rule of the policy in Chromium', async () => {
    const { context: light } = await context('light');
    const violations: string[] = [];
    for (const path of [pages.front, pages.meeting, pages.item, `${pages.search}?q=borgere`]) {
      const page = await light.newPage();
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => console.error(`csp: ${event.violatedDirective} ${event.blockedURI}`));
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && /csp:|Content Security Policy/.test(message.text())) violations.push(`${path}: ${message.text()}`);
      });
      await page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'networkidle' });
      if (path.includes('?q=')) await expect.poll(async () => page.locator('[data-results] > li').count()).toBeGreaterThan(0);
      await page.close();
    }
    expect(violations).toEqual([]);
  });
});

describe('the build', () => {
  it('writes the same rules as _headers', () => {
    const file = readFileSync(join(inject('siteDir'), '_headers'), 'utf8');
    expect(file.split('\n').slice(0, 2)).toEqual([`${siteBase}*`, `  Content-Security-Policy: ${contentSecurityPolicy}`]);
    expect(file).toContain(`${siteBase}_astro/*\n  Cache-Control: public, max-age=31536000, immutable`);
    expect(file).toContain(`${siteBase}feed.xml\n  Content-Type: application/atom+xml; charset=utf-8\n${siteBase}*/feed.xml\n  Content-Type: application/atom+xml; charset=utf-8\n`);
  });
});

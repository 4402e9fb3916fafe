/**
 * Crawls the whole seed site from /referater/ in Chromium: every internal
 * link and resource resolves, every one respects the base path, and no page
 * reaches beyond the loopback interface.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isLoopback } from '../support/browser.ts';
import { closeBrowser, context, pages, siteBase, siteOrigin, url } from './site.ts';

afterAll(closeBrowser);

interface Reference {
  /** The page it was found on (absolute URL). */
  from: string;
  /** `a`, `link[rel=…]`, `script` or `img`. */
  element: string;
  /** The attribute exactly as written. */
  raw: string;
  /** Resolved against the page. */
  resolved: string;
}

interface CrawlResult {
  /** Pages visited (absolute URLs without fragment) and their HTTP status. */
  pages: Map<string, number>;
  references: Reference[];
  /** Non-loopback requests, "page → url". */
  external: string[];
  /** Fragment links whose target id is missing on the page, "page → #id". */
  missingFragments: string[];
  /** Resource URLs (css, js, svg…) and their HTTP status. */
  resources: Map<string, number>;
  /** Requests the pages made themselves (e.g. the search page's Pagefind bundle) that failed, "status url". */
  failedRequests: string[];
}

const crawl: Partial<CrawlResult> = {};

async function crawlSite(): Promise<CrawlResult> {
  const start = url('/');
  const origin = new URL(start).origin;
  const { context: ctx, externalRequests } = await context('light');
  const page = await ctx.newPage();
  const result: CrawlResult = { pages: new Map(), references: [], external: [], missingFragments: [], resources: new Map(), failedRequests: [] };
  let current = start;
  page.on('request', (request) => {
    if (!isLoopback(request.url()) && !request.url().startsWith('data:')) result.external.push(`${current} → ${request.url()}`);
  });

  page.on('response', (response) => {
    if (response.status() >= 400) result.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // Moving on to the next page cancels what is still loading (often the favicon); statuses are checked above and below.
    if (reason !== 'net::ERR_ABORTED') result.failedRequests.push(`${reason} ${request.url()}`);
  });

  const queue = [start];
  const seen = new Set(queue);
  while (queue.length > 0) {
    current = queue.shift()!;
    // Static pages are done at "load"; only the search page's script fetches more afterwards.
    const response = await page.goto(current, { waitUntil: 'load' });
    if (await page.locator('script').count()) await page.waitForLoadState('networkidle');
    result.pages.set(current, response?.status() ?? 0);
    if (!response?.ok() || !(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;

    const found = await page.evaluate(() => {
      const refs: { element: string; raw: string; resolved: string }[] = [];
      const pick = (selector: string, attribute: string, name: (el: Element) => string) => {
        for (const el of document.querySelectorAll(selector)) {
          const raw = el.getAttribute(attribute) ?? '';
          refs.push({ element: name(el), raw, resolved: new URL(raw, document.baseURI).href });
        }
      };
      pick('a[href]', 'href', () => 'a');
      pick('link[href]', 'href', (el) => `link[rel=${el.getAttribute('rel') ?? ''}]`);
      pick('script[src]', 'src', () => 'script');
      pick('img[src]', 'src', () => 'img');
      const missing = [...document.querySelectorAll('a[href^="#"]')]
        .map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)))
        .filter((id) => id !== '' && !document.getElementById(id));
      return { refs, missing };
    });
    result.missingFragments.push(...found.missing.map((id) => `${current} → #${id}`));

    for (const ref of found.refs) {
      result.references.push({ from: current, ...ref });
      const target = new URL(ref.resolved);
      if (target.origin !== origin) continue;
      target.hash = '';
      const key = target.href;
      // Feeds and calendars are files to fetch, not pages: Chromium would download a calendar.
      const isPage = ref.element === 'a' && !/\.(xml|ics)$/.test(target.pathname);
      if (isPage && !seen.has(key)) {
        seen.add(key);
        queue.push(key);
      } else if (!isPage && !result.resources.has(key)) {
        result.resources.set(key, (await fetch(key)).status);
      }
    }
  }
  result.external.push(...externalRequests.map((u) => `(blocked) ${u}`));
  await page.close();
  return result;
}

beforeAll(async () => {
  Object.assign(crawl, await crawlSite());
});

function done(): CrawlResult {
  if (!crawl.pages) throw new Error('crawl did not run');
  return crawl as CrawlResult;
}

describe('crawling the seed site from /referater/', () => {
  it('reaches every one of the 52 item pages and the 5 meeting pages', () => {
    const paths = [...done().pages.keys()].map((u) => new URL(u).pathname);
    const items = paths.filter((p) => /\/\d{4}-\d\d-\d\d\/punkt-\d+\/$/.test(p));
    const meetings = paths.filter((p) => /\/\d{4}-\d\d-\d\d\/$/.test(p));
    expect(items, items.join('\n')).toHaveLength(52);
    expect(meetings).toHaveLength(5);
    expect(paths).toContain(`${siteBase}soeg/`);
  });

  it('gets HTTP 200 for every page it follows', () => {
    const failed = [...done().pages].filter(([, status]) => status !== 200).map(([u, s]) => `${s} ${u}`);
    expect(failed).toEqual([]);
  });

  it('gets HTTP 200 for every stylesheet, script, icon and image the pages reference', () => {
    const resources = done().resources;
    expect(resources.size).toBeGreaterThan(0);
    const failed = [...resources].filter(([, status]) => status !== 200).map(([u, s]) => `${s} ${u}`);
    expect(failed).toEqual([]);
  });

  it('sees every request the pages make on their own succeed', () => {
    expect(done().failedRequests).toEqual([]);
  });

  it('finds every internal link written with the /referater/ base path', () => {
    const origin = new URL(url('/')).origin;
    const wrong = done()
      .references.filter((ref) => new URL(ref.resolved).origin === origin && !ref.raw.startsWith('#'))
      .filter((ref) => !ref.raw.startsWith(siteBase))
      .map((ref) => `${ref.from}: <${ref.element}> "${ref.raw}"`);
    expect([...new Set(wrong)]).toEqual([]);
  });

  it('finds the target of every in-page fragment link', () => {
    expect(done().missingFragments).toEqual([]);
  });

  it('sees canonical links only on the public site under /referater/', () => {
    const canonicals = done().references.filter((ref) => ref.element === 'link[rel=canonical]');
    expect(new Set(canonicals.map((ref) => ref.from)).size).toBe(done().pages.size);
    const wrong = canonicals.filter((ref) => !ref.raw.startsWith(`${siteOrigin}${siteBase}`)).map((ref) => `${ref.from}: ${ref.raw}`);
    expect(wrong).toEqual([]);
  });

  it('sees no page request anything from a non-loopback address', () => {
    expect(done().external).toEqual([]);
  });

  it('gets the styled 404 page for a miss deep under /referater/, with links and stylesheet that work from there', async () => {
    const { context: ctx } = await context('light');
    const page = await ctx.newPage();
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && r.url() !== url(`${pages.notFound}nested/deeper/`) && failed.push(`${r.status()} ${r.url()}`));
    const response = await page.goto(url(`${pages.notFound}nested/deeper/`));
    expect(response?.status()).toBe(404);
    const refs = await page.locator('a[href], link[href]').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
    expect(refs.filter((href) => !href.startsWith('#') && !href.startsWith(siteBase))).toEqual([]);
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(1);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('reaches every meeting and item page from the front page by plain links in the HTML, with no script run (as web archives crawl)', () => {
    const siteDir = inject('siteDir');
    const fileOf = (path: string): string | undefined => {
      const file = join(siteDir, path.slice(siteBase.length), path.endsWith('/') ? 'index.html' : '');
      return existsSync(file) ? file : undefined;
    };
    const seen = new Set([siteBase]);
    const queue = [siteBase];
    while (queue.length > 0) {
      const file = fileOf(queue.shift()!);
      if (!file?.endsWith('.html')) continue;
      const parser = new Parser({
        onopentag(name, attributes) {
          if (name !== 'a' || attributes.href === undefined) return;
          const target = new URL(attributes.href, `${siteOrigin}${siteBase}`);
          if (target.origin !== siteOrigin || !target.pathname.startsWith(siteBase) || seen.has(target.pathname)) return;
          seen.add(target.pathname);
          queue.push(target.pathname);
        },
      });
      parser.end(readFileSync(file, 'utf8'));
    }
    const reached = [...seen].filter((path) => fileOf(path));
    expect(reached.filter((path) => /\/\d{4}-\d\d-\d\d\/punkt-\d+\/$/.test(path))).toHaveLength(52);
    expect(reached.filter((path) => /\/\d{4}-\d\d-\d\d\/$/.test(path))).toHaveLength(5);
  });
});

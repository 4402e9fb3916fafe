/**
 * Issue 12, point 3: a page the municipality wrote in MDX is published inside
 * the site's layout with the site's components, linked from every page's
 * footer, found by search, and accessible.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openSitePage, pages, url } from './site.ts';
import { readResults, waitForResults } from '../../src/utils/search-page.ts';

afterAll(closeBrowser);

describe("the municipality's own page", () => {
  it('renders its MDX with <Note> and <Contact> inside the layout', async () => {
    const page = await openSitePage(pages.sitePage);
    expect(await page.title()).toBe('Om referaterne – Referater');
    expect(await page.locator('main h1').textContent()).toBe('Om referaterne');
    expect(await page.locator('main aside.note').getAttribute('aria-label')).toBe('Det officielle referat');
    expect(await page.locator('main address.contact a[href^="mailto:"]').textContent()).toBe('politik@example.dk');
    expect(await page.locator('header.site-header').count()).toBe(1);
    await page.close();
  });

  it('is linked from the footer of every page', async () => {
    for (const path of [pages.front, pages.item, pages.search]) {
      const page = await openSitePage(path);
      const links = await page.locator('footer nav a').evaluateAll((anchors) => anchors.map((a) => [a.textContent, (a as HTMLAnchorElement).pathname]));
      // The site's own pages first, then the accessibility statement (without a config: the /was/ page) and the Data page.
      expect(links, path).toEqual([['Om referaterne', '/referater/sider/om-referaterne/'], ['Tilgængelighedserklæring', '/referater/was/'], ['Data og abonnementer', '/referater/data/']]);
      await page.close();
    }
  });

  it('is found by search', async () => {
    const page = await openSitePage(`${pages.search}?q=${encodeURIComponent('underskrevne')}`);
    await waitForResults(page);
    const results = await readResults(page);
    expect(results.map((result) => [result.title, new URL(result.href, url('/')).pathname])).toEqual([['Om referaterne', '/referater/sider/om-referaterne/']]);
    await page.close();
  });
});

/**
 * The frame every page shares: one h1, a working skip link, landmarks,
 * Danish language, canonical links on the public site, no JavaScript outside
 * the search page, system fonts and a single stylesheet.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, context, pages, siteBase, siteOrigin, url } from './site.ts';

afterAll(closeBrowser);

const pageTypes: [name: string, path: string][] = [
  ['the front page', pages.front],
  ['a municipality page', pages.municipality],
  ['a committee page', pages.committee],
  ['a meeting page', pages.meeting],
  ['an item page', pages.item],
  ['an item page with tables', pages.bigTable],
  ['the closed item page', pages.closed],
  ['the search page', pages.search],
  ['the 404 page', pages.notFound],
];

/** Opens a page, recording the resource types it requests. */
async function open(path: string): Promise<{ page: Page; requestTypes: Map<string, string> }> {
  const { context: ctx } = await context('light');
  const page = await ctx.newPage();
  const requestTypes = new Map<string, string>();
  page.on('request', (request) => requestTypes.set(request.url(), request.resourceType()));
  await page.goto(url(path), { waitUntil: path === pages.search ? 'networkidle' : 'load' });
  // :focus styles apply only in the focused tab.
  await page.bringToFront();
  return { page, requestTypes };
}

describe.each(pageTypes)('%s', (name, path) => {
  it('has exactly one h1, and it is not empty', async () => {
    const { page } = await open(path);
    const h1s = await page.locator('h1').allTextContents();
    expect(h1s).toHaveLength(1);
    expect(h1s[0]!.trim()).not.toBe('');
    await page.close();
  });

  it('has the skip link as its first focusable element, and it moves focus to main', async () => {
    const { page } = await open(path);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement;
      return { tag: el?.tagName, href: el?.getAttribute('href'), text: el?.textContent?.trim() };
    });
    expect(first).toEqual({ tag: 'A', href: '#main', text: 'Gå til indhold' });
    // Visible once focused (Chromium may apply the :focus style a frame after the key press).
    await expect
      .poll(() => page.evaluate(() => {
        const box = document.activeElement!.getBoundingClientRect();
        return box.width > 1 && box.height > 1 && box.top >= 0 && box.bottom <= innerHeight;
      }))
      .toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName + '#' + document.activeElement?.id)).toBe('MAIN#main');
    // The next Tab continues inside main, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await page.close();
  });

  it('has the header, navigation, main and footer landmarks, one main, and lang="da"', async () => {
    const { page } = await open(path);
    const found = await page.evaluate(() => ({
      lang: document.documentElement.getAttribute('lang'),
      banner: document.querySelectorAll('body > header').length,
      nav: document.querySelectorAll('header nav[aria-label]').length,
      main: document.querySelectorAll('main').length,
      contentinfo: document.querySelectorAll('body > footer').length,
    }));
    expect(found).toEqual({ lang: 'da', banner: 1, nav: 1, main: 1, contentinfo: 1 });
    await page.close();
  });

  it('uses system fonts only (no @font-face, no font requests) and exactly one stylesheet', async () => {
    const { page, requestTypes } = await open(path);
    const styles = await page.evaluate(() => ({
      sheets: [...document.styleSheets].map((s) => s.href ?? 'inline <style>'),
      fontFaces: [...document.styleSheets].flatMap((s) => [...s.cssRules]).filter((r) => r instanceof CSSFontFaceRule).length,
    }));
    expect(styles.sheets).toHaveLength(1);
    expect(styles.sheets[0]).toContain(`${siteBase}_astro/`);
    expect(styles.fontFaces).toBe(0);
    expect([...requestTypes].filter(([, type]) => type === 'font')).toEqual([]);
    await page.close();
  });

  // Code only: the schema.org JSON-LD (a data block the browser never runs, test/e2e/open-data.test.ts) is no script here.
  const code = 'script:not([type="application/ld+json"])';
  if (path === pages.search) {
    it('is the one page with a script, and it is the search client from the site itself', async () => {
      const { page } = await open(path);
      const scripts = await page.locator(code).evaluateAll((els) => els.map((s) => s.getAttribute('src') ?? 'inline'));
      expect(scripts.length).toBeGreaterThan(0);
      for (const src of scripts) expect(src).toMatch(new RegExp(`^${siteBase}_astro/.+\\.js$`));
      await page.close();
    });
  } else if (path === pages.bigTable) {
    it('has one script, the external table module (no inline script)', async () => {
      const { page } = await open(path);
      const scripts = await page.locator(code).evaluateAll((els) => els.map((s) => s.getAttribute('src') ?? 'inline'));
      expect(scripts).toHaveLength(1);
      expect(scripts[0]).toMatch(new RegExp(`^${siteBase}_astro/.+\\.js$`));
      await page.close();
    });
  } else {
    it('has no script element but its JSON-LD', async () => {
      const { page } = await open(path);
      expect(await page.locator(code).count()).toBe(0);
      expect(await page.locator('script').count()).toBeLessThanOrEqual(1);
      await page.close();
    });
  }

  if (path === pages.notFound) {
    it('answers with HTTP 404 and the site frame', async () => {
      const { context: ctx } = await context('light');
      const page = await ctx.newPage();
      const response = await page.goto(url(path));
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toContain('Siden blev ikke fundet');
      await page.close();
    });
  } else {
    it('has a canonical link to the same page on https://referater.example.dk/referater/', async () => {
      const { page } = await open(path);
      const canonical = await page.locator('link[rel="canonical"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
      expect(canonical).toEqual([`${siteOrigin}${siteBase}${path.replace(/^\//, '')}`]);
      await page.close();
    });
  }
});

/**
 * Printing an item page: only the document, where it is from (municipality,
 * committee, meeting, address), and links that say where they go.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, context, meetings, pages, siteBase, siteOrigin, url } from './site.ts';

afterAll(closeBrowser);

async function openForPrint(path: string): Promise<Page> {
  const { context: ctx } = await context('light');
  const page = await ctx.newPage();
  await page.goto(url(path));
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** Whether the first element matching each selector is rendered ("shown"/"hidden"), or "missing". */
function rendering(page: Page, selectors: string[]): Promise<Record<string, string>> {
  return page.evaluate(
    (list) => Object.fromEntries(list.map((s) => {
      const el = document.querySelector(s);
      // checkVisibility() is false for display:none on the element or any ancestor.
      return [s, el ? (el.checkVisibility() ? 'shown' : 'hidden') : 'missing'];
    })),
    selectors,
  );
}

/** The text a print shows after the element, from its computed ::after content. */
function afterContent(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((el) => getComputedStyle(el, '::after').content);
}

/** The lines a reader sees, as rendered now (innerText leaves out what is not displayed). */
async function visibleLines(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

const publicAddress = (path: string) => `${siteOrigin}${siteBase}${path.slice(1)}`;

describe('an item page printed', () => {
  it('says which municipality, committee and meeting it is from and where it is online, above "Punkt 16" and its title', async () => {
    const page = await openForPrint(pages.item);
    const lines = await visibleLines(page);
    expect(lines.slice(0, 4)).toEqual([
      'Roskilde Kommune · Beskæftigelses- og Socialudvalget · møde torsdag den 4.\u00a0februar\u00a02021',
      `Adresse: ${publicAddress(pages.item)}`,
      'Punkt 16',
      'Godkendelse af økonomisk handleplan på socialområdet',
    ]);
    // No line of the item number with a stray colon ("Punkt 16 :").
    expect(lines.filter((line) => /^Punkt\s+\d+\s*:/.test(line))).toEqual([]);
    await page.close();
  });

  it('shows none of that block on screen, where the header and breadcrumbs say it', async () => {
    const page = await openForPrint(pages.item);
    await page.emulateMedia({ media: 'screen' });
    const lines = await visibleLines(page);
    expect(lines.filter((line) => line.startsWith('Adresse:') || line.includes(' · møde '))).toEqual([]);
    expect(lines).toContain('Roskilde Kommune');
    await page.close();
  });

  it('hides the site header, its navigation and search, the skip link, breadcrumbs, pager and footer', async () => {
    const page = await openForPrint(pages.externalLink);
    // On screen they are there (so the check below can fail).
    await page.emulateMedia({ media: 'screen' });
    expect(await rendering(page, ['body > header', 'body > footer'])).toEqual({ 'body > header': 'shown', 'body > footer': 'shown' });
    await page.emulateMedia({ media: 'print' });
    const hidden = ['.skip-link', 'body > header', 'header nav', 'form[role="search"]', 'body > footer', 'nav[aria-label="Brødkrummesti"]', 'nav[aria-label="Andre punkter på mødet"]'];
    const found = await rendering(page, hidden);
    expect(found).toEqual(Object.fromEntries(hidden.map((s) => [s, 'hidden'])));
    await page.close();
  });

  it('still shows the title, the decision and the case text', async () => {
    const page = await openForPrint(pages.externalLink);
    const shown = ['main', 'h1', 'section.decision', 'section.case-section'];
    expect(await rendering(page, shown)).toEqual(Object.fromEntries(shown.map((s) => [s, 'shown'])));
    await page.close();
  });

  it('prints the address of an external link after it', async () => {
    const page = await openForPrint(pages.externalLink);
    const selector = 'main a[href^="https://socialstyrelsen.dk/"]';
    const href = await page.locator(selector).first().getAttribute('href');
    expect(await afterContent(page, selector)).toContain(href!);
    await page.close();
  });

  it('prints nothing after the same link on screen', async () => {
    const { context: ctx } = await context('light');
    const page = await ctx.newPage();
    await page.goto(url(pages.externalLink));
    await page.emulateMedia({ media: 'screen' });
    expect(await afterContent(page, 'main a[href^="https://socialstyrelsen.dk/"]')).toMatch(/^(none|normal)$/);
    await page.close();
  });
});

describe('a meeting page printed', () => {
  it('says which municipality it is from and where it is online, above the committee and date', async () => {
    const page = await openForPrint(meetings.odense);
    const lines = await visibleLines(page);
    expect(lines.slice(0, 4)).toEqual([
      'Odense Kommune · Beskæftigelses- og Socialudvalget · møde tirsdag den 2.\u00a0marts\u00a02021',
      `Adresse: ${publicAddress(meetings.odense)}`,
      'Beskæftigelses- og Socialudvalget',
      'tirsdag den 2.\u00a0marts\u00a02021',
    ]);
    // Not named again: the details' "Kommune" row says what the first line does (it stays on screen).
    expect(lines).not.toContain('Odense Kommune');
    await page.emulateMedia({ media: 'screen' });
    expect(await visibleLines(page)).toContain('Odense Kommune');
    await page.close();
  });

  it('prints the public address of every agenda link', async () => {
    const page = await openForPrint(meetings.lejre);
    const first = 'main a[href$="/punkt-1/"]';
    expect(await afterContent(page, first)).toContain(`${siteOrigin}${siteBase}${meetings.lejre.slice(1)}punkt-1/`);
    await page.close();
  });
});

/**
 * Issue 13, point 8: what a screen reader announces. Headings are named
 * without stray spaces ("Punkt 16: Godkendelse …", not "Punkt 16 : …"), and
 * the header's navigation marks the page it is on with aria-current, and
 * the search page's heading and its field are not read as the same words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, meetings, openSitePage, pages } from './site.ts';

afterAll(closeBrowser);

describe('accessible names', () => {
  it('reads an item heading as "Punkt N: title"', async () => {
    const page = await openSitePage(pages.item);
    expect(await page.getByRole('heading', { level: 1, name: 'Punkt 16: Godkendelse af økonomisk handleplan på socialområdet', exact: true }).count()).toBe(1);
    await page.close();
  });

  it('reads a meeting heading as "committee, date"', async () => {
    const page = await openSitePage(meetings.lejre);
    expect(await page.getByRole('heading', { level: 1, name: /^Udvalget for Job & Arbejdsmarked, onsdag den 8\.\sjanuar\s2020$/ }).count()).toBe(1);
    await page.close();
  });

  it('marks the current page in the header navigation, and only there', async () => {
    for (const [path, current] of [[pages.front, 'Forside'], [pages.search, 'Søg'], [pages.item, null]] as const) {
      const page = await openSitePage(path);
      expect(await page.locator('header nav [aria-current="page"]').allTextContents(), path).toEqual(current === null ? [] : [current]);
      await page.close();
    }
  });

  it('names the search page and its field in different words: the heading says where you are, the label what to type', async () => {
    const page = await openSitePage(pages.search);
    const heading = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    expect(heading).toBe('Søg i referater');
    expect(await page.getByRole('searchbox', { name: 'Søgeord eller sagsnummer', exact: true }).count()).toBe(1);
    expect(await page.getByRole('searchbox', { name: heading }).count()).toBe(0);
    await page.close();
  });
});

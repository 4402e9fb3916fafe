/**
 * Meeting pages from the real minutes: participants with absences said in
 * words, the agenda as an ordered list linking every item, time and place.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, meetings, openSitePage } from './site.ts';

afterAll(closeBrowser);

/** The participant list items' visible text (what a screen reader reads too). */
async function participants(page: Page): Promise<string[]> {
  const section = page.locator('main section', { has: page.getByRole('heading', { name: 'Deltagere' }) });
  return section.locator('li').allInnerTexts();
}

describe.each([
  ['Lejre', meetings.lejre, 'Steen Hansen', 'Christian Plank'],
  ['Helsingør', meetings.helsingoer, 'Kristina Kongsted', undefined],
])('the %s meeting', (_name, path, absentee, present) => {
  it(`marks ${absentee} as absent in words, not only by styling`, async () => {
    const page = await openSitePage(path);
    const people = await participants(page);
    const entry = people.find((p) => p.includes(absentee));
    expect(entry, people.join('\n')).toBeDefined();
    expect(entry).toMatch(/afbud|fraværende/i);
    // Only the absent are marked.
    const marked = people.filter((p) => /afbud|fraværende/i.test(p));
    expect(marked).toEqual([entry]);
    if (present) expect(people.find((p) => p.includes(present))).not.toMatch(/afbud|fraværende/i);
    await page.close();
  });
});

describe('the meeting pages', () => {
  it('lists the agenda as an ordered list with a link to every one of its 11 items, in order', async () => {
    const page = await openSitePage(meetings.lejre);
    const agenda = page.locator('main section', { has: page.getByRole('heading', { name: 'Dagsorden' }) }).locator('ol').first();
    const links = await agenda.locator(':scope > li').evaluateAll((items) =>
      items.map((li) => ({ value: (li as HTMLLIElement).value, href: li.querySelector('a')?.getAttribute('href') })),
    );
    expect(links).toEqual(Array.from({ length: 11 }, (_, i) => ({ value: i + 1, href: `/referater${meetings.lejre}punkt-${i + 1}/` })));
    await page.close();
  });

  it('numbers the agenda by the real item numbers (Roskilde starts at punkt 14)', async () => {
    const page = await openSitePage(meetings.roskilde);
    const agenda = page.locator('main section', { has: page.getByRole('heading', { name: 'Dagsorden' }) }).locator('ol').first();
    const values = await agenda.locator(':scope > li').evaluateAll((items) => items.map((li) => (li as HTMLLIElement).value));
    expect(values).toEqual(Array.from({ length: 11 }, (_, i) => i + 14));
    const hrefs = await agenda.locator(':scope > li a').first().getAttribute('href');
    expect(hrefs).toBe(`/referater${meetings.roskilde}punkt-14/`);
    await page.close();
  });

  it('keeps the sentence boundary between paragraphs of a decision in its agenda summary', async () => {
    // Lejre punkt 1's decision is two paragraphs: "Godkendt" and "Ole Blickfeldt (O) deltog ikke i behandlingen af punktet."
    const page = await openSitePage(meetings.lejre);
    const line = await page.locator(`main li:has(a[href="/referater${meetings.lejre}punkt-1/"])`).innerText();
    expect(line).toContain('Ole Blickfeldt (O) deltog ikke i behandlingen af punktet.');
    // Run together, it reads as if Ole Blickfeldt was approved.
    expect(line).not.toMatch(/Godkendt\s+Ole Blickfeldt/);
    await page.close();
  });

  it('gives the time and the place of the meeting', async () => {
    const page = await openSitePage(meetings.lejre);
    const details = await page.locator('main dl.details').innerText();
    expect(details).toMatch(/Tidspunkt\s+kl\. 16:30/);
    expect(details).toMatch(/Sted\s+Mødelokale 1, Lejrevej 15, 4320, Allerslev/);
    await page.close();
  });

  it('names the committee and the date in its h1', async () => {
    const page = await openSitePage(meetings.lejre);
    const h1 = await page.locator('h1').innerText();
    expect(h1).toContain('Udvalget for Job & Arbejdsmarked');
    expect(h1).toContain('8.\u00a0januar\u00a02020');
    await page.close();
  });
});

describe('the Helsingør meeting page', () => {
  it('gives its time and place and links all 8 items', async () => {
    const page = await openSitePage(meetings.helsingoer);
    const details = await page.locator('main dl.details').innerText();
    expect(details).toContain('16:30');
    expect(details).toContain('Rød 3, Prøvestenen');
    const hrefs = await page.locator(`main ol a[href^="/referater${meetings.helsingoer}punkt-"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set(Array.from({ length: 8 }, (_, i) => `/referater${meetings.helsingoer}punkt-${i + 1}/`)));
    await page.close();
  });
});

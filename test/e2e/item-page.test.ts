/**
 * Item pages from the real minutes: the decision first and prominent, both
 * decisions of an item two committees handled, closed items without case
 * text, case numbers, previous/next links and breadcrumbs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, meetings, openSitePage, pages } from './site.ts';

afterAll(closeBrowser);

/** Position of the DOM nodes relative to each other, and their boxes. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const decision = document.querySelector('main section.decision');
    const sections = [...document.querySelectorAll('main section.case-section')];
    const body = getComputedStyle(document.body);
    const style = decision ? getComputedStyle(decision) : undefined;
    return {
      hasDecision: !!decision,
      sectionCount: sections.length,
      decisionBeforeEverySection: !!decision && sections.every((s) => !!(decision.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING)),
      decisionTop: decision?.getBoundingClientRect().top ?? Infinity,
      firstSectionTop: sections[0]?.getBoundingClientRect().top ?? Infinity,
      decisionBackground: style?.backgroundColor,
      bodyBackground: body.backgroundColor,
      decisionBorderLeft: style ? parseFloat(style.borderLeftWidth) : 0,
      decisionFontSize: style ? parseFloat(style.fontSize) : 0,
      bodyFontSize: parseFloat(body.fontSize),
      decisionHeading: decision?.querySelector('h2')?.textContent?.trim(),
    };
  });
}

describe('an ordinary decision item (Roskilde, punkt 16)', () => {
  it('puts the decision before every case section, in the DOM and on screen', async () => {
    const page = await openSitePage(pages.item);
    const found = await layout(page);
    expect(found.hasDecision).toBe(true);
    expect(found.sectionCount).toBeGreaterThan(2);
    expect(found.decisionBeforeEverySection).toBe(true);
    expect(found.decisionTop).toBeLessThan(found.firstSectionTop);
    await page.close();
  });

  it('makes the decision visibly prominent: own background, a thick edge, larger text, a "Beslutning" heading, above the fold', async () => {
    const page = await openSitePage(pages.item);
    const found = await layout(page);
    expect(found.decisionHeading).toBe('Beslutning');
    expect(found.decisionBackground).not.toBe(found.bodyBackground);
    expect(found.decisionBackground).not.toBe('rgba(0, 0, 0, 0)');
    expect(found.decisionBorderLeft).toBeGreaterThanOrEqual(4);
    expect(found.decisionFontSize).toBeGreaterThan(found.bodyFontSize);
    expect(found.decisionTop).toBeLessThan(900);
    await expect.poll(() => page.locator('section.decision').textContent()).toContain('Beskæftigelses- og Socialudvalget');
    await page.close();
  });

  it('shows its case numbers', async () => {
    const page = await openSitePage(pages.item);
    const details = await page.locator('main dl.details').innerText();
    expect(details).toMatch(/Sagsnumre?/);
    expect(details).toContain('27.00.00P05-0001');
    expect(details).toContain('343952');
    await page.close();
  });

  it('links to the previous and the next item of the meeting with rel=prev/next', async () => {
    const page = await openSitePage(pages.item);
    const pager = page.getByRole('navigation', { name: 'Andre punkter på mødet' });
    const prev = pager.locator('a[rel="prev"]');
    const next = pager.locator('a[rel="next"]');
    expect(await prev.getAttribute('href')).toBe(`/referater${meetings.roskilde}punkt-15/`);
    expect(await prev.innerText()).toContain('Meddelelser fra formanden');
    expect(await next.getAttribute('href')).toBe(`/referater${meetings.roskilde}punkt-17/`);
    expect(await next.innerText()).toContain('Omlægning af indsatsen for forsikrede ledige akademikere');
    await page.close();
  });

  it('has no previous link on the first item of a meeting', async () => {
    const page = await openSitePage(`${meetings.roskilde}punkt-14/`);
    const pager = page.getByRole('navigation', { name: 'Andre punkter på mødet' });
    expect(await pager.locator('a[rel="prev"]').count()).toBe(0);
    expect(await pager.locator('a[rel="next"]').getAttribute('href')).toBe(`/referater${meetings.roskilde}punkt-15/`);
    await page.close();
  });

  it('has breadcrumbs down to the item, the last one marked aria-current="page"', async () => {
    const page = await openSitePage(pages.item);
    const crumbs = page.getByRole('navigation', { name: 'Brødkrummesti' }).locator('ol > li a');
    const found = await crumbs.evaluateAll((links) => links.map((a) => ({ text: a.textContent?.trim(), href: a.getAttribute('href'), current: a.getAttribute('aria-current') })));
    expect(found).toEqual([
      { text: 'Forside', href: '/referater/', current: null },
      { text: 'Roskilde Kommune', href: '/referater/roskilde/', current: null },
      { text: 'Beskæftigelses- og Socialudvalget', href: '/referater/roskilde/beskaeftigelses-og-socialudvalget/', current: null },
      { text: '4.\u00a0februar\u00a02021', href: `/referater${meetings.roskilde}`, current: null },
      { text: 'Punkt 16', href: `/referater${pages.item}`, current: 'page' },
    ]);
    await page.close();
  });

  it('has the item number and title in its h1 and the page title', async () => {
    const page = await openSitePage(pages.item);
    expect(await page.locator('h1').innerText()).toMatch(/Punkt 16\s*:?\s*Godkendelse af økonomisk handleplan på socialområdet/);
    expect(await page.title()).toContain('Punkt 16: Godkendelse af økonomisk handleplan på socialområdet');
    await page.close();
  });
});

describe('an item two committees decided (Lejre, punkt 10)', () => {
  it('shows both decisions, each with its committee and date, before the case sections', async () => {
    const page = await openSitePage(pages.twoDecisions);
    const decisions = await page.locator('main section.decision').allInnerTexts();
    expect(decisions).toHaveLength(2);
    expect(decisions[0]).toContain('Udvalget for Børn & Ungdom');
    expect(decisions[0]).toContain('7.\u00a0januar\u00a02020');
    expect(decisions[1]).toContain('Udvalget for Job & Arbejdsmarked');
    expect(decisions[1]).toContain('8.\u00a0januar\u00a02020');
    const found = await layout(page);
    expect(found.decisionBeforeEverySection).toBe(true);
    const allBefore = await page.evaluate(() => {
      const firstSection = document.querySelector('main section.case-section');
      return [...document.querySelectorAll('main section.decision')].every((d) => !firstSection || !!(d.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING));
    });
    expect(allBefore).toBe(true);
    expect(await page.locator('main dl.details').innerText()).toContain('19/11273');
    await page.close();
  });
});

describe('the closed Gladsaxe item ("Lukket: Meddelelser")', () => {
  it('says "Lukket punkt" in a visible notice', async () => {
    const page = await openSitePage(pages.closed);
    const notice = page.locator('main .closed-notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain('Lukket punkt');
    await page.close();
  });

  it('publishes only title, number, meeting and case number: no case text, no sections, no decision', async () => {
    const page = await openSitePage(pages.closed);
    expect(await page.locator('main .item-body, main section.case-section, main section.decision, main section.attachments').count()).toBe(0);
    expect(await page.locator('main dl.details').innerText()).toContain('2016/05156');
    // Everything in the article other than the heading, the details and the notice.
    const rest = await page.locator('main article').evaluate((article) => {
      const clone = article.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('h1, dl.details, .closed-notice').forEach((el) => el.remove());
      return clone.textContent?.trim() ?? '';
    });
    // The minutes give no decision for it, and the page says so.
    expect(rest).toBe('Referatet indeholder ingen beslutning for dette punkt.');
    await page.close();
  });
});

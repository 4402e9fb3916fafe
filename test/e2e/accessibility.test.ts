/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every page type of the seed
 * site, in the light and the dark colour scheme.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, openPage, runAxe } from '../support/browser.ts';
import { closeBrowser, context, pages, url } from './site.ts';
import { waitForResults, waitForStatus } from './search-page.ts';

afterAll(closeBrowser);

const pageTypes: [name: string, path: string][] = [
  ['the front page', pages.front],
  ['a municipality page', pages.municipality],
  ['a committee page', pages.committee],
  ['a meeting page', pages.meeting],
  ['an ordinary item page', pages.item],
  ['an item decided by two committees', pages.twoDecisions],
  ['the closed Gladsaxe item', pages.closed],
  ['an item with a big table', pages.bigTable],
  ['an item with external links', pages.externalLink],
  ['the search page before a search', pages.search],
  ['the 404 page', pages.notFound],
];

async function expectNoViolations(page: Page, label: string): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, formatViolations(label, violations)).toEqual([]);
}

describe.each(['light', 'dark'] as const)('in the %s colour scheme', (scheme) => {
  it.each(pageTypes)('%s has no WCAG A/AA violations', async (name, path) => {
    const { context: ctx } = await context(scheme);
    const isSearch = path === pages.search;
    const page = await openPage(ctx, url(path), isSearch ? 'networkidle' : 'load');
    try {
      if (isSearch) await waitForStatus(page);
      await expectNoViolations(page, `${name} (${path}, ${scheme})`);
    } finally {
      await page.close();
    }
  });

  it('the search page with results and the filters open has no WCAG A/AA violations', async () => {
    const { context: ctx } = await context(scheme);
    const page = await openPage(ctx, url(`${pages.search}?q=handleplan`), 'networkidle');
    try {
      await waitForResults(page);
      await page.locator('details[data-filters]').evaluate((details: HTMLDetailsElement) => (details.open = true));
      await expect.poll(() => page.locator('select[data-filter="municipality"] option').count()).toBeGreaterThan(1);
      await expectNoViolations(page, `search results (${scheme})`);
    } finally {
      await page.close();
    }
  });
});

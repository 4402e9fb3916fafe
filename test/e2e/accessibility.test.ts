/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every page type of the seed
 * site, in the light and the dark colour scheme.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, openPage, runAxe } from '../support/browser.ts';
import { closeBrowser, context, pages, url } from './site.ts';
import { waitForResults, waitForStatus } from '../../src/utils/search-page.ts';

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
  ["the municipality's own page", pages.sitePage],
  ['the Data page', pages.data],
];

async function expectNoViolations(page: Page, label: string): Promise<void> {
  const violations = await runAxe(page);
  // Rule ids keep the diff short; the message lists every target and what to fix.
  expect(violations.map((v) => v.id), formatViolations(label, violations)).toEqual([]);
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

// Phones get another layout (wrapped breadcrumbs, full-width header search), so
// the WCAG 2.2 target-size rule and friends are checked there too.
const phonePageTypes = pageTypes.map(([name, path]): [string, string] => (path === pages.search ? ['the search page with results', path] : [name, path]));

describe('on a 320 px wide phone screen', () => {
  it.each(phonePageTypes)('%s has no WCAG A/AA violations', async (name, path) => {
    const { context: ctx } = await context('light', { width: 320, height: 640 });
    const isSearch = path === pages.search;
    const page = await openPage(ctx, url(isSearch ? `${path}?q=handleplaner` : path), isSearch ? 'networkidle' : 'load');
    try {
      if (isSearch) await waitForResults(page);
      await expectNoViolations(page, `${name} (${path}, 320 px)`);
    } finally {
      await page.close();
    }
  });
});

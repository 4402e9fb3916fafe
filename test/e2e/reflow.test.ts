/**
 * WCAG 1.4.10 Reflow: at 320 CSS pixels nothing scrolls sideways except a
 * wide table inside its own focusable, labelled scroll region.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, context, pages, url } from './site.ts';
import { waitForResults } from '../../src/utils/search-page.ts';

afterAll(closeBrowser);

const narrow = { width: 320, height: 640 };

async function open(path: string): Promise<Page> {
  const { context: ctx } = await context('light', narrow);
  const page = await ctx.newPage();
  await page.goto(url(path), { waitUntil: path.startsWith(pages.search) ? 'networkidle' : 'load' });
  return page;
}

/** The page's width, and the elements that stick out to the right (for the failure message). */
function measure(page: Page): Promise<{ scrollWidth: number; overflowing: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflowing: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('.table-scroll') && !el.classList.contains('table-scroll')) continue;
      const box = el.getBoundingClientRect();
      if (box.right > width + 0.5 && box.width > 0) {
        overflowing.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} right=${Math.round(box.right)}`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, overflowing: overflowing.slice(0, 10) };
  });
}

describe('at 320 CSS px wide', () => {
  it.each([
    ['the front page', pages.front],
    ['a meeting page', pages.meeting],
    ['the item with the big table', pages.bigTable],
    ['the search page', pages.search],
  ])('%s does not scroll sideways', async (_name, path) => {
    const page = await open(path);
    const { scrollWidth, overflowing } = await measure(page);
    expect(scrollWidth, overflowing.join('\n')).toBeLessThanOrEqual(narrow.width);
    await page.close();
  });

  it('the search page with results (and its filters opened) does not scroll sideways', async () => {
    const page = await open(`${pages.search}?q=handleplan`);
    await waitForResults(page);
    await page.locator('details[data-filters] > summary').click();
    await expect.poll(() => page.locator('details[data-filters]').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    const { scrollWidth, overflowing } = await measure(page);
    expect(scrollWidth, overflowing.join('\n')).toBeLessThanOrEqual(narrow.width);
    await page.close();
  });

  it('the big table scrolls inside its own focusable, labelled region', async () => {
    const page = await open(pages.bigTable);
    const region = page.locator('.table-scroll').first();
    // The page's script makes an overflowing table a region once it has measured it.
    await expect.poll(() => region.getAttribute('role')).toBe('region');
    const info = await region.evaluate((el) => ({
      role: el.getAttribute('role'),
      label: el.getAttribute('aria-label') ?? el.getAttribute('aria-labelledby'),
      tabindex: el.getAttribute('tabindex'),
      scrolls: el.scrollWidth > el.clientWidth,
      overflowX: getComputedStyle(el).overflowX,
    }));
    expect(info).toMatchObject({ role: 'region', tabindex: '0', scrolls: true });
    expect(info.label).toBeTruthy();
    expect(['auto', 'scroll']).toContain(info.overflowX);
    // Keyboard users can scroll it: focus it and press the right arrow.
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await page.close();
  });
});

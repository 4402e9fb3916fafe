/** Driving the built search page in Chromium (e2e tests, scripts/bench-search-transfer.ts): wait for Pagefind's answer, read the rendered results. */
import type { Page } from 'playwright-core';

export interface RenderedResult {
  title: string;
  href: string;
  meta: string;
}

/** Waits until the status region announces a finished search (results, none, or an error). */
export async function waitForStatus(page: Page, previous?: string): Promise<string> {
  const handle = await page.waitForFunction(
    (before) => {
      const text = document.querySelector('[data-status]')?.textContent?.trim() ?? '';
      // "Søger …" while Pagefind loads; a finished search always ends with a full stop.
      const settled = text !== '' && !text.endsWith('…');
      return settled && text !== before ? text : false;
    },
    previous,
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as string;
}

/** Waits for at least one rendered result and returns the status text. */
export async function waitForResults(page: Page): Promise<string> {
  const status = await waitForStatus(page);
  await page.locator('[data-results] > li').first().waitFor({ state: 'visible', timeout: 20_000 });
  return status;
}

export async function readResults(page: Page): Promise<RenderedResult[]> {
  return page.locator('[data-results] > li').evaluateAll((items) =>
    items.map((li) => {
      const link = li.querySelector('a');
      return {
        title: link?.textContent?.trim() ?? '',
        href: link?.getAttribute('href') ?? '',
        meta: li.querySelector('.result__meta')?.textContent?.trim() ?? '',
      };
    }),
  );
}

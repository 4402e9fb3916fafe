/**
 * Search over an archive split into periods (src/search/periods.ts,
 * archive.ts), in Chromium. A small generated archive (12 meetings, 2018–2024)
 * is built twice from the same content: once with one index (the default for
 * a site this small) and once split into periods of at most 40 pages. The
 * split site must find exactly what the single index finds, load only the
 * periods a search needs, and fetch Pagefind's WebAssembly once.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeArchive } from '../../src/bench/write-archive.ts';
import type { PeriodsFile } from '../../src/search/periods.ts';
import { startStaticServer, type StaticServer } from '../../src/utils/static-server.ts';
import { runReferat } from './build-seed-site.ts';
import { readResults, waitForResults, type RenderedResult } from '../../src/utils/search-page.ts';
import { closeBrowser, context } from './site.ts';

let work: string;
let single: StaticServer;
let split: StaticServer;
let periods: PeriodsFile['periods'];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'referat-periods-'));
  await writeArchive(join(work, 'input'), { meetings: 12, seed: 3 });
  const build = (name: string, extra: string[]) =>
    runReferat(['build', '--input', join(work, 'input'), '--content', join(work, 'content'), '--out', join(work, name), ...extra]);
  await build('single', []);
  await build('split', ['--search-period-pages', '40']);
  periods = (JSON.parse(await readFile(join(work, 'split', 'pagefind', 'periods.json'), 'utf8')) as PeriodsFile).periods;
  single = await startStaticServer({ root: join(work, 'single') });
  split = await startStaticServer({ root: join(work, 'split') });
});

afterAll(async () => {
  await closeBrowser();
  await single?.close();
  await split?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  /** Paths fetched under /pagefind/, in order. */
  fetched: string[];
}

async function openSearch(server: StaticServer, search: string): Promise<Opened> {
  const { context: ctx } = await context('light');
  const page = await ctx.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/pagefind/')) fetched.push(path);
  });
  await page.goto(`${server.url}soeg/?${search}`);
  await waitForResults(page);
  return { page, fetched };
}

/** Clicks "Vis flere resultater" until it is gone; returns every result. */
async function showAll(page: Page): Promise<RenderedResult[]> {
  const more = page.locator('[data-more]');
  for (let clicks = 0; clicks < 40 && (await more.isVisible()); clicks++) {
    const before = await page.locator('[data-status]').textContent();
    const shown = await page.locator('[data-results] > li').count();
    await more.click();
    await expect
      // Further periods load and ten results their fragments: on a loaded machine more than poll's default second.
      .poll(async () => (await page.locator('[data-results] > li').count()) > shown || (await page.locator('[data-status]').textContent()) !== before || !(await more.isVisible()), { timeout: 10_000 })
      .toBe(true);
  }
  return readResults(page);
}

const statusOf = async (page: Page): Promise<string> => (await page.locator('[data-status]').textContent())?.trim() ?? '';
const periodsFetched = (fetched: readonly string[]): string[] => [...new Set(fetched.flatMap((path) => /^\/pagefind\/([^/]+)\//.exec(path)?.[1] ?? []))];
const dateOf = (result: RenderedResult): string => /\/(\d{4}-\d\d-\d\d)\//.exec(result.href)?.[1] ?? '';

describe('an archive split into search periods', () => {
  it('is split by the calendar: years, and quarters where a year is too big', () => {
    expect(periods.length).toBeGreaterThan(3);
    expect(periods.every((period) => period.pages <= 40 || period.first === period.last)).toBe(true);
    expect(periods.map((period) => period.id)).toEqual([...periods.map((period) => period.id)].sort().reverse());
    expect(periods.some((period) => /^\d{4}$/.test(period.id))).toBe(true);
    expect(periods.some((period) => /^\d{4}-k[1-4]$/.test(period.id))).toBe(true);
  });

  it('answers the first search from the newest period alone, and says how far back it has searched', async () => {
    const { page, fetched } = await openSearch(split, 'q=borgere');
    expect(periodsFetched(fetched)).toEqual([periods[0]!.id]);
    expect(await page.locator('[data-results] > li').count()).toBe(10);
    expect(await statusOf(page)).toMatch(/^\d+ resultater for »borgere«\. Søgt i referaterne siden \S+( \d{4})?\. Vis flere for at søge længere tilbage\.$/);
    await page.close();
  });

  it('finds, period by period, exactly what one index finds — and fetches the WebAssembly once', async () => {
    for (const query of ['borgere', 'pårørende']) {
      const one = await openSearch(single, `q=${encodeURIComponent(query)}`);
      const expected = await showAll(one.page);
      const total = await statusOf(one.page);
      await one.page.close();

      const walked = await openSearch(split, `q=${encodeURIComponent(query)}`);
      const found = await showAll(walked.page);
      expect(found.map((r) => r.href).sort()).toEqual(expected.map((r) => r.href).sort());
      expect(await statusOf(walked.page)).toBe(total);
      expect(periodsFetched(walked.fetched).length).toBe(periods.length);
      expect(walked.fetched.filter((path) => path.endsWith('/wasm.da.pagefind'))).toHaveLength(1);
      // Newer periods come first; within one, Pagefind's relevance order.
      const years = found.map((r) => dateOf(r).slice(0, 4));
      expect(years).toEqual([...years].sort().reverse());
      await walked.page.close();
    }
  });

  it('walks from the oldest period when sorted oldest first, in date order throughout', async () => {
    const { page, fetched } = await openSearch(split, 'q=borgere&sortering=aeldste');
    expect(periodsFetched(fetched)).toEqual([periods.at(-1)!.id]);
    expect(await statusOf(page)).toMatch(/Søgt i referaterne til og med .+\. Vis flere for at søge længere frem\.$/);
    const dates = (await showAll(page)).map(dateOf);
    expect(dates).toEqual([...dates].sort());
    await page.close();
  });

  it('loads only the periods of the chosen year', async () => {
    const year = periods.find((period) => /^\d{4}-k/.test(period.id))!.id.slice(0, 4);
    const { page, fetched } = await openSearch(split, `q=borgere&aar=${year}`);
    const results = await showAll(page);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => dateOf(r).startsWith(year))).toBe(true);
    expect(periodsFetched(fetched).every((id) => id.startsWith(year))).toBe(true);
    await page.close();
  });
});

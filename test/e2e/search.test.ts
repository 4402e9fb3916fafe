/**
 * The real Pagefind index in Chromium: Danish queries (some inflected, so
 * only stemming can find them) find the right item, results say where they
 * are from, the count is announced, filters narrow, sorting orders by date,
 * and the whole page works from the keyboard.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, context, meetings, pages, url } from './site.ts';
import { readSeed, seedNames } from '../support/seeds.ts';
import { readResults, waitForResults, waitForStatus, type RenderedResult } from '../../src/utils/search-page.ts';

afterAll(closeBrowser);

async function openSearch(query?: string): Promise<Page> {
  const { context: ctx } = await context('light');
  const page = await ctx.newPage();
  await page.goto(url(query === undefined ? pages.search : `${pages.search}?q=${encodeURIComponent(query)}`), { waitUntil: 'networkidle' });
  await page.bringToFront();
  return page;
}

/** Shows every result ("Vis flere resultater" until it is gone). */
async function showAll(page: Page): Promise<RenderedResult[]> {
  const more = page.locator('[data-more]');
  for (let clicks = 0; clicks < 20 && (await more.isVisible()); clicks++) {
    const before = await page.locator('[data-results] > li').count();
    await more.click();
    // Ten more results load their fragments: on a loaded machine that can take more than poll's default second.
    await expect.poll(() => page.locator('[data-results] > li').count(), { timeout: 10_000 }).toBeGreaterThan(before);
  }
  return readResults(page);
}

/** The meeting date in a result's URL (…/YYYY-MM-DD/…). */
function dateOf(result: RenderedResult): string {
  const date = /\/(\d{4}-\d\d-\d\d)\//.exec(result.href)?.[1];
  if (!date) throw new Error(`No date in ${result.href}`);
  return date;
}

/**
 * `stemmed`: the query word occurs nowhere in the five seeds (checked below),
 * so only Pagefind's Danish stemming (not prefix matching) can find the item.
 */
const queries: { query: string; why: string; stemmed?: true; item: string; href: string; title: string; meta: string }[] = [
  {
    query: 'handleplaner',
    why: 'plural; the minutes only say "handleplan"',
    stemmed: true,
    item: 'Roskilde punkt 16',
    href: `/referater${meetings.roskilde}punkt-16/`,
    title: 'Godkendelse af økonomisk handleplan på socialområdet',
    meta: 'Roskilde Kommune · Beskæftigelses- og Socialudvalget · 4.\u00a0februar\u00a02021 · Punkt 16',
  },
  {
    query: 'grunduddannelsen',
    why: 'definite form; the minutes only say "Grunduddannelse"',
    stemmed: true,
    item: 'Gladsaxe punkt 9',
    href: `/referater${meetings.gladsaxe}punkt-9/`,
    title: 'Placering af en skole til Forberedende Grunduddannelse i Gladsaxe Kommune, behandling',
    meta: 'Gladsaxe Kommune · Beskæftigelses- og Integrationsudvalget · 20.\u00a0februar\u00a02018 · Punkt 9',
  },
  {
    query: 'lærepladser',
    why: 'a word of the case text, not of the title',
    item: 'Odense punkt 3',
    href: `/referater${meetings.odense}punkt-3/`,
    title: 'Lærepladsgaranti - beslutning om lærepladsalliance',
    meta: 'Odense Kommune · Beskæftigelses- og Socialudvalget · 2.\u00a0marts\u00a02021 · Punkt 3',
  },
  {
    query: 'bandesituation',
    why: 'indefinite form; the minutes say "bandesituationen"',
    item: 'Odense punkt 10',
    href: `/referater${meetings.odense}punkt-10/`,
    title: 'Status på bandesituationen',
    meta: 'Odense Kommune · Beskæftigelses- og Socialudvalget · 2.\u00a0marts\u00a02021 · Punkt 10',
  },
  {
    query: 'virksomhedspris',
    why: 'a Lejre item',
    item: 'Lejre punkt 5',
    href: `/referater${meetings.lejre}punkt-5/`,
    title: 'JA - Kriterier og procedurer for tildeling af virksomhedsprisen 2019',
    meta: 'Lejre Kommune · Udvalget for Job & Arbejdsmarked · 8.\u00a0januar\u00a02020 · Punkt 5',
  },
  {
    query: 'beskæftigelsesplanen',
    why: 'definite form of the Helsingør title "Beskæftigelsesplan 2020"',
    item: 'Helsingør punkt 3',
    href: `/referater${meetings.helsingoer}punkt-3/`,
    title: 'Beslutning: Beskæftigelsesplan 2020',
    meta: 'Helsingør Kommune · Social- og Beskæftigelsesudvalget · 6.\u00a0november\u00a02019 · Punkt 3',
  },
];

describe('searching the seed minutes', () => {
  it('uses two inflected queries that occur nowhere in the minutes, so only stemming can find them', () => {
    const text = seedNames().map((name) => new TextDecoder().decode(readSeed(name)).toLowerCase()).join('\n');
    const stemmed = queries.filter((q) => q.stemmed);
    expect(stemmed.length).toBeGreaterThanOrEqual(2);
    for (const { query } of stemmed) expect(text.includes(query), query).toBe(false);
  });

  it.each(queries)('"$query" finds $item in the top three, shown with committee, date and item number', async ({ query, href, title, meta }) => {
    const page = await openSearch(query);
    await waitForResults(page);
    const top = (await readResults(page)).slice(0, 3);
    const hit = top.find((r) => r.href === href);
    expect(hit, top.map((r) => `${r.title} (${r.href})`).join('\n')).toBeDefined();
    expect(hit).toEqual({ href, title, meta });
    await page.close();
  });

  it('announces the number of results in a polite live region that matches what is shown', async () => {
    const page = await openSearch('handleplaner');
    const status = await waitForResults(page);
    const region = page.locator('[data-status]');
    expect(await region.getAttribute('role')).toBe('status');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    const count = Number(/^(\d+) resultat(?:er)? for »handleplaner«\.$/.exec(status)?.[1]);
    expect(count, status).toBeGreaterThan(0);
    expect(await page.locator('[data-results] > li').count()).toBe(Math.min(count, 10));
    // The search input is described by the status, so it is read with the field too.
    expect(await page.locator('#search-q').getAttribute('aria-describedby')).toBe(await region.getAttribute('id'));
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const page = await openSearch('zyxwvutsrq');
    expect(await waitForStatus(page)).toBe('Ingen resultater for »zyxwvutsrq«.');
    expect(await page.locator('[data-results] > li').count()).toBe(0);
    await page.close();
  });

  it('narrows the results to one municipality with the Kommune filter', async () => {
    const page = await openSearch('beskæftigelse');
    const before = await waitForResults(page);
    const total = Number(/^(\d+)/.exec(before)?.[1]);
    const all = await showAll(page);
    expect(new Set(all.map((r) => r.href.split('/')[2])).size).toBeGreaterThan(1);

    await page.locator('select[data-filter="municipality"]').selectOption('Odense Kommune');
    const after = await waitForStatus(page, before);
    const narrowed = Number(/^(\d+)/.exec(after)?.[1]);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(total);
    const results = await showAll(page);
    expect(results).toHaveLength(narrowed);
    expect(results.filter((r) => !r.href.startsWith('/referater/odense/')).map((r) => r.href)).toEqual([]);
    expect(new URL(page.url()).searchParams.get('kommune')).toBe('Odense Kommune');
    await page.close();
  });

  it('orders the results by date, newest first, when asked', async () => {
    const page = await openSearch('beskæftigelse');
    await waitForResults(page);
    const relevance = (await showAll(page)).map(dateOf);
    const newestFirst = [...relevance].sort().reverse();
    // Otherwise this test could not tell sorting from relevance.
    expect(relevance).not.toEqual(newestFirst);

    await page.locator('select[data-sort]').selectOption('nyeste');
    await expect.poll(async () => (await readResults(page)).map(dateOf)[0], { timeout: 10_000 }).toBe('2021-03-02');
    const sorted = (await showAll(page)).map(dateOf);
    expect(sorted).toEqual(newestFirst);
    expect(new URL(page.url()).searchParams.get('sortering')).toBe('nyeste');
    await page.close();
  });

  it('takes a query from the header search box of any page (a plain form, no script needed there)', async () => {
    const { context: ctx } = await context('light');
    const page = await ctx.newPage();
    await page.goto(url(pages.item));
    await page.getByRole('searchbox', { name: 'Søg i referater' }).fill('lærepladser');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/referater/soeg/' && u.searchParams.get('q') === 'lærepladser');
    await waitForResults(page);
    expect((await readResults(page))[0]?.href).toBe(`/referater${meetings.odense}punkt-3/`);
    await page.close();
  });
});

describe('the search page from the keyboard', () => {
  /** Presses Tab until `done` holds for the focused element (at most `limit` times); returns what was focused on the way. */
  async function tabUntil(page: Page, done: (el: { tag: string; id: string; text: string; href: string | null; inResults: boolean }) => boolean, limit = 40) {
    const visited: string[] = [];
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const el = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        return { tag: a.tagName.toLowerCase(), id: a.id, text: a.textContent?.trim().slice(0, 40) ?? '', href: a.getAttribute('href'), inResults: !!a.closest('[data-results]') };
      });
      visited.push(`${el.tag}${el.id ? '#' + el.id : ''} ${el.text}`);
      if (done(el)) return visited;
    }
    throw new Error(`Not reached with ${limit} Tabs:\n${visited.join('\n')}`);
  }

  it('reaches the search box with Tab, searches as you type, then reaches the filters, the sort and the results with Tab', async () => {
    const page = await openSearch();
    await waitForStatus(page);
    await tabUntil(page, (el) => el.id === 'search-q');
    const idle = await page.locator('[data-status]').innerText();
    await page.keyboard.type('handleplaner', { delay: 20 });
    await waitForStatus(page, idle);
    await waitForResults(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('handleplaner');

    const visited = await tabUntil(page, (el) => el.inResults && el.tag === 'a');
    const path = visited.join('\n');
    expect(path).toMatch(/select#search-municipality/);
    expect(path).toMatch(/select#search-sort/);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe(`/referater${meetings.roskilde}punkt-16/`);
    await page.close();
  });

  it('applies a filter chosen with the keyboard', async () => {
    const page = await openSearch('beskæftigelse');
    const before = await waitForResults(page);
    await page.locator('#search-q').focus();
    await tabUntil(page, (el) => el.id === 'search-municipality');
    // Chromium's closed <select> changes value with the arrow keys and fires "change".
    const odense = await page.locator('#search-municipality option', { hasText: 'Odense Kommune' }).evaluate((o: HTMLOptionElement) => o.index);
    for (let i = 0; i < odense; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#search-municipality').inputValue()).toBe('Odense Kommune');
    // Each arrow press searches again; wait for the Odense answer.
    await expect.poll(() => new URL(page.url()).searchParams.get('kommune')).toBe('Odense Kommune');
    await expect
      .poll(async () => {
        const results = await readResults(page);
        return results.length > 0 && results.every((r) => r.href.startsWith('/referater/odense/'));
      })
      .toBe(true);
    expect(await page.locator('[data-status]').innerText()).not.toBe(before);
    await page.close();
  });
});

/** A result as a reader sees it: its lines, and the marked words of its excerpt. */
interface FullResult {
  href: string;
  title: string;
  meta: string;
  decision: string | null;
  excerpt: string | null;
  marked: string[];
}

function readFullResults(page: Page): Promise<FullResult[]> {
  return page.locator('[data-results] > li').evaluateAll((items) =>
    items.map((li) => {
      const text = (selector: string) => (li.querySelector(selector) as HTMLElement | null)?.innerText.trim() ?? null;
      return {
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        title: text('.result__title') ?? '',
        meta: text('.result__meta') ?? '',
        decision: li.querySelector('.result__decision')?.textContent?.trim() ?? null,
        excerpt: text('.result__excerpt'),
        marked: [...li.querySelectorAll('.result__excerpt mark')].map((m) => m.textContent ?? ''),
      };
    }),
  );
}

/** Words as the index has them: split on white space, punctuation at either end dropped. */
function words(text: string): string[] {
  return text.split(/\s+/u).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((word) => word !== '');
}

const isMeetingPage = (href: string) => /\/\d{4}-\d\d-\d\d\/$/.test(href);

describe('what a search result shows (issue 13, point 9)', () => {
  it('says where the item is from, what was decided, and where in the item the words are', async () => {
    const page = await openSearch('handleplaner');
    await waitForResults(page);
    const hit = (await readFullResults(page)).find((r) => r.href === `/referater${meetings.roskilde}punkt-16/`);
    expect(hit?.meta).toBe('Roskilde Kommune · Beskæftigelses- og Socialudvalget · 4.\u00a0februar\u00a02021 · Punkt 16');
    expect(hit?.decision).toMatch(/^Beslutning: Ad 1\.: Et flertal i udvalget bestående af Bent Jørgensen \(V\)/);
    expect(hit?.excerpt).toMatch(/^Sagsfremstilling: … /);
    expect(hit?.marked.map((m) => m.toLowerCase())).toContain('handleplan');
    await page.close();
  });

  it('says so when the minutes record no decision (Odense punkt 10)', async () => {
    const page = await openSearch('bandesituation');
    await waitForResults(page);
    const hit = (await readFullResults(page)).find((r) => r.href === `/referater${pages.longItem}`);
    expect(hit?.decision).toBe('Referatet indeholder ingen beslutning for dette punkt.');
    expect(hit?.marked.length).toBeGreaterThan(0);
    await page.close();
  });

  it('never opens an excerpt with the title or the labels again', async () => {
    // "projektbevilling" and "initiativretssag" are words of titles only (Gladsaxe 10–12, Odense 12–14): the title is searched, but not shown twice.
    for (const query of ['handleplaner', 'budget', 'beskæftigelsesplanen', 'lærepladser', 'projektbevilling', 'initiativretssag']) {
      const page = await openSearch(query);
      await waitForResults(page);
      for (const result of await readFullResults(page)) {
        const excerpt = result.excerpt ?? '';
        const body = excerpt.replace(/^[^:…]{1,60}: /u, '');
        expect(body.startsWith(result.title), `${query}: ${result.href}: ${excerpt}`).toBe(false);
        expect(excerpt, `${query}: ${result.href}`).not.toMatch(/Sagsnum(mer|re)|^Beslutning\.|^Type |Beslutningspunkt/u);
      }
      await page.close();
    }
  });

  it('glues no words together: every word of an excerpt is a word of the page it links to', async () => {
    const page = await openSearch('budget');
    await waitForResults(page);
    const results = (await readFullResults(page)).filter((r) => r.excerpt);
    expect(results.length).toBeGreaterThanOrEqual(8);
    const { context: ctx } = await context('light');
    const target = await ctx.newPage();
    for (const result of results) {
      await target.goto(url(result.href.replace(/^\/referater/, '')));
      const pageWords = new Set(words(await target.locator('main').innerText()));
      const label = /^([^:…]{1,60}): /u.exec(result.excerpt!)?.[1];
      const unknown = words(result.excerpt!.slice(label ? label.length + 2 : 0)).filter((word) => !pageWords.has(word));
      expect(unknown, `${result.href}: ${result.excerpt}`).toEqual([]);
    }
    await target.close();
    await page.close();
  });

  it('keeps a table’s cells apart in an excerpt (the Helsingør budget table)', async () => {
    const page = await openSearch('budget');
    await waitForResults(page);
    const hit = (await readFullResults(page)).find((r) => r.href === `/referater${pages.bigTable}`);
    expect(hit?.excerpt).toContain('Oprindeligt budget 2019; Forventet budget 2019; Forventet regnskab 2019');
    await page.close();
  });

  it('shows a meeting only where the words are in the meeting itself, not in its items', async () => {
    const items = await openSearch('handleplaner');
    await waitForResults(items);
    const hrefs = (await readFullResults(items)).map((r) => r.href);
    expect(hrefs).toContain(`/referater${meetings.roskilde}punkt-16/`);
    expect(hrefs.filter(isMeetingPage)).toEqual([]);
    await items.close();

    // "Prøvestenen" is only in the Helsingør meeting's place.
    const own = await openSearch('Prøvestenen');
    expect(await waitForResults(own)).toBe('1 resultat for »Prøvestenen«.');
    const [meeting] = await readFullResults(own);
    expect(meeting).toMatchObject({
      href: `/referater${meetings.helsingoer}`,
      title: 'Social- og Beskæftigelsesudvalget, 6.\u00a0november\u00a02019',
      meta: 'Helsingør Kommune · Social- og Beskæftigelsesudvalget · 6.\u00a0november\u00a02019',
      decision: null,
    });
    // Pagefind marks the word as the text splits it, its full stop too.
    expect(meeting!.marked.flatMap(words)).toEqual(['Prøvestenen']);
    await own.close();
  });

  it('shows every result shown before, at the same place, on Back after "Vis flere resultater" and a result', async () => {
    const page = await openSearch('budget');
    const status = await waitForResults(page);
    const total = Number(/^(\d+)/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(10);
    await page.locator('[data-more]').click();
    await expect.poll(() => page.locator('[data-results] > li').count(), { timeout: 10_000 }).toBe(Math.min(total, 20));
    const shown = await readFullResults(page);
    const chosen = page.locator('[data-results] > li').nth(14).locator('a');
    await chosen.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(0);
    await chosen.click();
    await page.waitForURL((u) => u.href.endsWith(shown[14]!.href.replace(/^\/referater/, '')));

    await page.goBack();
    await waitForResults(page);
    await expect.poll(async () => (await readFullResults(page)).map((r) => r.href), { timeout: 10_000 }).toEqual(shown.map((r) => r.href));
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBe(before);
    await expect.poll(() => page.locator('[data-results] > li').nth(14).locator('a').isVisible()).toBe(true);
    await page.close();
  });
});

describe('the search page while results arrive', () => {
  it.each([1280, 375])('moves nothing on the screen at %i px (no layout shift: the footer and scrollbar are in place first)', async (width) => {
    const { context: ctx } = await context('light', { width, height: 900 });
    const page = await ctx.newPage();
    await page.goto(url(`${pages.search}?q=budget`), { waitUntil: 'networkidle' });
    await waitForResults(page);
    const shifts = await page.evaluate(
      () =>
        new Promise<{ value: number; sources: string[] }[]>((resolve) => {
          new PerformanceObserver((list) => {
            resolve(
              list.getEntries().map((entry) => {
                const shift = entry as PerformanceEntry & { value: number; sources?: { node?: Node | null }[] };
                return { value: shift.value, sources: (shift.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName))) };
              }),
            );
          }).observe({ type: 'layout-shift', buffered: true });
          // No entry at all: the observer is never called.
          setTimeout(() => resolve([]), 500);
        }),
    );
    expect(shifts).toEqual([]);
    await page.close();
  });
});

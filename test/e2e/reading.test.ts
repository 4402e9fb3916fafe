/**
 * Issue 13, reading the minutes: what the page says when there is no
 * decision, the contents and anchors of a long item, headings nested as the
 * text is, tables that scroll only when they overflow, empty sections left
 * off, no "Beslutning" badge beside a title that says it, and a phone's
 * first screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, runAxe, formatViolations } from '../support/browser.ts';
import { closeBrowser, context, meetings, openSitePage, pages, url } from './site.ts';

afterAll(closeBrowser);

const phone = { width: 375, height: 812 };
const noDecision = 'Referatet indeholder ingen beslutning for dette punkt.';

async function openPhone(path: string): Promise<Page> {
  const { context: ctx } = await context('light', phone);
  return openPage(ctx, url(path));
}

/** The agenda lines of a meeting page, by item number. */
async function agendaLines(page: Page): Promise<Map<number, string>> {
  const items = await page.locator('main ol.agenda > li').evaluateAll((lis) => lis.map((li) => [(li as HTMLLIElement).value, (li as HTMLElement).innerText] as const));
  return new Map(items);
}

describe('an item without a decision', () => {
  it('says so on the meeting page for exactly the items the minutes give none (Odense 6–11), and shows the others', async () => {
    const page = await openSitePage(meetings.odense);
    const lines = await agendaLines(page);
    const without = [...lines].filter(([, text]) => text.includes(noDecision)).map(([n]) => n);
    expect(without).toEqual([6, 7, 8, 9, 10, 11]);
    for (const [n, text] of lines) if (!without.includes(n)) expect(text, `punkt ${n}`).toMatch(/Beslutning:\s+\S/);
    await page.close();
  });

  it('says so on the item page, where the decision would be', async () => {
    const page = await openSitePage(pages.noDecision);
    const note = page.getByRole('note').filter({ hasText: noDecision });
    expect(await note.isVisible()).toBe(true);
    expect(await page.locator('main section.decision').count()).toBe(0);
    await page.close();
  });

  it('shows "Taget til efterretning" as the decision where the minutes say so (Lejre punkt 10)', async () => {
    const page = await openSitePage(pages.twoDecisions);
    expect(await page.locator('main section.decision').first().innerText()).toContain('Taget til efterretning.');
    expect(await page.getByText(noDecision).count()).toBe(0);
    await page.close();
  });
});

describe('the long Odense item (punkt 10)', () => {
  it('nests its headings as the text does: no duplicate sibling headings, "Det sker ved" under A., B. and C.', async () => {
    const page = await openSitePage(pages.longItem);
    const outline = await page.locator('main article :is(h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => `${h.tagName} ${h.textContent?.trim()}`));
    expect(outline).toContain('H3 2. Status på arbejdet i Kontrolgruppen');
    expect(outline).toContain('H4 A. Forebyggelse og vejledning');
    const firstStatus = outline.indexOf('H3 1. Status på arbejdet i Specialenheden');
    expect(outline[firstStatus + 1]).toBe('H4 Status pr. februar 2021');
    expect(outline.filter((h) => h === 'H5 Det sker ved')).toHaveLength(3);
    // Every heading has a parent one level up before it (h1 → h2 → h3 …).
    let level = 1;
    for (const heading of outline) {
      const depth = Number(heading[1]);
      expect(depth, heading).toBeLessThanOrEqual(level + 1);
      level = depth;
    }
    await page.close();
  });

  it('has "På denne side" as a sidebar at 1280 px that links every section and its subheadings', async () => {
    const page = await openSitePage(pages.longItem);
    const toc = page.getByRole('navigation', { name: 'På denne side' });
    expect(await toc.count()).toBe(1);
    const links = await toc.locator('a').evaluateAll((as) => as.map((a) => [a.textContent?.trim(), a.getAttribute('href')]));
    expect(links[0]).toEqual(['Resume', '#resume']);
    expect(links.map(([text]) => text)).toContain('3. Status på puljen for støtte til socialt udsatte borgere');
    for (const [, href] of links) expect(await page.locator(`[id="${href!.slice(1)}"]`).count(), href!).toBe(1);
    const box = (await toc.boundingBox())!;
    const article = (await page.locator('main article').boundingBox())!;
    expect(box.x).toBeGreaterThan(article.x + article.width);
    await page.close();
  });

  it('has the contents collapsed above the text on a phone, and they open', async () => {
    const page = await openPhone(pages.longItem);
    const toc = page.getByRole('navigation', { name: 'På denne side' });
    expect(await toc.count()).toBe(1);
    const summary = toc.locator('summary');
    expect(await toc.locator('a').first().isVisible()).toBe(false);
    await summary.click();
    await expect.poll(() => toc.locator('a').first().isVisible()).toBe(true);
    const tocTop = (await toc.boundingBox())!.y;
    const textTop = (await page.locator('main .item-body').boundingBox())!.y;
    expect(tocTop).toBeLessThan(textTop);
    await page.close();
  });

  it('gives every heading a visible anchor link to itself', async () => {
    const page = await openSitePage(pages.longItem);
    const anchors = await page.locator('main .item-body :is(h2, h3, h4, h5, h6)').evaluateAll((hs) =>
      hs.map((h) => {
        const link = h.parentElement?.querySelector(':scope > a.heading-anchor') as HTMLAnchorElement | null;
        return { id: h.id, href: link?.getAttribute('href'), name: link?.textContent, visible: !!link && link.getBoundingClientRect().width > 0 };
      }),
    );
    expect(anchors.length).toBeGreaterThan(20);
    for (const anchor of anchors) {
      expect(anchor.href, anchor.id).toBe(`#${anchor.id}`);
      expect(anchor.visible, anchor.id).toBe(true);
    }
    expect(anchors[0]!.name).toContain('Link til afsnittet Resume');
    await page.close();
  });

  it('has no WCAG A/AA violations at 375 px, with its contents open, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { context: ctx } = await context(scheme, phone);
      const page = await openPage(ctx, url(pages.longItem));
      await page.locator('nav.toc--narrow summary').click();
      const violations = await runAxe(page);
      expect(violations.map((v) => v.id), formatViolations(`${pages.longItem} 375 px ${scheme}`, violations)).toEqual([]);
      await page.close();
    }
  });
});

describe('tables', () => {
  /** Each table wrapper: whether it scrolls, is a region, its name and whether its hint shows. */
  async function tables(page: Page) {
    return page.locator('main .table-scroll').evaluateAll((wrappers) =>
      wrappers.map((el) => {
        const labelledBy = el.getAttribute('aria-labelledby');
        const hint = el.parentElement?.querySelector('.table-hint') as HTMLElement | null;
        return {
          scrolls: el.scrollWidth > el.clientWidth + 1,
          role: el.getAttribute('role'),
          tabindex: el.getAttribute('tabindex'),
          name: labelledBy ? document.getElementById(labelledBy)?.textContent?.trim() : el.getAttribute('aria-label'),
          hintShown: !!hint && !hint.hidden && hint.getBoundingClientRect().height > 0,
        };
      }),
    );
  }

  it('at 1280 px, a table that fits is no region, no tab stop and shows no hint', async () => {
    const page = await openSitePage(pages.longItem);
    const found = await tables(page);
    expect(found.length).toBeGreaterThan(3);
    for (const table of found.filter((t) => !t.scrolls)) expect(table).toMatchObject({ role: null, tabindex: null, hintShown: false });
    await page.close();
  });

  it('at 375 px, Tabel 5 overflows: a focusable region named by its caption, with the visible hint', async () => {
    const page = await openPhone(pages.longItem);
    await expect.poll(async () => (await tables(page)).some((t) => t.role === 'region')).toBe(true);
    const found = await tables(page);
    const tabel5 = found.find((t) => t.name?.startsWith('Tabel 5.'));
    expect(tabel5).toMatchObject({ scrolls: true, role: 'region', tabindex: '0', hintShown: true });
    for (const table of found) expect(table.role === 'region', JSON.stringify(table)).toBe(table.scrolls);
    const names = found.filter((t) => t.role === 'region').map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    await page.close();
  });

  it('the budget tables have no WCAG violations at 375 px (no duplicate landmarks, no empty headers)', async () => {
    for (const path of [pages.bigTable, pages.longItem, `${meetings.odense}punkt-8/`]) {
      const page = await openPhone(path);
      await expect.poll(async () => (await tables(page)).every((t) => (t.role === 'region') === t.scrolls)).toBe(true);
      const violations = await runAxe(page);
      expect(violations.map((v) => v.id), formatViolations(`${path} 375 px`, violations)).toEqual([]);
      await page.close();
    }
  });

  it('a two-row header keeps its spanning headings and has no empty header cell (Odense punkt 10, Tabel 2)', async () => {
    const page = await openSitePage(pages.longItem);
    const heads = await page.locator('main table thead').evaluateAll((ts) =>
      ts.map((t) => [...t.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => `${c.tagName}${(c as HTMLTableCellElement).colSpan > 1 ? `*${(c as HTMLTableCellElement).colSpan}` : ''}:${c.textContent?.trim()}`))),
    );
    const two = heads.find((rows) => rows[0]?.some((cell) => cell.includes('Ej tilbagefald')));
    expect(two).toEqual([
      ['TH:Årstal', 'TH*2:Ej tilbagefald', 'TH*2:Tilbagefald'],
      ['TD:', 'TH:Antal personer', 'TH:Procent', 'TH:Antal personer', 'TH:Procent'],
    ]);
    expect(await page.locator('main th:empty').count()).toBe(0);
    await page.close();
  });

  it('right-aligns numeric columns (Helsingør budget table)', async () => {
    const page = await openSitePage(pages.bigTable);
    const aligned = await page.locator('main td.align-right').first().evaluate((td) => getComputedStyle(td).textAlign);
    expect(aligned).toBe('right');
    await page.close();
  });
});

describe('empty sections', () => {
  it('leaves a heading over nothing off the page ("Relateret behandling", Gladsaxe punkt 9), while the data keeps it', async () => {
    const path = `${meetings.gladsaxe}punkt-9/`;
    const page = await openSitePage(path);
    const headings = (await page.locator('main h2').allTextContents()).map((h) => h.trim());
    expect(headings).toContain('Beslutning');
    expect(headings).not.toContain('Relateret behandling');
    const content = join(inject('siteDir'), '../content/items', path.replace(/punkt-9\/$/, ''));
    const file = readdirSync(content).find((name) => name.startsWith('09-'))!;
    expect(readFileSync(join(content, file), 'utf8')).toContain('heading: "Relateret behandling"');
    await page.close();
  });
});

describe('kind badges', () => {
  it('shows no "Beslutningspunkt" badge beside a title that starts "Beslutning" (Helsingør)', async () => {
    const page = await openSitePage(meetings.helsingoer);
    const lines = [...(await agendaLines(page)).values()];
    const titled = lines.filter((line) => /^Beslutning/.test(line));
    expect(titled.length).toBeGreaterThan(0);
    for (const line of titled) expect(line).not.toContain('Beslutningspunkt');
    await page.close();
  });
});

describe('on a 375 px phone', () => {
  it.each([
    ['Odense', meetings.odense],
    ['Lejre', meetings.lejre],
  ])('the %s meeting page shows the agenda heading and its first item on the first screen', async (_name, path) => {
    const page = await openPhone(path);
    const heading = (await page.getByRole('heading', { name: 'Dagsorden' }).boundingBox())!;
    const first = (await page.locator('main ol.agenda > li a').first().boundingBox())!;
    expect(heading.y + heading.height).toBeLessThan(phone.height);
    expect(first.y + first.height).toBeLessThan(phone.height);
    await page.close();
  });

  it('never breaks a date or a count across lines', async () => {
    const page = await openPhone(pages.municipality);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/\d\u00a0møder?/);
    expect(text).not.toMatch(/\d+ møder?\b/);
    const meeting = await openPhone(meetings.roskilde);
    const h1 = await meeting.locator('h1').innerText();
    expect(h1).toContain('4.\u00a0februar\u00a02021');
    await page.close();
    await meeting.close();
  });
});

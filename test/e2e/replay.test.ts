/**
 * Issue 15: a snapshot of the seed site replays without Referat. The WACZ is
 * served on loopback beside ReplayWeb.page (the `replaywebpage` package: its
 * UI and service worker) and opened in Chromium; the front page, a meeting
 * page and an item page come from inside the archive — the decision text
 * too — and so does a search, Pagefind included. Two snapshots of the seed
 * site are byte-identical, and verify passes on them.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { newGuardedContext, type GuardedContext } from '../support/browser.ts';
import { startReplayServer, type ReplayServer } from '../support/replay-server.ts';
import { closeBrowser, meetings, openSitePage, pages, sharedBrowser, siteBase, siteOrigin } from './site.ts';

const archived = (path: string): string => `${siteOrigin}${siteBase}${path.replace(/^\//, '')}`;

let work: string;
let server: ReplayServer;
let guarded: GuardedContext;
const snapshots: { wacz: string; bag: string; err: string }[] = [];

async function snapshotSeedSite(out: string): Promise<{ wacz: string; bag: string; err: string }> {
  const siteDir = inject('siteDir');
  const lines: string[] = [];
  const errors: string[] = [];
  process.env.SOURCE_DATE_EPOCH = '1735732800';
  try {
    // The seed site's content folder and minutes lie beside it (test/e2e/build-seed-site.ts).
    const code = await main(['snapshot', '--site', siteDir, '--out', out, '--content', join(dirname(siteDir), 'content'), '--source', join(dirname(siteDir), 'input'), '--name', 'seed'], {
      out: (text) => lines.push(text),
      err: (text) => errors.push(text),
    });
    if (code !== 0) throw new Error(`snapshot exited with ${code}:\n${errors.join('\n')}`);
  } finally {
    delete process.env.SOURCE_DATE_EPOCH;
  }
  const [wacz, bag] = lines.join('\n').split('\n') as [string, string];
  return { wacz, bag, err: errors.join('\n') };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'referat-replay-'));
  snapshots.push(await snapshotSeedSite(join(work, 'a')), await snapshotSeedSite(join(work, 'b')));
  server = await startReplayServer(snapshots[0]!.wacz);
  guarded = await newGuardedContext(await sharedBrowser());
}, 300_000);

afterAll(async () => {
  await guarded?.context.close().catch(() => undefined);
  await closeBrowser();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/**
 * The archived page's frame inside the replay (ReplayWeb.page shows it in an iframe at `…mp_/<url>`).
 * The first time its service worker registers, the embed's request can beat the worker and get the
 * host's 404 instead (webrecorder/replayweb.page#412); ReplayWeb.page usually reloads by itself, and
 * where it does not, a reader reloads: so do we, twice at most.
 */
async function replayed(url: string): Promise<{ page: Page; frame: Frame }> {
  const page = await guarded.context.newPage();
  await page.goto(server.pageFor(url));
  for (let attempt = 1; ; attempt++) {
    const frame = await archivedFrame(page, url, attempt < 3 ? 20_000 : 60_000);
    if (frame) {
      await frame.locator('main h1').first().waitFor({ timeout: 60_000 });
      return { page, frame };
    }
    if (attempt === 3) throw new Error(`the replay never showed ${url}; its frames: ${page.frames().map((f) => f.url()).join(', ')}`);
    await page.reload();
  }
}

async function archivedFrame(page: Page, url: string, timeout: number): Promise<Frame | undefined> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().endsWith(`mp_/${url}`));
    if (frame) return frame;
    await page.waitForTimeout(250);
  }
  return undefined;
}

describe('a snapshot of the seed site', () => {
  it('is byte-identical when taken twice with the same SOURCE_DATE_EPOCH', async () => {
    const [a, b] = snapshots as [(typeof snapshots)[number], (typeof snapshots)[number]];
    expect((await readFile(a.wacz)).equals(await readFile(b.wacz))).toBe(true);
    for (const file of ['manifest-sha256.txt', 'tagmanifest-sha256.txt', 'bag-info.txt']) {
      expect(await readFile(join(b.bag, file), 'utf8'), file).toBe(await readFile(join(a.bag, file), 'utf8'));
    }
  });

  it('verifies: the bag and the WACZ', async () => {
    const lines: string[] = [];
    const code = await main(['verify', snapshots[0]!.bag, snapshots[0]!.wacz], { out: (text) => lines.push(text), err: (text) => lines.push(text) });
    expect(lines.join('\n')).toMatch(/^verify: .*-bag: ok \(bag: \d+ payload files checked\)\nverify: .*\.wacz: ok \(WACZ: \d+ WARC records checked\)$/);
    expect(code).toBe(0);
  });

  it('lists the 5 meetings and 52 items of the seed site in pages.jsonl', async () => {
    const { default: yauzl } = await import('yauzl');
    const zip = await yauzl.openPromise(snapshots[0]!.wacz);
    let text = '';
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== 'pages/pages.jsonl') continue;
      for await (const chunk of await zip.openReadStreamPromise(entry)) text += (chunk as Buffer).toString();
    }
    zip.close();
    const urls = text.trimEnd().split('\n').slice(1).map((line) => (JSON.parse(line) as { url: string }).url);
    expect(urls[0]).toBe(archived('/'));
    expect(urls.filter((u) => /\/\d{4}-\d\d-\d\d\/$/.test(u)).sort()).toEqual(Object.values(meetings).map(archived).sort());
    expect(urls.filter((u) => /\/\d{4}-\d\d-\d\d\/punkt-\d+\/$/.test(u))).toHaveLength(52);
  });
});

describe('replaying the snapshot in ReplayWeb.page', () => {
  it('shows the front page from the archive, linking the municipalities', async () => {
    const { page, frame } = await replayed(archived(pages.front));
    await expect.poll(() => frame.locator('main a[href$="/odense/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows a meeting page from the archive with its agenda', async () => {
    const live = await openSitePage(pages.meeting);
    const agenda = await live.locator('main ol a').allInnerTexts();
    await live.close();
    const { page, frame } = await replayed(archived(pages.meeting));
    expect(agenda.length).toBeGreaterThan(5);
    expect(await frame.locator('main ol a').allInnerTexts()).toEqual(agenda);
    await page.close();
  });

  it('shows an item page from the archive with its decision text and the site\'s stylesheet', async () => {
    const live = await openSitePage(pages.item);
    const decision = (await live.locator('main section.decision').innerText()).trim();
    const border = await live.locator('main section.decision').evaluate((section) => getComputedStyle(section).borderLeft);
    await live.close();
    expect(decision).toMatch(/^Beslutning/);
    const { page, frame } = await replayed(archived(pages.item));
    expect((await frame.locator('main section.decision').innerText()).trim()).toBe(decision);
    // Styled as published: the stylesheet came from the archive too.
    expect(border).toMatch(/^\d+px solid rgb/);
    expect(await frame.locator('main section.decision').evaluate((section) => getComputedStyle(section).borderLeft)).toBe(border);
    await page.close();
  });

  it('searches inside the archive: Pagefind finds the item page', async () => {
    const { page, frame } = await replayed(archived(pages.search));
    const input = frame.locator('#search-q');
    await input.fill('handleplan');
    await input.press('Enter');
    await expect.poll(() => frame.locator('[data-results] > li').allInnerTexts(), { timeout: 60_000 }).toContainEqual(expect.stringContaining('Godkendelse af økonomisk handleplan på socialområdet'));
    await page.close();
  });

  it('reaches nothing beyond the loopback interface', () => {
    expect(guarded.externalRequests).toEqual([]);
  });
});

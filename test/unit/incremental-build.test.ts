/**
 * Issue 5: an incremental `referat build` (one meeting added, changed or
 * removed) writes the same bytes as a clean full build of the same input,
 * and renders only the pages that depend on the change. With a public
 * address, so the open data (feeds, calendars, sitemap; issue 14) is part of
 * the comparison, and the sitemap lists exactly the pages each build left.
 */
import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeArchive } from '../../src/bench/write-archive.ts';
import { convertCommand } from '../../src/cli/commands/convert.ts';
import type { Reporter } from '../../src/cli/reporter.ts';
import type { SiteManifest } from '../../src/manifest/schema.ts';
import { buildSite, type BuildSiteResult } from '../../src/site/build-site.ts';
import { builtPagePaths, filesOf, sitemapPagePaths } from '../support/built-open-data.ts';
import { differences, folderBytes } from '../support/folder-bytes.ts';

const site = 'https://referater.example.dk';
const base = '/referater/';

const quiet: Reporter = { out: () => {}, err: () => {} };

let work: string;
let input: string;
let spare: { path: string; text: string };

/** Converts and builds `input` into `<work>/<name>`; the same name reuses the previous build. */
async function build(name: string): Promise<{ out: string; result: BuildSiteResult }> {
  const content = join(work, `${name}-content`);
  const out = join(work, `${name}-out`);
  await convertCommand({ input, content, progressEvery: 0 }, quiet);
  // Search periods of at most 40 pages split the ~190 indexed pages into several Pagefind bundles.
  const result = await buildSite({ contentDir: content, outDir: out, base, site, searchPeriodPages: 40 });
  // Every build, full or incremental: the sitemap names exactly the HTML pages in the output.
  expect(sitemapPagePaths(out, `${site}${base}`)).toEqual(builtPagePaths(out));
  return { out, result };
}

let run = 0;
/** A clean full build of the current input, compared with the incremental output `out`. */
async function expectSameAsClean(out: string): Promise<void> {
  const clean = await build(`clean-${run++}`);
  expect(clean.result.mode).toBe('full');
  expect(differences(await folderBytes(out), await folderBytes(clean.out))).toEqual([]);
  // Not compared vacuously: the open data is there.
  const files = filesOf(out);
  expect(files).toEqual(expect.arrayContaining(['feed.xml', 'sitemap-index.xml', 'sitemap-0.xml', 'robots.txt']));
  expect(files.filter((file) => file.endsWith('/kalender.ics')).length).toBeGreaterThan(1);
  expect(files.filter((file) => file.endsWith('/feed.xml')).length).toBeGreaterThan(2);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'referat-incremental-'));
  input = join(work, 'input');
  const archive = await writeArchive(input, { meetings: 12, seed: 5 });
  // The newest meeting of the plan is held back and added later.
  const last = archive.files.at(-1)!;
  spare = { path: last, text: await readFile(join(input, last), 'utf8') };
  await unlink(join(input, last));
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('incremental build', () => {
  test('should build the archive in full the first time', async () => {
    const { result } = await build('site');
    expect(result.mode).toBe('full');
    expect(result.indexedPages).toBeGreaterThan(100);
    expect(result.searchPeriods.total).toBeGreaterThan(3);
    expect(result.searchPeriods.indexed).toBe(result.searchPeriods.total);
  }, 120_000);

  test('should render nothing but the fixed pages when nothing changed', async () => {
    const { result } = await build('site');
    expect(result.mode).toBe('incremental');
    // The front, search, 404, /was/ and /data/ pages are always rendered.
    expect(result.rendered).toBe(5);
    expect(result.searchPeriods.indexed).toBe(0);
  }, 120_000);

  test('should add a meeting with its pages, its neighbours, listings and search, as a full build would', async () => {
    await writeFile(join(input, spare.path), spare.text);
    const { out, result } = await build('site');
    expect(result.mode).toBe('incremental');
    expect(result.rendered).toBeLessThan(result.pages / 2);
    // Its own period; a neighbour's new "next meeting" link changes its page, not its search record.
    expect(result.searchPeriods.indexed).toBeGreaterThan(0);
    expect(result.searchPeriods.indexed).toBeLessThan(result.searchPeriods.total / 2);
    await expectSameAsClean(out);
  }, 240_000);

  test('should change a meeting in place as a full build would', async () => {
    const path = join(input, spare.path);
    const text = await readFile(path, 'utf8');
    const changed = text.replace(/Godkendt\./, 'Godkendt med bemærkninger.');
    expect(changed).not.toBe(text);
    await writeFile(path, changed);
    const { out, result } = await build('site');
    expect(result.mode).toBe('incremental');
    await expectSameAsClean(out);
  }, 240_000);

  test('should index the period of a meeting again when only the meeting page\'s own text changed (its participants)', async () => {
    const path = join(input, spare.path);
    const text = await readFile(path, 'utf8');
    const changed = text.replace(/^(Mødedeltagere .*), ([^,\n]+)$/m, '$1, Tove Udsigt');
    expect(changed).not.toBe(text);
    await writeFile(path, changed);
    const { out, result } = await build('site');
    expect(result.mode).toBe('incremental');
    // The meeting page alone: its items' pages show its time and place, not who took part.
    expect(result.searchPeriods.indexed).toBe(1);
    await expectSameAsClean(out);
  }, 240_000);

  test("should render a meeting's item pages again when only the meeting's place changed (their data did not)", async () => {
    const path = join(input, spare.path);
    const text = await readFile(path, 'utf8');
    const changed = text.replace(/^Mødested .*$/m, 'Mødested Byrådssalen, Rådhuset');
    expect(changed).not.toBe(text);
    await writeFile(path, changed);
    const { out, result } = await build('site');
    expect(result.mode).toBe('incremental');
    // Each item page names the meeting's place (its JSON-LD): the meeting's page and every item's.
    expect(result.rendered).toBeGreaterThan(10);
    await expectSameAsClean(out);
  }, 240_000);

  test("should render an item page again when only its own data changed (a case number, which no other page shows)", async () => {
    const manifestFile = join(work, 'site-content', 'manifest.json');
    const before = JSON.parse(await readFile(manifestFile, 'utf8')) as SiteManifest;
    const path = join(input, spare.path);
    const text = await readFile(path, 'utf8');
    const meetingId = before.sources[spare.path]!.meetings[0]!;
    const item = before.meetings[meetingId]!.items.find((entry) => entry.data.caseNumbers.some((number) => text.split(number).length === 2))!;
    const number = item.data.caseNumbers.find((candidate) => text.split(candidate).length === 2)!;
    const renamed = number.replace(/\d(?=\D*$)/, (digit) => String((Number(digit) + 1) % 10));
    await writeFile(path, text.replace(number, renamed));
    const { out, result } = await build('site');
    expect(result.mode).toBe('incremental');
    const after = JSON.parse(await readFile(manifestFile, 'utf8')) as SiteManifest;
    expect(after.meetings[meetingId]!.items.find((entry) => entry.id === item.id)!.data.caseNumbers).toContain(renamed);
    await expectSameAsClean(out);
  }, 240_000);

  test('should remove a meeting, its pages and its search entries as a full build would', async () => {
    await unlink(join(input, spare.path));
    const { out, result } = await build('site');
    expect(result.mode).toBe('incremental');
    expect(result.removed).toBeGreaterThan(1);
    await expectSameAsClean(out);
  }, 240_000);
});

/**
 * Issue 14: the OParl files in a built site. `referat build` writes them
 * after every build from the whole manifest, so an incremental build after a
 * meeting is added, changed or removed leaves the same `oparl/` folder, byte
 * for byte, as a clean full build; two full builds of the same input write
 * the same bytes; without a public address there is a warning and no OParl.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeArchive } from '../../src/bench/write-archive.ts';
import { convertCommand } from '../../src/cli/commands/convert.ts';
import { formatMessages } from '../../src/diagnostics/report.ts';
import { buildSite, type BuildSiteResult } from '../../src/site/build-site.ts';
import { checkOparl } from '../support/oparl-check.ts';
import { differences, folderBytes as tree } from '../support/folder-bytes.ts';

const quiet = { out: () => {}, err: () => {} };
const site = 'https://referater.example.dk';
const base = '/referater/';
const root = `${site}${base}`;

let work: string;
let input: string;
let spare: { path: string; text: string };
let changing: string;

/** Converts and builds `input` into `<work>/<name>-out`; the same name reuses the previous build. */
async function build(name: string, withSite = true): Promise<{ out: string; result: BuildSiteResult; log: string[] }> {
  const content = join(work, `${name}-content`);
  const out = join(work, `${name}-out`);
  const log: string[] = [];
  await convertCommand({ input, content, progressEvery: 0 }, quiet);
  const result = await buildSite({ contentDir: content, outDir: out, base, site: withSite ? site : undefined, log: (line) => log.push(line) });
  return { out, result, log };
}

let run = 0;
/** A clean full build of the current input, whose oparl/ must equal the one in `out`. */
async function expectSameAsClean(out: string): Promise<Map<string, Buffer>> {
  const clean = await build(`clean-${run++}`);
  expect(clean.result.mode).toBe('full');
  const [mine, theirs] = await Promise.all([tree(join(out, 'oparl')), tree(join(clean.out, 'oparl'))]);
  expect(theirs.size).toBeGreaterThan(50);
  expect(differences(mine, theirs)).toEqual([]);
  return theirs;
}

let first: Map<string, Buffer>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'referat-oparl-build-'));
  input = join(work, 'input');
  const archive = await writeArchive(input, { meetings: 6, seed: 14 });
  // One published PDF (a fictional fixture), so the site has a File.
  mkdirSync(join(input, 'fjordby'), { recursive: true });
  copyFileSync(new URL('../fixtures/documents/fjordby-kmu-2024-03-14.pdf', import.meta.url), join(input, 'fjordby', 'kmu-2024-03-14.pdf'));
  const last = archive.files.at(-1)!;
  spare = { path: last, text: await readFile(join(input, last), 'utf8') };
  await unlink(join(input, last));
  changing = archive.files[0]!;
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('OParl in a built site', () => {
  test('should be written by a full build, every link a file of the site', async () => {
    const { out, result, log } = await build('site');
    expect(result.mode).toBe('full');
    first = await tree(join(out, 'oparl'));
    expect([...first.keys()]).toEqual(expect.arrayContaining(['v1/system.json', 'v1/bodies.json', 'v1/file/fjordby/klima-og-miljoeudvalget/2024-03-14/referat.json']));
    expect(log.find((line) => line.startsWith('oparl: '))).toMatch(new RegExp(`^oparl: ${first.size} files \\(\\d+\\.\\d MB; ${first.size} written, 0 removed\\) in \\d+\\.\\d s$`));
    const files = [...first].map(([path, bytes]) => ({ path: `oparl/${path}`, json: JSON.parse(bytes.toString('utf8')) as unknown }));
    const sitePathExists = (path: string): boolean => existsSync(join(out, path.endsWith('/') ? `${path}index.html` : path));
    expect(checkOparl(files, { url: (path) => `${root}${path}`, sitePathExists, root })).toEqual([]);
    // Served as JSON that other sites' scripts may read.
    expect(await readFile(join(out, '_headers'), 'utf8')).toContain(`${base}oparl/*\n  Content-Type: application/json; charset=utf-8\n  Access-Control-Allow-Origin: *\n`);
  }, 120_000);

  test('should rewrite nothing when nothing changed', async () => {
    const { out, result, log } = await build('site');
    expect(result.mode).toBe('incremental');
    expect(log.find((line) => line.startsWith('oparl: '))).toContain(`; 0 written, 0 removed)`);
    expect(differences(await tree(join(out, 'oparl')), first)).toEqual([]);
  }, 120_000);

  test('should write again a file deleted or edited in the output since', async () => {
    const out = join(work, 'site-out');
    await unlink(join(out, 'oparl/v1/system.json'));
    // Same size, other bytes: found by its times.
    const body = join(out, 'oparl/v1/bodies.json');
    await writeFile(body, (await readFile(body, 'utf8')).replace('"data"', '"atad"'));
    const { log } = await build('site');
    expect(log.find((line) => line.startsWith('oparl: '))).toContain(`; 2 written, 0 removed)`);
    expect(differences(await tree(join(out, 'oparl')), first)).toEqual([]);
  }, 120_000);

  test('should add a meeting as a full build would', async () => {
    await writeFile(join(input, spare.path), spare.text);
    const { out, result } = await build('site');
    expect(result.mode).toBe('incremental');
    const clean = await expectSameAsClean(out);
    expect(differences(first, clean).length).toBeGreaterThan(3);
  }, 240_000);

  test('should change a meeting as a full build would', async () => {
    const path = join(input, changing);
    const text = await readFile(path, 'utf8');
    const changed = text.replace(/Godkendt\./, 'Godkendt med bemærkninger.');
    expect(changed).not.toBe(text);
    await writeFile(path, changed);
    const { out, result } = await build('site');
    expect(result.mode).toBe('incremental');
    const clean = await expectSameAsClean(out);
    expect([...clean.values()].some((bytes) => bytes.toString('utf8').includes('Godkendt med bemærkninger.'))).toBe(true);
    // Put back, for the last test.
    await writeFile(path, text);
  }, 240_000);

  test('should remove a meeting as a full build would, and be byte for byte the first full build again', async () => {
    await unlink(join(input, spare.path));
    const { out, result, log } = await build('site');
    expect(result.mode).toBe('incremental');
    expect(log.find((line) => line.startsWith('oparl: '))).toMatch(/; \d+ written, [1-9]\d* removed\)/);
    const clean = await expectSameAsClean(out);
    // The input is the first build's again: two full builds, and the incremental one, say the same.
    expect(differences(clean, first)).toEqual([]);
    expect(differences(await tree(join(out, 'oparl')), first)).toEqual([]);
  }, 240_000);

  test('should warn once and write no OParl without a public address', async () => {
    const { out, result } = await build('nosite', false);
    expect(result.problems.flatMap((file) => formatMessages(file)).filter((line) => line.includes('[needs-site]'))).toEqual([
      `${out}: warning: Unexpected build without \`--site\` (the public address of the site), expected one (or \`site\` in referat.config.json) for the Atom feeds, the sitemap and OParl (oparl/v1/), which must name absolute addresses: not written (robots.txt has no \`Sitemap:\` line) [needs-site]`,
    ]);
    expect(existsSync(join(out, 'oparl'))).toBe(false);
  }, 120_000);
});

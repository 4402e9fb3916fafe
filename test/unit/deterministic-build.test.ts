/**
 * Issue 5: two builds of the same input are byte-identical — pages, assets,
 * the Pagefind bundle and the open data (feeds, calendars, sitemap; issue
 * 14, so with a public address) — wherever and whenever they are built.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeArchive } from '../../src/bench/write-archive.ts';
import { convertCommand } from '../../src/cli/commands/convert.ts';
import type { Reporter } from '../../src/cli/reporter.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { folderBytes } from '../support/folder-bytes.ts';

const quiet: Reporter = { out: () => {}, err: () => {} };
let work: string | undefined;

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

test('should write the same bytes in two clean builds of the same input', async () => {
  // Into tmpfs when there is one (issue 10): another file system than the project's, and folders listed in creation order.
  // (The search mirror stays in the project's .cache; test/unit/search-index-order.test.ts puts one on tmpfs.)
  work = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'referat-deterministic-'));
  const input = join(work, 'input');
  await writeArchive(input, { meetings: 6, seed: 11 });
  const outputs: Map<string, Buffer>[] = [];
  for (const [run, epoch] of [['a', '1700000000'], ['b', '1800000000']] as const) {
    process.env.SOURCE_DATE_EPOCH = epoch;
    const content = join(work, `${run}-content`);
    const out = join(work, `${run}-out`);
    await convertCommand({ input, content, progressEvery: 0 }, quiet);
    const result = await buildSite({ contentDir: content, outDir: out, full: true, site: 'https://referater.example.dk' });
    expect(result.mode).toBe('full');
    outputs.push(await folderBytes(out));
  }
  delete process.env.SOURCE_DATE_EPOCH;
  const [a, b] = outputs as [Map<string, Buffer>, Map<string, Buffer>];
  expect([...b.keys()]).toEqual([...a.keys()]);
  expect([...a.keys()].filter((file) => !a.get(file)!.equals(b.get(file)!))).toEqual([]);
  expect(a.size).toBeGreaterThan(100);
  expect([...a.keys()]).toEqual(expect.arrayContaining(['feed.xml', 'sitemap-index.xml', 'robots.txt']));
}, 120_000);

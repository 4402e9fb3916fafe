/**
 * Converting and rendering on worker threads must give the bytes the calling
 * thread gives: a page must not depend on which thread made it.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArchive } from '../../src/bench/write-archive.ts';
import { convertCommand } from '../../src/cli/commands/convert.ts';
import { convertSource } from '../../src/cli/convert-source.ts';
import type { Reporter } from '../../src/cli/reporter.ts';
import { createRenderPool, renderer, type RenderWords } from '../../src/collections/render-pool.ts';
import { createWorkerPool } from '../../src/utils/worker-pool.ts';

const quiet: Reporter = { out: () => {}, err: () => {} };
const words: RenderWords = { labels: { decision: 'Beslutning', attachments: 'Bilag' }, tableLabel: 'Tabel, kan rulles vandret' };

let work: string;
let files: string[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'referat-pools-'));
  // 30 meetings: enough for convert to use its workers (from 24 sources).
  files = (await writeArchive(join(work, 'input'), { meetings: 30, seed: 11 })).files;
}, 60_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('worker threads', () => {
  it('convert writes, from its workers, the files the importer makes on this thread', async () => {
    const content = join(work, 'content');
    const result = await convertCommand({ input: join(work, 'input'), content, progressEvery: 0 }, quiet);
    expect(result).toMatchObject({ converted: 30, failed: 0 });
    let compared = 0;
    for (const key of files) {
      const bytes = await readFile(join(work, 'input', key));
      const { files: expected } = convertSource({ bytes, path: key, key, municipality: null, municipalityFolder: key.split('/')[0]!, strict: false });
      for (const file of expected ?? []) {
        expect(await readFile(join(content, file.path), 'utf8'), file.path).toBe(file.contents);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(30 * 8);
  }, 60_000);

  it('renders item bodies on workers exactly as on this thread', async () => {
    const items = join(work, 'content', 'items');
    const names = (await readdir(items, { recursive: true })).filter((name) => name.endsWith('.mdx')).slice(0, 60);
    const pool = createRenderPool(words, 1000);
    try {
      const bodies = await Promise.all(names.map((name) => readFile(join(items, name), 'utf8')));
      const html = await Promise.all(bodies.map((body) => pool.run(body)));
      expect(html).toEqual(bodies.map(renderer(words)));
      expect(html.join('')).toContain('Beslutning');
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('falls back to this thread when a worker cannot start', async () => {
    const pool = createWorkerPool(new URL('./no-such-worker.ts', import.meta.url), undefined, (n: number) => n * 2, 2);
    try {
      expect(await Promise.all([1, 2, 3].map((n) => pool.run(n)))).toEqual([2, 4, 6]);
    } finally {
      await pool.close();
    }
  });
});

/**
 * Converting and rendering on worker threads must give the bytes the calling
 * thread gives: a page must not depend on which thread made it. And the
 * workers must really run: the pools fall back to this thread when they
 * cannot, which gives the same bytes, so each test also checks where the
 * requests ran (pool.stats) and that no fallback warning was given.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArchive } from '../../src/bench/write-archive.ts';
import { convertCommand } from '../../src/cli/commands/convert.ts';
import { createConvertPool } from '../../src/cli/convert-pool.ts';
import { convertSource, type ConvertSourceRequest } from '../../src/cli/convert-source.ts';
import type { Reporter } from '../../src/cli/reporter.ts';
import { renderMdx } from '../../src/mdx/render-mdx.ts';
import { createWorkerPool } from '../../src/utils/worker-pool.ts';

/** A reporter that keeps what convert prints to stderr. */
function recorder(): Reporter & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: () => {}, err: (text) => lines.push(text) };
}

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

/** What convert asks its pool for each generated source. */
async function convertRequests(): Promise<ConvertSourceRequest[]> {
  return Promise.all(
    files.map(async (key) => ({
      bytes: await readFile(join(work, 'input', key)),
      path: key,
      key,
      municipality: null,
      municipalityFolder: key.split('/')[0]!,
      strict: false,
    })),
  );
}

describe('worker threads', () => {
  it('convert writes, from its workers, the files the importer makes on this thread', async () => {
    const content = join(work, 'content');
    const reporter = recorder();
    const result = await convertCommand({ input: join(work, 'input'), content, progressEvery: 0 }, reporter);
    expect(result).toMatchObject({ converted: 30, failed: 0 });
    expect(reporter.lines.filter((line) => line.includes('worker threads'))).toEqual([]);
    let compared = 0;
    for (const request of await convertRequests()) {
      for (const file of convertSource(request).content?.files ?? []) {
        expect(await readFile(join(content, file.path), 'utf8'), file.path).toBe(file.contents);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(30 * 8);
  }, 60_000);

  it('converts every source on a worker, with the result this thread gives', async () => {
    const warnings: string[] = [];
    const requests = await convertRequests();
    const pool = createConvertPool(requests.length, (text) => warnings.push(text));
    // Started before the first request (convert does so while it reads the manifest): the same results, on the workers.
    pool.warm();
    try {
      const results = await Promise.all(requests.map((request) => pool.run(request)));
      expect(results).toEqual(requests.map(convertSource));
      expect(pool.stats).toEqual({ onWorkers: 30, onThisThread: 0 });
      expect(warnings).toEqual([]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('rejects with the error this thread gives: a bad content file keeps its line and rule on a worker', async () => {
    const bad = '---\ntitle: "x"\n---\n\nTekst\n\n{1 + 1}\n';
    const here = (() => {
      try {
        renderMdx(bad);
      } catch (error) {
        return error as Record<string, unknown>;
      }
    })();
    expect(here).toMatchObject({ line: 7, ruleId: 'mdx-code' });
    const pool = createWorkerPool(new URL('../support/render-worker.ts', import.meta.url), undefined, (mdx: string) => renderMdx(mdx).html, {});
    try {
      const there = await pool.run(bad).then(() => undefined, (error: Record<string, unknown>) => error);
      const fields = ['name', 'message', 'reason', 'line', 'column', 'ruleId', 'source', 'fatal'];
      expect(Object.fromEntries(fields.map((key) => [key, there?.[key]]))).toEqual(Object.fromEntries(fields.map((key) => [key, here?.[key]])));
      expect(pool.stats.onWorkers).toBe(1);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('falls back to this thread when a worker cannot start, and says so once, in one line', async () => {
    const reasons: string[] = [];
    const pool = createWorkerPool(new URL('./no-such-worker.ts', import.meta.url), undefined, (n: number) => n * 2, {
      size: 2,
      onFallback: (reason) => reasons.push(reason),
    });
    pool.warm();
    try {
      expect(await Promise.all([1, 2, 3].map((n) => pool.run(n)))).toEqual([2, 4, 6]);
      expect(await pool.run(4)).toBe(8);
      expect(pool.stats).toEqual({ onWorkers: 0, onThisThread: 4 });
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toContain('no-such-worker.ts');
      expect(reasons[0]).not.toContain('\n');
    } finally {
      await pool.close();
    }
  });
});

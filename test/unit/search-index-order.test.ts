/**
 * Issue 10, point 8: the search index is the same bytes on every file
 * system. Pagefind's own directory walk returns files in the folder's order
 * — creation order on tmpfs, hash order on ext4 — and the bundle follows it,
 * so two builds on tmpfs differed in hundreds of index files.
 *
 * The indexer now gets its pages from the manifest, not from a folder: the
 * same pages, handed over in opposite orders, must give byte-identical
 * bundles, written to tmpfs (/dev/shm) where it exists.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { indexSite, type SearchPage } from '../../src/search/index-site.ts';

const root = existsSync('/dev/shm') && statSync('/dev/shm').isDirectory() ? '/dev/shm' : tmpdir();
const work = mkdtempSync(join(root, 'referat-index-order-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const committees = ['Økonomiudvalget', 'Teknik- og Miljøudvalget', 'Børne- og Skoleudvalget'];
const words = ['budget', 'skole', 'vej', 'kloak', 'bibliotek', 'havn', 'cykelsti', 'daginstitution', 'lokalplan', 'affald'];

/** Search pages of fictional meeting items. */
function pages(): SearchPage[] {
  const files: SearchPage[] = [];
  for (let n = 0; n < 90; n++) {
    const month = `2023-${String((n % 3) + 1).padStart(2, '0')}`;
    const date = `${month}-${String((n % 27) + 1).padStart(2, '0')}`;
    const committee = committees[n % committees.length]!;
    const text = Array.from({ length: 30 }, (_, i) => words[(n * 7 + i * 3) % words.length]).join(' ');
    const path = `/testby/udvalg-${n % 3}/${date}/punkt-${n}/`;
    const html =
      `<!doctype html><html lang="da"><body><main data-pagefind-body data-pagefind-sort="date:${date}" data-pagefind-filter="committee[data-committee], year[data-year]"` +
      ` data-pagefind-meta="title[data-title]" data-committee="${committee}" data-year="2023" data-title="Punkt ${n}"><h1>Punkt ${n}</h1><p>${text} nummer${n}</p></main></body></html>\n`;
    files.push({ path, date, fingerprint: String(n), filters: { committee, year: '2023' }, html: () => html });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

function snapshot(dir: string): Map<string, Buffer> {
  const names = (readdirSync(dir, { recursive: true }) as string[]).filter((name) => statSync(join(dir, name)).isFile()).sort();
  return new Map(names.map((name) => [name, readFileSync(join(dir, name))]));
}

it('should write the same search index whatever order its pages come in', async () => {
  const files = pages();
  const sites: Map<string, Buffer>[] = [];
  for (const [name, order] of [['sorted', files], ['reversed', [...files].reverse()]] as const) {
    const out = join(work, `${name}-out`);
    mkdirSync(out);
    const result = await indexSite(out, order, { maxPages: 40 });
    expect(result).toMatchObject({ pages: 90, periods: 3, indexed: 3 });
    sites.push(snapshot(join(out, 'pagefind')));
  }
  const [a, b] = sites as [Map<string, Buffer>, Map<string, Buffer>];
  expect([...b.keys()]).toEqual([...a.keys()]);
  expect([...a.keys()].filter((file) => !a.get(file)!.equals(b.get(file)!))).toEqual([]);
  expect(a.size).toBeGreaterThan(20);
}, 60_000);

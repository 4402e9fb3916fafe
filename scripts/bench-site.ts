/**
 * Site benchmark (issue 4; a benchmark, not a test): for the seed minutes and
 * for the fictional sample, a clean `referat build` in a child process, then
 * build time, pages per second, total output size, the HTML bytes of the
 * largest item page, and the Pagefind bytes fetched for one query in Chromium.
 *
 *   node scripts/bench-site.ts [--seeds DIR]   (default ../shared/seeds, as bench-import)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '../shared/seeds' } } });
const seedsDir = values.seeds!;

interface Row {
  name: string;
  seconds: number;
  pages: number;
  bytes: number;
  largestItem: { path: string; bytes: number };
  searchBytes: number;
}

function walk(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
}

function measure(name: string, input: string, query: string): Row {
  const work = mkdtempSync(join(tmpdir(), 'referat-bench-site-'));
  const out = join(work, 'out');
  const started = performance.now();
  execFileSync(process.execPath, ['scripts/referat.ts', 'build', '--full', '--input', input, '--out', out, '--content', join(work, 'content')], { stdio: 'ignore' });
  const seconds = (performance.now() - started) / 1000;
  const files = walk(out);
  const pages = files.filter((f) => f.endsWith('.html')).length;
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const items = files.filter((f) => /\/punkt-\d+\/index\.html$/.test(f)).map((path) => ({ path: path.slice(out.length), bytes: statSync(path).size }));
  const largestItem = items.sort((a, b) => b.bytes - a.bytes)[0] ?? { path: '-', bytes: 0 };
  const transfer = execFileSync(process.execPath, ['scripts/bench-search-transfer.ts', out, query], { encoding: 'utf8' });
  const searchBytes = (JSON.parse(transfer.trim().split('\n').at(-1)!) as { searchBytes: number }).searchBytes;
  rmSync(work, { recursive: true, force: true });
  return { name, seconds, pages, bytes, largestItem, searchBytes };
}

// The seeds are flat files; give each its own folder so nothing depends on the layout.
const seeds = mkdtempSync(join(tmpdir(), 'referat-seeds-'));
for (const file of readdirSync(seedsDir).filter((name) => name.endsWith('.txt'))) {
  mkdirSync(join(seeds, 'minutes'), { recursive: true });
  cpSync(join(seedsDir, file), join(seeds, 'minutes', file));
}
const rows = [measure('seeds (5 meetings, 52 items)', join(seeds, 'minutes'), 'handleplaner'), measure('sample (examples/)', 'examples', 'handleplaner')];
rmSync(seeds, { recursive: true, force: true });

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log('| site | build | pages | pages/s | output | largest item page | Pagefind bytes for one query |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.seconds.toFixed(1)} s | ${r.pages} | ${(r.pages / r.seconds).toFixed(0)} | ${(r.bytes / 1024 / 1024).toFixed(1)} MB | ${kb(r.largestItem.bytes)} (${r.largestItem.path}) | ${kb(r.searchBytes)} |`);
}

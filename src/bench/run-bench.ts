/**
 * `referat bench` (issues 5 and 16): builds generated archives of the given
 * sizes and prints one table — Referat's full build against the floor (a
 * minimal Astro site over as many plain-Markdown pages plus one Pagefind run,
 * built in the same run), each phase against its floor, conversion speed,
 * peak memory, incremental rebuild and the first search.
 *
 * Every build runs as a child process (under `/usr/bin/time -v`), so peak
 * RSS is measured per build and no state leaks between them. Per size:
 *   1. generate the archive (one meeting more than needed, held back);
 *   2. full build (`--full`: empty content store, every page rendered);
 *   3. the floor: as many plain-Markdown twins of the content as the full
 *      build wrote pages (src/bench/markdown-variant.ts), built by
 *      src/bench/floor-site.ts — Astro's glob() loader, one page, one Pagefind run;
 *   4. the first search on the full build's search page, measured in Chromium;
 *   5. the held-back meeting is added and `referat build` runs again
 *      (incremental: convert, plan, partial Astro build, Pagefind).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Reporter } from '../utils/reporter.ts';
import type { FloorResult } from './floor-site.ts';
import { writeFloorPages } from './markdown-variant.ts';
import { writeArchive } from './write-archive.ts';
import { planArchive } from './generate-archive.ts';
import { trashAt, type Trash } from './trash.ts';

export interface BenchOptions {
  /** One archive of this many meetings (about 15 item pages each), instead of `sizes`. */
  generate?: number | undefined;
  seed: number;
  /** Where archives and builds go. @default ".cache/bench" */
  dir?: string | undefined;
  /** Item pages per archive. */
  sizes?: number[] | undefined;
}

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_SIZES = [1000, 15000, 75000];
/** A word in most generated items, so the first search has plenty of results to show. */
const searchQuery = 'borgere';

export interface ChildRun {
  seconds: number;
  /** Peak resident set size in bytes, if /usr/bin/time could tell. */
  peakRss: number | undefined;
  stdout: string;
  stderr: string;
  code: number;
}

/** Runs `node script args…` in the project, timing it and measuring its peak RSS. */
export function runChild(script: string, args: readonly string[], log: (line: string) => void): Promise<ChildRun> {
  const timed = existsSync('/usr/bin/time');
  const command = timed ? '/usr/bin/time' : process.execPath;
  const argv = timed ? ['-v', process.execPath, script, ...args] : [script, ...args];
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, argv, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      stderr += text;
      for (const line of text.split('\n')) if (/^(convert|build):/.test(line)) log(`  ${line}`);
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      done({ seconds: (performance.now() - started) / 1000, peakRss: rss ? Number(rss[1]) * 1024 : undefined, stdout, stderr, code: code ?? 1 });
    });
  });
}

async function folderBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let total = 0;
  for (const entry of entries) if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  return total;
}

function number(pattern: RegExp, text: string): number | undefined {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : undefined;
}

export interface BenchRow {
  items: number;
  meetings: number;
  pages: number;
  /** Bytes of minutes text the full build converted. */
  minutesBytes: number;
  convert: number | undefined;
  plan: number | undefined;
  astro: number | undefined;
  pagefind: number | undefined;
  searchPeriods: number | undefined;
  build: number;
  peakRss: number | undefined;
  outputBytes: number;
  /** The floor's wall time (child process, incl. start-up, like `build`) and its phases; undefined if it failed. */
  floor: (FloorResult & { seconds: number }) | undefined;
  incremental: number;
  incrementalRendered: number | undefined;
  /** The floor's wall time for as many pages as the incremental build rendered; undefined if it failed. */
  incrementalFloor: number | undefined;
  /** Bytes the first search on the search page transferred in Chromium (scripts/bench-search-transfer.ts). */
  firstSearch: number | undefined;
}

/** The floor (floor-site.ts) over `pages` Markdown twins of `content`, written to `markdown` and discarded after (into `trash`). */
async function runFloor(content: string, markdown: string, pages: number, trash: Trash, log: (line: string) => void): Promise<(FloorResult & { seconds: number }) | undefined> {
  const written = await writeFloorPages(content, markdown, pages);
  log(`  floor: ${written} plain-Markdown pages, Astro glob() loader, one Pagefind run …`);
  const run = await runChild('src/bench/floor-site.ts', [markdown, '--trash', trash.dir], log);
  const result = lastJson<FloorResult>(run, 'floor build', log);
  const floor = result && { ...result, seconds: run.seconds };
  if (floor) log(`  floor: ${floor.pages} pages (${floor.indexed} indexed) in ${floor.seconds.toFixed(1)} s (Astro ${floor.astro.toFixed(1)} s, Pagefind ${floor.pagefind.toFixed(1)} s), peak RSS ${run.peakRss === undefined ? '?' : `${(run.peakRss / 2 ** 30).toFixed(2)} GB`}`);
  await trash.discard(markdown);
  return floor;
}

/** The last line of a child's stdout as JSON, or undefined if it failed (logged). */
function lastJson<T>(run: ChildRun, what: string, log: (line: string) => void): T | undefined {
  if (run.code === 0) return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as T;
  log(`  ${what} failed: ${run.stderr.slice(-1000)}`);
  return undefined;
}

/** Times one new meeting is added (the table gives the median). */
const incrementalRounds = 3;

async function benchSize(items: number, options: BenchOptions, dir: string, trash: Trash, log: (line: string) => void): Promise<BenchRow> {
  // ~15 items per meeting; one more meeting is generated and held back for the incremental step.
  const meetings = Math.max(2, Math.round(items / 15));
  const work = join(dir, `${items}`);
  const input = join(work, 'input');
  const content = join(work, 'content');
  const out = join(work, 'out');
  const held = join(work, 'held-back.txt');
  // The last run's folders go into the trash, not away: deleting them now would slow every file this run writes.
  await trash.discard(work);
  await mkdir(work, { recursive: true });
  log(`${items} item pages: generating ${meetings} meetings …`);
  const archive = await writeArchive(input, { meetings: meetings + 1, seed: options.seed });
  // The plan is sorted by date; the newest meeting is the one a council would add next.
  const plan = planArchive({ meetings: meetings + 1, seed: options.seed });
  const newest = [...plan].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1)!;
  await rename(join(input, newest.path), held);
  const minutesBytes = archive.bytes - (await stat(held)).size;
  log(`  archive: ${archive.files.length - 1} meetings, ${(minutesBytes / 1e6).toFixed(1)} MB`);

  const buildArgs = ['build', '--input', input, '--content', content, '--out', out];
  const full = await runChild('scripts/referat.ts', [...buildArgs, '--full'], log);
  if (full.code > 1) throw new Error(`full build failed (${full.code}):\n${full.stderr.slice(-2000)}`);
  const pages = number(/build: (\d+) pages/, full.stderr) ?? 0;
  const outputBytes = await folderBytes(out);

  // The floor renders as many pages as the full build wrote, from the same content (before the held-back meeting).
  const floor = await runFloor(content, join(work, 'floor-pages'), pages, trash, log);
  const transfer = await runChild('scripts/bench-search-transfer.ts', [out, searchQuery], log);
  const firstSearch = lastJson<{ searchBytes?: number }>(transfer, 'search transfer', log)?.searchBytes;

  // One new meeting, three times (taken out again, untimed, in between): the median, since the first comes
  // straight after the floor's build and finds the machine's caches full of its files.
  const adds: ChildRun[] = [];
  for (let round = 0; round < incrementalRounds; round++) {
    if (round > 0) {
      await rename(join(input, newest.path), held);
      const removal = await runChild('scripts/referat.ts', buildArgs, log);
      if (removal.code > 1) throw new Error(`incremental build failed (${removal.code}):\n${removal.stderr.slice(-2000)}`);
    }
    await rename(held, join(input, newest.path));
    const add = await runChild('scripts/referat.ts', buildArgs, log);
    if (add.code > 1) throw new Error(`incremental build failed (${add.code}):\n${add.stderr.slice(-2000)}`);
    adds.push(add);
  }
  log(`  one new meeting: ${adds.map((add) => `${add.seconds.toFixed(1)} s`).join(', ')}`);
  const incremental = [...adds].sort((a, b) => a.seconds - b.seconds)[Math.floor(adds.length / 2)]!;
  const incrementalRendered = number(/incremental: (\d+) rendered/, incremental.stderr);
  // What any Astro build of that many pages costs on this machine, start-up included: the yardstick for one new meeting.
  const incrementalFloor = incrementalRendered ? await runFloor(content, join(work, 'floor-pages'), incrementalRendered, trash, log) : undefined;

  return {
    items: archive.items - newest.items,
    meetings,
    pages,
    minutesBytes,
    convert: number(/convert: .*\(([\d.]+) s\)/, full.stderr),
    plan: number(/build: plan: .* in ([\d.]+) s;/, full.stderr),
    astro: number(/Astro ([\d.]+) s/, full.stderr),
    pagefind: number(/Pagefind ([\d.]+) s/, full.stderr),
    searchPeriods: number(/of (\d+) search periods/, full.stderr),
    build: full.seconds,
    peakRss: full.peakRss,
    outputBytes,
    floor,
    incremental: incremental.seconds,
    incrementalRendered,
    incrementalFloor: incrementalFloor?.seconds,
    firstSearch,
  };
}

const fixed = (value: number | undefined, digits = 1): string => (value === undefined ? '?' : value.toFixed(digits));

const ratio = (value: number | undefined, floor: number | undefined): string => (value === undefined || !floor ? '?' : `${(value / floor).toFixed(2)}×`);

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['items', 'pages', 'build s', 'peak RSS', 'floor s', '× floor', 'Astro s', 'floor Astro s', '× Astro', 'Pagefind s', 'periods', 'floor Pagefind s', '× Pagefind', 'plan s', 'convert s', 'convert MB/s', 'incr. s', 'incr. pages', 'incr. floor s', '× incr. floor', 'output', '1st search'];
  const body = rows.map((row) => [
    String(row.items),
    String(row.pages),
    fixed(row.build),
    row.peakRss === undefined ? '?' : `${(row.peakRss / 2 ** 30).toFixed(2)} GB`,
    fixed(row.floor?.seconds),
    ratio(row.build, row.floor?.seconds),
    fixed(row.astro),
    fixed(row.floor?.astro),
    ratio(row.astro, row.floor?.astro),
    fixed(row.pagefind),
    row.searchPeriods === undefined ? '?' : String(row.searchPeriods),
    fixed(row.floor?.pagefind),
    ratio(row.pagefind, row.floor?.pagefind),
    fixed(row.plan),
    fixed(row.convert),
    row.convert ? fixed(row.minutesBytes / 1e6 / row.convert) : '?',
    fixed(row.incremental),
    row.incrementalRendered === undefined ? '?' : String(row.incrementalRendered),
    fixed(row.incrementalFloor),
    ratio(row.incremental, row.incrementalFloor),
    `${(row.outputBytes / 1e6).toFixed(0)} MB`,
    row.firstSearch === undefined ? '?' : `${(row.firstSearch / 1000).toFixed(0)} KB`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((cell, column) => cell.padStart(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

export async function runBench(options: BenchOptions, reporter: Reporter): Promise<number> {
  const dir = resolve(options.dir ?? join(projectRoot, '.cache', 'bench'));
  const sizes = options.generate !== undefined ? [options.generate * 15] : (options.sizes ?? DEFAULT_SIZES);
  const log = (line: string): void => reporter.err(line);
  const rows: BenchRow[] = [];
  const trash = trashAt(join(dir, '.trash'));
  try {
    for (const size of sizes) {
      rows.push(await benchSize(size, options, dir, trash, log));
      log(formatTable(rows));
    }
  } finally {
    // After the last figure (trash.ts); a bench started right after this one would find the disk slow for a few minutes.
    await trash.empty();
  }
  reporter.out(formatTable(rows));
  reporter.out(
    'build s: wall time of the full build (--full, cold content store; child process, incl. start-up and conversion); peak RSS: of the full build;\n' +
      'floor s: wall time of the floor (child process, incl. start-up): a minimal Astro site rendering as many plain-Markdown pages (the content\'s\n' +
      '  Markdown twins) with Astro\'s glob() loader, plus ONE Pagefind run over all of its pages (src/bench/floor-site.ts); × floor: build s / floor s;\n' +
      'Astro s, Pagefind s (over that many search periods): phases of the full build, each against the floor\'s; plan s, convert s: its other phases;\n' +
      'convert MB/s: MB of minutes text / convert s; incr.: `referat build` after adding one meeting, median of 3 (wall time, pages rendered);\n' +
      'incr. floor s: the floor over as many pages as that build rendered (what any Astro build of them costs here); × incr. floor: incr. s / incr. floor s;\n' +
      `1st search: bytes over the wire (gzip, as a CDN serves) for the search page's first search, "${searchQuery}", in Chromium.`,
  );
  return 0;
}


/**
 * `referat bench` (issue 5): builds generated archives of the given sizes and
 * prints one table — conversion, Astro and Pagefind times, pages per second,
 * peak memory, output size, incremental rebuild, and MDX vs plain Markdown.
 *
 * Every build runs as a child process (`node scripts/referat.ts build …`
 * under `/usr/bin/time -v`), so peak RSS is measured per build and no state
 * leaks between them. Per size:
 *   1. generate the archive (one meeting more than needed, held back);
 *   2. full build (`--full`: empty content store, every page rendered), and
 *      the first search on its search page, measured in Chromium;
 *   3. the held-back meeting is added and `referat build` runs again
 *      (incremental: convert, plan, partial Astro build, Pagefind);
 *   4. the same pages are built from plain-Markdown twins of the items with
 *      Astro's glob() loader (scripts/bench-markdown-build.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Reporter } from '../utils/reporter.ts';
import { writeMarkdownItems } from './markdown-variant.ts';
import { writeArchive } from './write-archive.ts';
import { planArchive } from './generate-archive.ts';

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
  convert: number | undefined;
  astro: number | undefined;
  pagefind: number | undefined;
  build: number;
  peakRss: number | undefined;
  outputBytes: number;
  incremental: number;
  incrementalRendered: number | undefined;
  incrementalRss: number | undefined;
  markdownAstro: number | undefined;
  /** Bytes the first search on the search page transferred in Chromium (scripts/bench-search-transfer.ts). */
  firstSearch: number | undefined;
}

async function benchSize(items: number, options: BenchOptions, dir: string, log: (line: string) => void): Promise<BenchRow> {
  // ~15 items per meeting; one more meeting is generated and held back for the incremental step.
  const meetings = Math.max(2, Math.round(items / 15));
  const work = join(dir, `${items}`);
  const input = join(work, 'input');
  const content = join(work, 'content');
  const out = join(work, 'out');
  const held = join(work, 'held-back.txt');
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  log(`${items} item pages: generating ${meetings} meetings …`);
  const archive = await writeArchive(input, { meetings: meetings + 1, seed: options.seed });
  // The plan is sorted by date; the newest meeting is the one a council would add next.
  const plan = planArchive({ meetings: meetings + 1, seed: options.seed });
  const newest = [...plan].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1)!;
  await rename(join(input, newest.path), held);
  log(`  archive: ${archive.files.length - 1} meetings, ${(archive.bytes / 1e6).toFixed(1)} MB`);

  const buildArgs = ['build', '--input', input, '--content', content, '--out', out];
  const full = await runChild('scripts/referat.ts', [...buildArgs, '--full'], log);
  if (full.code > 1) throw new Error(`full build failed (${full.code}):\n${full.stderr.slice(-2000)}`);
  const pages = number(/build: (\d+) pages/, full.stderr) ?? 0;
  const outputBytes = await folderBytes(out);

  const transfer = await runChild('scripts/bench-search-transfer.ts', [out, searchQuery], log);
  const firstSearch = transfer.code === 0 ? (JSON.parse(transfer.stdout.trim().split('\n').at(-1) ?? '{}') as { searchBytes?: number }).searchBytes : undefined;
  if (transfer.code !== 0) log(`  search transfer failed: ${transfer.stderr.slice(-1000)}`);

  await rename(held, join(input, newest.path));
  const incremental = await runChild('scripts/referat.ts', buildArgs, log);
  if (incremental.code > 1) throw new Error(`incremental build failed (${incremental.code}):\n${incremental.stderr.slice(-2000)}`);

  log('  plain-Markdown twin …');
  const markdown = join(work, 'markdown-items');
  await writeMarkdownItems(content, markdown);
  const md = await runChild('scripts/bench-markdown-build.ts', [content, markdown, join(work, 'out-markdown')], log);
  const mdResult = md.code === 0 ? (JSON.parse(md.stdout.trim().split('\n').at(-1) ?? '{}') as { astro?: number }) : {};
  if (md.code !== 0) log(`  markdown build failed: ${md.stderr.slice(-1000)}`);
  await rm(join(work, 'out-markdown'), { recursive: true, force: true });

  return {
    items: archive.items - newest.items,
    meetings,
    pages,
    convert: number(/convert: .*\(([\d.]+) s\)/, full.stderr),
    astro: number(/Astro ([\d.]+) s/, full.stderr),
    pagefind: number(/Pagefind ([\d.]+) s/, full.stderr),
    build: full.seconds,
    peakRss: full.peakRss,
    outputBytes,
    incremental: incremental.seconds,
    incrementalRendered: number(/incremental: (\d+) rendered/, incremental.stderr),
    incrementalRss: incremental.peakRss,
    markdownAstro: mdResult.astro,
    firstSearch,
  };
}

const fixed = (value: number | undefined, digits = 1): string => (value === undefined ? '?' : value.toFixed(digits));

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['items', 'pages', 'convert s', 'Astro s', 'Pagefind s', 'build s', 'pages/s', 'peak RSS', 'output', 'incr. s', 'incr. pages', 'incr. RSS', 'MDX/MD', '1st search'];
  const body = rows.map((row) => [
    String(row.items),
    String(row.pages),
    fixed(row.convert),
    fixed(row.astro),
    fixed(row.pagefind),
    fixed(row.build),
    fixed(row.pages / row.build, 0),
    row.peakRss === undefined ? '?' : `${(row.peakRss / 2 ** 30).toFixed(2)} GB`,
    `${(row.outputBytes / 1e6).toFixed(0)} MB`,
    fixed(row.incremental),
    row.incrementalRendered === undefined ? '?' : String(row.incrementalRendered),
    row.incrementalRss === undefined ? '?' : `${(row.incrementalRss / 2 ** 30).toFixed(2)} GB`,
    row.astro !== undefined && row.markdownAstro ? `${(row.astro / row.markdownAstro).toFixed(2)}×` : '?',
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
  for (const size of sizes) {
    rows.push(await benchSize(size, options, dir, log));
    log(formatTable(rows));
  }
  reporter.out(formatTable(rows));
  reporter.out(
    'convert, Astro, Pagefind: phases of the full build (--full, cold content store); build s: its wall time (child process, incl. start-up);\n' +
      'pages/s: pages / build s; peak RSS: of the full build; incr.: `referat build` after adding one meeting (wall time, pages rendered, peak RSS);\n' +
      'MDX/MD: Astro time of the full build / Astro time of the same pages from plain Markdown (glob() loader);\n' +
      `1st search: bytes over the wire (gzip, as a CDN serves) for the search page's first search, "${searchQuery}", in Chromium.`,
  );
  return 0;
}


/**
 * Benchmark of `referat snapshot` (issue 15), not a test: the seed site and a
 * generated archive of about N item pages (default 15 000) are built, then
 * snapshotted and verified, each as a child process under /usr/bin/time.
 * Prints the site's size, the WACZ's and the bag's, the snapshot's and
 * verify's wall time and peak RSS, against the build's Pagefind step.
 *
 *   node scripts/bench-snapshot.ts [--seeds ../shared/seeds] [--items 15000] [--seed 1] [--dir .cache/bench-snapshot] [--keep]
 */
import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runChild, type ChildRun } from '../src/bench/run-bench.ts';
import { writeArchive } from '../src/bench/write-archive.ts';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '../shared/seeds' }, items: { type: 'string', default: '15000' }, seed: { type: 'string', default: '1' }, dir: { type: 'string', default: '.cache/bench-snapshot' }, keep: { type: 'boolean' } } });
const dir = resolve(values.dir);
const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function folderBytes(folder: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

interface Row {
  name: string;
  pages: number;
  site: { bytes: number; files: number };
  build: ChildRun | undefined;
  pagefind: number | undefined;
  snapshot: ChildRun;
  waczBytes: number;
  bagBytes: number;
  verify: ChildRun;
}

async function measure(name: string, site: string, content: string, source: string, build: ChildRun | undefined): Promise<Row> {
  const out = join(dir, name, 'snapshot');
  await rm(out, { recursive: true, force: true });
  log(`${name}: snapshot …`);
  const snapshot = await runChild('scripts/referat.ts', ['snapshot', '--site', site, '--content', content, '--source', source, '--out', out, '--url', 'https://referater.example.dk/', '--name', 'bench'], log);
  if (snapshot.code !== 0) throw new Error(`snapshot failed:\n${snapshot.stderr.slice(-2000)}`);
  log(`  ${snapshot.stderr.trim().split('\n').at(-1)}`);
  log(`${name}: verify …`);
  const verify = await runChild('scripts/referat.ts', ['verify', join(out, 'bench.wacz'), join(out, 'bench-bag')], log);
  if (verify.code !== 0) throw new Error(`verify failed:\n${verify.stderr.slice(-2000)}`);
  const pagefind = build ? Number(/Pagefind ([\d.]+) s/.exec(build.stderr)?.[1]) : undefined;
  const pages = Number(/(\d+) pages →/.exec(snapshot.stderr)?.[1] ?? 0);
  return { name, pages, site: await folderBytes(site), build, pagefind, snapshot, waczBytes: (await stat(join(out, 'bench.wacz'))).size, bagBytes: (await folderBytes(join(out, 'bench-bag'))).bytes, verify };
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const gb = (bytes: number | undefined): string => (bytes === undefined ? '?' : `${(bytes / 2 ** 30).toFixed(2)} GB`);
const s = (seconds: number | undefined): string => (seconds === undefined || Number.isNaN(seconds) ? '?' : `${seconds.toFixed(1)} s`);

await mkdir(dir, { recursive: true });
const rows: Row[] = [];

// The seed minutes (as the e2e run builds them, but in a child process of their own).
const seedWork = join(dir, 'seed');
await rm(seedWork, { recursive: true, force: true });
await mkdir(join(seedWork, 'input'), { recursive: true });
for (const name of (await readdir(values.seeds)).filter((name) => name.endsWith('.txt'))) await copyFile(join(values.seeds, name), join(seedWork, 'input', name));
log('seed: building …');
const seedBuild = await runChild('scripts/referat.ts', ['build', '--input', join(seedWork, 'input'), '--content', join(seedWork, 'content'), '--out', join(seedWork, 'site'), '--full'], log);
if (seedBuild.code > 1) throw new Error(`seed build failed:\n${seedBuild.stderr.slice(-2000)}`);
rows.push(await measure('seed', join(seedWork, 'site'), join(seedWork, 'content'), join(seedWork, 'input'), seedBuild));

const items = Number(values.items);
const work = join(dir, `${items}`);
const input = join(work, 'input');
await rm(work, { recursive: true, force: true });
log(`${items} items: generating …`);
await writeArchive(input, { meetings: Math.max(2, Math.round(items / 15)), seed: Number(values.seed) });
log(`${items} items: building …`);
const build = await runChild('scripts/referat.ts', ['build', '--input', input, '--content', join(work, 'content'), '--out', join(work, 'site'), '--full'], log);
if (build.code > 1) throw new Error(`build failed:\n${build.stderr.slice(-2000)}`);
rows.push(await measure(`${items} items`, join(work, 'site'), join(work, 'content'), input, build));

const lines = [
  '| archive | pages in pages.jsonl | site | WACZ | bag | snapshot | peak RSS | verify (both) | build | its Pagefind step |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((row) =>
    [
      row.name,
      row.pages,
      `${row.site.files} files, ${mb(row.site.bytes)}`,
      mb(row.waczBytes),
      mb(row.bagBytes),
      s(row.snapshot.seconds),
      gb(row.snapshot.peakRss),
      s(row.verify.seconds),
      s(row.build?.seconds),
      s(row.pagefind),
    ].join(' | '),
  ).map((line) => `| ${line} |`),
];
process.stdout.write(`${lines.join('\n')}\n`);
if (!values.keep) await rm(dir, { recursive: true, force: true });

/**
 * Conversion throughput on the seed minutes, without the disk (a benchmark, not a test): how fast each step of
 * `referat convert` runs, and what the whole convert could reach at best on this machine's cores.
 *
 *   npm run bench:import [-- --seconds 5]
 *
 * Each step is timed on its own, one thread, warm, over the same minutes:
 *   import   bytes → meeting model (src/minutes/);
 *   MDX      the model's MDX files: frontmatter (js-yaml) and mdast serialised by mdast-util-to-markdown;
 *   HTML     each item's mdast tree → hast (mdast-util-to-hast, our components) → HTML (hast-util-to-html);
 *   content  all a worker makes of a meeting (meetingContent: MDX, HTML, search text, digests).
 * Then import + content on as many threads as convert uses (worker threads, one per core), each over the same
 * minutes for the same time: their MB/s together is what convert can reach with nothing written, the ceiling of
 * the `convert MB/s` column of `referat bench`. The same in as many child processes tells whether processes
 * would scale better than threads (on the 2-core machines here they did not).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fork } from 'node:child_process';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { importMinutes } from '../src/minutes/index.ts';
import type { Meeting } from '../src/model/meeting.ts';
import { meetingFiles, meetingFileTrees } from '../src/mdx/meeting-files.ts';
import { renderTree } from '../src/mdx/render-tree.ts';
import { meetingContent } from '../src/manifest/entries.ts';
import { t } from '../src/utils/i18n.ts';

interface Input {
  name: string;
  bytes: Uint8Array;
}

function readSeeds(dir: string): Input[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

const importOne = (input: Input): Meeting => {
  const { meeting } = importMinutes(input.bytes, { path: input.name });
  if (!meeting) throw new Error(`${input.name} did not import`);
  return meeting;
};

const words = { labels: { decision: t('mdx.decision'), attachments: t('mdx.attachments') }, tableLabel: t('table.label'), tableHint: t('table.hint'), anchorLabel: t('heading.anchor') };

/** Runs `step` over all inputs, again and again for `seconds` after a warm-up: MB of minutes per second. */
function throughput(inputs: readonly Input[], seconds: number, step: (index: number) => void): number {
  const bytes = inputs.reduce((n, i) => n + i.bytes.length, 0);
  for (let pass = 0; pass < 3; pass++) for (let i = 0; i < inputs.length; i++) step(i);
  const start = performance.now();
  let passes = 0;
  while (performance.now() - start < seconds * 1000) {
    for (let i = 0; i < inputs.length; i++) step(i);
    passes++;
  }
  return (bytes * passes) / ((performance.now() - start) / 1000) / 1e6;
}

/** What one convert worker does with a source, minus the disk: import, then all content. */
const convertOne = (input: Input): void => void meetingContent(importOne(input));

/** A run of import+content on `threads` worker threads, or as many child processes, at once: each one's MB/s. */
function together(how: 'threads' | 'processes', count: number, dir: string, seconds: number): Promise<number[]> {
  const script = new URL(import.meta.url);
  return Promise.all(
    Array.from({ length: count }, () => new Promise<number>((resolve, reject) => {
      if (how === 'threads') {
        const worker = new Worker(script, { workerData: { dir, seconds } });
        worker.once('message', resolve);
        worker.once('error', reject);
      } else {
        const child = fork(script, ['--child', '--dir', dir, '--seconds', String(seconds)]);
        child.once('message', (value) => resolve(value as number));
        child.once('error', reject);
      }
    })),
  );
}

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, dir: { type: 'string', default: '../shared/seeds' }, child: { type: 'boolean', default: false } } });
if (!isMainThread || values.child) {
  const { dir, seconds } = isMainThread ? { dir: values.dir!, seconds: Number(values.seconds) } : (workerData as { dir: string; seconds: number });
  const inputs = readSeeds(dir);
  const mbps = throughput(inputs, seconds, (i) => convertOne(inputs[i]!));
  if (parentPort) parentPort.postMessage(mbps);
  else process.send!(mbps, () => process.disconnect());
} else {
  const dir = values.dir!;
  const seconds = Number(values.seconds);
  const inputs = readSeeds(dir);
  const totalBytes = inputs.reduce((n, i) => n + i.bytes.length, 0);
  const meetings = inputs.map(importOne);
  const trees = meetings.map((meeting) => meetingFileTrees(meeting).items.map((item) => item.tree));
  const steps: [string, (i: number) => void][] = [
    ['import', (i) => void importOne(inputs[i]!)],
    ['MDX', (i) => void meetingFiles(meetings[i]!)],
    ['HTML', (i) => void trees[i]!.forEach((tree) => renderTree(tree, words))],
    ['content', (i) => void meetingContent(meetings[i]!)],
    ['import+content', (i) => convertOne(inputs[i]!)],
  ];
  console.log(`${inputs.length} files, ${(totalBytes / 1024).toFixed(0)} KiB, Node ${process.version}; one thread, warm, MB of minutes per second:`);
  for (const [name, step] of steps) console.log(`  ${name.padEnd(16)} ${throughput(inputs, seconds, step).toFixed(1).padStart(6)} MB/s`);
  const cores = availableParallelism();
  for (const how of ['threads', 'processes'] as const) {
    const each = await together(how, cores, dir, seconds);
    const sum = each.reduce((a, b) => a + b, 0);
    console.log(`import+content in ${cores} ${how === 'threads' ? 'worker threads' : 'child processes'} at once: ${sum.toFixed(1)} MB/s together (${each.map((n) => n.toFixed(1)).join(' + ')}), nothing written`);
  }
}

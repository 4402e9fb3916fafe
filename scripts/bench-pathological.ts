/**
 * Import time on pathological input (issue 10; a benchmark, not a test): each
 * shape of src/bench/pathological.ts at 100 KB, 1 MB and 10 MB, as MB/s. Linear
 * time shows as about the same MB/s at every size; "growth" is the time per
 * byte at the largest size over that at the smallest (1 is linear, 100 would
 * be quadratic over these sizes).
 *
 * Each run is a worker thread with a time limit, so a quadratic shape is
 * reported as "> N s" instead of hanging the benchmark; its larger sizes are
 * skipped.
 *
 *   node scripts/bench-pathological.ts [--sizes 100k,1m,10m] [--kinds spaces,dots] [--timeout 30] [--mdx]
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseArgs } from 'node:util';
import { importMinutes } from '../src/minutes/index.ts';
import { meetingFiles } from '../src/mdx/index.ts';
import { pathologicalKinds, pathologicalMinutes, type PathologicalKind } from '../src/bench/pathological.ts';

interface Job {
  kind: PathologicalKind;
  size: number;
  mdx: boolean;
}
type Outcome = { ok: true; bytes: number; seconds: number } | { ok: false; error: string };

function once(bytes: Uint8Array, mdx: boolean): number {
  const start = performance.now();
  const { meeting } = importMinutes(bytes, { path: 'bench.txt', municipality: 'Prøve Kommune' });
  if (!meeting) throw new Error('did not import');
  if (mdx) meetingFiles(meeting);
  return (performance.now() - start) / 1000;
}

/** In the worker: warm the JIT on a small input of the same shape, then the best of a few runs (one if slow). */
function measure(job: Job): Outcome {
  try {
    const warm = new TextEncoder().encode(pathologicalMinutes(job.kind, 2_000).text);
    for (let i = 0; i < 3; i++) once(warm, job.mdx);
    const bytes = new TextEncoder().encode(pathologicalMinutes(job.kind, job.size).text);
    let best = Infinity;
    let spent = 0;
    for (let i = 0; i < 5 && spent < 1; i++) {
      const seconds = once(bytes, job.mdx);
      best = Math.min(best, seconds);
      spent += seconds;
    }
    return { ok: true, bytes: bytes.length, seconds: best };
  } catch (error) {
    return { ok: false, error: String(error).split('\n')[0]! };
  }
}

function runInWorker(job: Job, timeoutSeconds: number): Promise<Outcome | 'timeout'> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve('timeout');
    }, timeoutSeconds * 1000);
    worker.once('message', (outcome: Outcome) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, error: String(error).split('\n')[0]! });
    });
  });
}

function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!m) throw new Error(`Unexpected size "${text}", expected e.g. 100k or 10m`);
  return Number(m[1]) * ({ '': 1, k: 1e3, m: 1e6 } as Record<string, number>)[m[2]!.toLowerCase()]!;
}

const label = (size: number) => (size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100k,1m,10m' },
      kinds: { type: 'string', default: pathologicalKinds.join(',') },
      timeout: { type: 'string', default: '30' },
      mdx: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes!.split(',').map(parseSize);
  const kinds = values.kinds!.split(',') as PathologicalKind[];
  for (const kind of kinds) if (!pathologicalKinds.includes(kind)) throw new Error(`Unknown kind "${kind}", expected one of ${pathologicalKinds.join(', ')}`);
  const timeout = Number(values.timeout);
  console.log(`${values.mdx ? 'import + MDX' : 'import'}, MB/s (1 MB = 10^6 bytes), limit ${timeout} s a run, Node ${process.version}`);
  const cell = 14;
  console.log(['kind'.padEnd(18), ...sizes.map((s) => label(s).padStart(cell)), 'growth'.padStart(8)].join(''));
  for (const kind of kinds) {
    const cells: string[] = [];
    const perByte: number[] = [];
    let stopped = false;
    for (const size of sizes) {
      if (stopped) {
        cells.push('–'.padStart(cell));
        continue;
      }
      const outcome = await runInWorker({ kind, size, mdx: values.mdx! }, timeout);
      if (outcome === 'timeout') {
        cells.push(`> ${timeout} s`.padStart(cell));
        stopped = true;
      } else if (!outcome.ok) {
        cells.push('error'.padStart(cell));
        console.error(`${kind} ${label(size)}: ${outcome.error}`);
        stopped = true;
      } else {
        cells.push((outcome.bytes / outcome.seconds / 1e6).toFixed(1).padStart(cell));
        perByte.push(outcome.seconds / outcome.bytes);
      }
    }
    const growth = !stopped && perByte.length > 1 ? (perByte[perByte.length - 1]! / perByte[0]!).toFixed(1) : '–';
    console.log([kind.padEnd(18), ...cells, growth.padStart(8)].join(''));
  }
}

if (isMainThread) await main();
else parentPort!.postMessage(measure(workerData as Job));

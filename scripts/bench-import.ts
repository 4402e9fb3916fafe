/**
 * Importer + MDX throughput on the seed minutes (a benchmark, not a test):
 * bytes → meeting model → MDX files, repeated until a few seconds have passed.
 *
 *   npm run bench:import [-- --seconds 5]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importMinutes } from '../src/minutes/index.ts';
import { meetingFiles } from '../src/mdx/index.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, dir: { type: 'string', default: '../shared/seeds' } } });
const dir = values.dir!;
const inputs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
const totalBytes = inputs.reduce((n, i) => n + i.bytes.length, 0);

function run(phase: 'parse' | 'parse+serialise'): { mbps: number; runs: number } {
  // Warm up the JIT before measuring.
  for (let i = 0; i < 3; i++) for (const input of inputs) once(input, phase);
  const budget = Number(values.seconds) * 1000;
  const start = performance.now();
  let runs = 0;
  while (performance.now() - start < budget) {
    for (const input of inputs) once(input, phase);
    runs++;
  }
  const seconds = (performance.now() - start) / 1000;
  return { mbps: (totalBytes * runs) / seconds / 1e6, runs };
}

function once(input: { name: string; bytes: Uint8Array }, phase: string): void {
  const { meeting } = importMinutes(input.bytes, { path: input.name });
  if (!meeting) throw new Error(`${input.name} did not import`);
  if (phase === 'parse+serialise') meetingFiles(meeting);
}

console.log(`${inputs.length} files, ${(totalBytes / 1024).toFixed(0)} KiB, Node ${process.version}`);
for (const phase of ['parse', 'parse+serialise'] as const) {
  const { mbps, runs } = run(phase);
  console.log(`${phase.padEnd(16)} ${mbps.toFixed(1).padStart(6)} MB/s  (${runs} passes)`);
}

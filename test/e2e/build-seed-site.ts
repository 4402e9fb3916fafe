/**
 * Builds the five seed minutes into a site served under /referater/ with
 * canonical links on https://referater.example.dk — with the real
 * `referat build` command in a child process, so Astro's Vite never shares a
 * process with Vitest's.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedNames, seedsDir } from '../support/seeds.ts';
import { siteBase, siteOrigin } from './seed-site.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Node 24 runs the CLI's .ts files; the one in node_modules is pinned for that. */
function node24(): string {
  if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath;
  const pinned = join(repoRoot, 'node_modules/.bin/node');
  if (!existsSync(pinned)) throw new Error('Node 24 not found: run npm ci (it pins Node 24 in node_modules)');
  return pinned;
}

/** Runs `referat ARGS…` in a child process; throws with its output if it fails. */
export async function runReferat(args: readonly string[]): Promise<void> {
  const { code, output } = await new Promise<{ code: number | null; output: string }>((done, fail) => {
    const child = spawn(node24(), ['scripts/referat.ts', ...args], { cwd: repoRoot, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('error', fail);
    child.once('close', (exit) => done({ code: exit, output: text }));
  });
  if (code !== 0) throw new Error(`referat ${args[0]} exited with ${code}:\n${output}`);
}

/** Builds into `<work>/site` (content in `<work>/content`); returns the site folder. */
export async function buildSeedSite(work: string): Promise<string> {
  if (seedNames().length !== 5) throw new Error(`Expected five seed minutes in ${seedsDir}`);
  const out = join(work, 'site');
  // The seeds as they are (flat, so their URLs come from their text), plus the sample site's own page (examples/sider/).
  const input = join(work, 'input');
  mkdirSync(join(input, 'sider'), { recursive: true });
  for (const name of seedNames()) copyFileSync(join(seedsDir, name), join(input, name));
  copyFileSync(join(repoRoot, 'examples', 'sider', 'om-referaterne.mdx'), join(input, 'sider', 'om-referaterne.mdx'));
  await runReferat(['build', '--input', input, '--out', out, '--content', join(work, 'content'), '--base', siteBase, '--site', siteOrigin]);
  return out;
}

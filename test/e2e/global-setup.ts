/**
 * Once per e2e run: make sure Chromium is there, build the five real seed
 * minutes into a temporary site served under /referater/ (proving sub-path
 * deployment) with canonical links on https://referater.example.dk, serve it
 * on 127.0.0.1, start one Chromium for all test files, and tear it all down.
 *
 * The build runs in a child process (the real `referat build` command) so
 * Astro's own Vite never shares a process with Vitest's.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/ensure-chromium.ts';
import { seedNames, seedsDir } from '../support/seeds.ts';
import { startStaticServer } from '../support/static-server.ts';
import { launchBrowserServer } from '../support/browser.ts';
import { siteBase, siteOrigin } from './seed-site.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Node 24 runs the CLI's .ts files; the one in node_modules is pinned for that. */
function node24(): string {
  if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath;
  const pinned = join(repoRoot, 'node_modules/.bin/node');
  if (!existsSync(pinned)) throw new Error('Node 24 not found: run npm ci (it pins Node 24 in node_modules)');
  return pinned;
}

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', fail);
    child.once('close', (code) => done({ code, output }));
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const log = (line: string) => console.error(`[e2e setup] ${line}`);
  ensureChromium({ log });
  if (seedNames().length !== 5) throw new Error(`Expected five seed minutes in ${seedsDir}`);

  const work = await mkdtemp(join(tmpdir(), 'referat-e2e-'));
  const out = join(work, 'site');
  const cleanups: (() => Promise<unknown>)[] = [() => rm(work, { recursive: true, force: true })];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => log(`cleanup failed: ${String(error)}`));
  };

  try {
    const args = ['scripts/referat.ts', 'build', '--input', seedsDir, '--out', out, '--content', join(work, 'content'), '--base', siteBase, '--site', siteOrigin];
    const build = await run(node24(), args);
    if (build.code !== 0) throw new Error(`referat build exited with ${build.code}:\n${build.output}`);
    log(`built the seed site in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const server = await startStaticServer({ root: out, base: siteBase });
    cleanups.push(() => server.close());
    const browser = await launchBrowserServer();
    cleanups.push(() => browser.close());

    project.provide('siteUrl', server.url);
    project.provide('siteDir', out);
    project.provide('wsEndpoint', browser.wsEndpoint());
    log(`serving ${server.url} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

/**
 * Once per e2e run: make sure Chromium is there, build the five real seed
 * minutes into a temporary site served under /referater/ (proving sub-path
 * deployment) with canonical links on https://referater.example.dk, serve it
 * on 127.0.0.1, start one Chromium for all test files, and tear it all down.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/ensure-chromium.ts';
import { startStaticServer } from '../../src/utils/static-server.ts';
import { launchBrowserServer } from '../../src/utils/chromium.ts';
import { buildSeedSite } from './build-seed-site.ts';
import { siteBase } from './seed-site.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const log = (line: string) => console.error(`[e2e setup] ${line}`);
  ensureChromium({ log });

  const work = await mkdtemp(join(tmpdir(), 'referat-e2e-'));
  const cleanups: (() => Promise<unknown>)[] = [() => rm(work, { recursive: true, force: true })];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => log(`cleanup failed: ${String(error)}`));
  };

  try {
    const out = await buildSeedSite(work);
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

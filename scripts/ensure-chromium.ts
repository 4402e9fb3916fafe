/**
 * Makes sure Debian's Chromium is installed for the browser tests.
 *
 * `npx playwright install` cannot download browsers here, so the e2e tests
 * drive the distribution's /usr/bin/chromium through playwright-core. When it
 * is missing and we are root, install it with apt-get; otherwise say exactly
 * what to install. Quick and silent-ish when it is already there.
 *
 * Run: node scripts/ensure-chromium.ts   (also called by the e2e global setup)
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../src/utils/chromium.ts';

export interface EnsureChromiumOptions {
  /** Where progress lines go. @default console.error */
  log?: (line: string) => void;
}

/** Returns the path of the Chromium binary, installing it first if needed (root only). */
export function ensureChromium(options: EnsureChromiumOptions = {}): string {
  const log = options.log ?? ((line: string) => console.error(line));
  if (existsSync(chromiumPath)) return chromiumPath;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. The browser tests need Debian's Chromium; install it as root with:\n` +
        '  apt-get update && apt-get install -y --no-install-recommends chromium',
    );
  }

  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    log(`ensure-chromium: running apt-get ${args.join(' ')}`);
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (result.error) throw new Error(`apt-get ${args.join(' ')} could not start: ${result.error.message}`);
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed with exit code ${result.status}`);
  }
  if (!existsSync(chromiumPath)) throw new Error(`apt-get installed chromium, but ${chromiumPath} is still missing`);
  log(`ensure-chromium: installed ${chromiumPath}`);
  return chromiumPath;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const path = ensureChromium();
    console.log(`Chromium: ${path}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}

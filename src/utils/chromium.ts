/**
 * Debian's Chromium driven by playwright-core, for the e2e tests and the
 * search-transfer bench (scripts/bench-search-transfer.ts, run by `referat bench`).
 * `npx playwright install` cannot download browsers here; scripts/ensure-chromium.ts installs this one.
 */
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** One Chromium for the whole test run; test files connect to it by its WebSocket address. */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/** A browser of its own (for scripts that run outside the test run). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

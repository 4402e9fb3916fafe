/**
 * The e2e tests' view of the run: the served seed site (from the global
 * setup via provide/inject) and the shared Chromium.
 */
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from '../../src/utils/chromium.ts';
import { newGuardedContext, openPage, type ColorScheme, type GuardedContext } from '../support/browser.ts';

export * from './seed-site.ts';

/** Absolute URL of a site path (with or without the base). */
export function url(path: string): string {
  const siteUrl = inject('siteUrl');
  return new URL(path.replace(/^\//, ''), siteUrl).href;
}

let browser: Browser | undefined;

/** The run's one Chromium (connected once per test file). */
export async function sharedBrowser(): Promise<Browser> {
  browser ??= await connectBrowser(inject('wsEndpoint'));
  return browser;
}

const contexts = new Map<string, GuardedContext>();

/** One guarded context per colour scheme (and viewport) per test file. */
export async function context(colorScheme: ColorScheme = 'light', viewport?: { width: number; height: number }): Promise<GuardedContext> {
  const key = `${colorScheme}:${viewport ? `${viewport.width}x${viewport.height}` : 'default'}`;
  let found = contexts.get(key);
  if (!found) {
    found = await newGuardedContext(await sharedBrowser(), { colorScheme, ...(viewport ? { viewport } : {}) });
    contexts.set(key, found);
  }
  return found;
}

/** A new page (light colour scheme) at a site path. */
export async function openSitePage(path: string): Promise<Page> {
  const { context: light } = await context('light');
  return openPage(light, url(path));
}

/** Close this file's contexts and its connection (the browser itself lives on). */
export async function closeBrowser(): Promise<void> {
  for (const { context: c } of contexts.values()) await c.close().catch(() => undefined);
  contexts.clear();
  await browser?.close().catch(() => undefined);
  browser = undefined;
}

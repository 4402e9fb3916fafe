/**
 * Browser helpers for the e2e tests: axe-core injected from node_modules, and
 * a guard that records (and blocks) every request that leaves the loopback
 * interface. Launching Chromium is src/utils/chromium.ts (the bench uses it too).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export type ColorScheme = 'light' | 'dark';

export interface GuardedContext {
  context: BrowserContext;
  /** Every URL the pages of this context tried to load from a non-loopback host (all were aborted). */
  externalRequests: string[];
}

export function isLoopback(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || host === '::1';
}

/**
 * A context in the given colour scheme whose pages can reach only the local
 * server: other http(s) requests are recorded and aborted, so a test never
 * depends on (or leaks to) the internet.
 */
export async function newGuardedContext(
  browser: Browser,
  options: { colorScheme?: ColorScheme; viewport?: { width: number; height: number } } = {},
): Promise<GuardedContext> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: 'da-DK',
    reducedMotion: 'reduce',
  });
  const externalRequests: string[] = [];
  await context.route(
    (url) => !isLoopback(url.href) && /^(https?|wss?):$/.test(url.protocol),
    (route) => {
      externalRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return { context, externalRequests };
}

/**
 * Open a URL and wait for it: "load" is enough for the static pages (no
 * script fetches anything later); use "networkidle" where scripts do.
 */
export async function openPage(
  context: BrowserContext,
  url: string,
  waitUntil: 'load' | 'networkidle' = 'load',
): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil });
  if (!response) throw new Error(`No response for ${url}`);
  return page;
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** The WCAG 2.0/2.1/2.2 A and AA rules, as the brief and our issues ask. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary: string; html: string }[];
}

/** Run axe-core on the page as it is now; returns its violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary, html: n.html })),
    }));
  }, wcagTags);
}

/** Violations as readable lines: rule, impact, target, what to fix. */
export function formatViolations(label: string, violations: readonly AxeViolation[]): string {
  if (violations.length === 0) return `${label}: no violations`;
  const lines = [`${label}: ${violations.length} axe violation(s)`];
  for (const v of violations) {
    lines.push(`  [${v.id}] (${v.impact ?? 'n/a'}) ${v.help}`);
    for (const node of v.nodes.slice(0, 8)) {
      lines.push(`    at ${node.target.join(' ')}`);
      lines.push(`      ${node.html.slice(0, 160)}`);
      for (const line of node.failureSummary.split('\n').slice(1, 3)) lines.push(`      ${line.trim()}`);
    }
    if (v.nodes.length > 8) lines.push(`    … and ${v.nodes.length - 8} more`);
  }
  return lines.join('\n');
}

/**
 * Issue 12: the sample site (examples/, with its referat.config.json: a
 * fictional municipality's title, logo, accent colour, footer and own page)
 * stays accessible: axe finds no WCAG A/AA violation on its page types, in the
 * light and the dark scheme, with the logo and the accent in place.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReferat } from './build-seed-site.ts';
import { closeBrowser, context } from './site.ts';
import { formatViolations, openPage, runAxe } from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../../src/utils/static-server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let work: string;
let server: StaticServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'referat-configured-'));
  await runReferat(['build', '--config', join(root, 'examples/referat.config.json'), '--input', join(root, 'examples'), '--out', join(work, 'site')]);
  server = await startStaticServer({ root: join(work, 'site') });
}, 180_000);

afterAll(async () => {
  await closeBrowser();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const pageTypes = [
  ['the front page', '/'],
  ['a meeting', '/roskilde/beskaeftigelses-og-socialudvalget/2021-03-11/'],
  ['an item', '/roskilde/beskaeftigelses-og-socialudvalget/2021-03-11/punkt-1/'],
  ["the municipality's own page", '/sider/om-referaterne/'],
] as const;

describe('the sample site with its config', () => {
  it('shows the configured title and logo', async () => {
    const { context: light } = await context('light');
    const page = await openPage(light, `${server.url}`);
    expect(await page.title()).toContain('Eksempel Kommunes referater');
    expect(await page.locator('header img').getAttribute('alt')).toBe('Eksempel Kommune');
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it.each(pageTypes)(`%s has no WCAG A/AA violations (${scheme})`, async (_name, path) => {
      const { context: ctx } = await context(scheme);
      const page = await openPage(ctx, `${server.url}${path.slice(1)}`);
      const violations = await runAxe(page);
      expect(violations.map((v) => v.id), formatViolations(path, violations)).toEqual([]);
      await page.close();
    });
  }
});

/**
 * Screenshots of the seed site for a human to look at — not assertions, and
 * not part of the test run.
 *
 *   node test/e2e/screenshots.ts [OUT_DIR]     (default /tmp/referat-shots)
 *
 * Builds the seed site under /referater/, serves it, and takes full-page
 * shots of the front, meeting, item and search pages at 1280 and 375 px in
 * the light and the dark colour scheme.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureChromium } from '../../scripts/ensure-chromium.ts';
import { launchBrowser } from '../../src/utils/chromium.ts';
import { newGuardedContext, type ColorScheme } from '../support/browser.ts';
import { startStaticServer } from '../../src/utils/static-server.ts';
import { buildSeedSite } from './build-seed-site.ts';
import { waitForResults } from '../../src/utils/search-page.ts';
import { pages, siteBase } from './seed-site.ts';

const shots: { name: string; path: string; search?: boolean }[] = [
  { name: 'front', path: pages.front },
  { name: 'meeting', path: pages.meeting },
  { name: 'item-decision', path: pages.item },
  { name: 'item-two-decisions', path: pages.twoDecisions },
  { name: 'search-results', path: `${pages.search}?q=handleplaner`, search: true },
];
const widths = [1280, 375];
const schemes: ColorScheme[] = ['light', 'dark'];

async function main(outDir: string): Promise<void> {
  ensureChromium();
  await mkdir(outDir, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'referat-shots-'));
  const browser = await launchBrowser();
  let server: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  try {
    const site = await buildSeedSite(work);
    server = await startStaticServer({ root: site, base: siteBase });
    for (const scheme of schemes) {
      for (const width of widths) {
        const { context, externalRequests } = await newGuardedContext(browser, { colorScheme: scheme, viewport: { width, height: 900 } });
        for (const shot of shots) {
          const page = await context.newPage();
          await page.goto(new URL(shot.path.slice(1), server.url).href, { waitUntil: shot.search ? 'networkidle' : 'load' });
          if (shot.search) await waitForResults(page);
          const file = join(outDir, `${shot.name}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
          await page.close();
        }
        if (externalRequests.length > 0) console.warn(`blocked external requests: ${externalRequests.join(', ')}`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server?.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main(resolve(process.argv[2] ?? '/tmp/referat-shots'));

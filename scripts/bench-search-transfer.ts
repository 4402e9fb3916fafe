/**
 * Bench helper (issue 5): bytes the first search on the search page transfers.
 * Serves OUT_DIR, opens `/soeg/?q=QUERY` in Chromium and adds up what was
 * fetched from `pagefind/` until the first results are shown (Pagefind's
 * files are gzip-compressed already, so these are wire sizes).
 *
 *   node scripts/bench-search-transfer.ts OUT_DIR [QUERY]
 */
import { launchBrowser } from '../src/utils/chromium.ts';
import { ensureChromium } from './ensure-chromium.ts';
import { startStaticServer } from '../src/utils/static-server.ts';
import { waitForResults } from '../src/utils/search-page.ts';

const [root, query = 'budget'] = process.argv.slice(2);
if (!root) {
  process.stderr.write('usage: bench-search-transfer.ts OUT_DIR [QUERY]\n');
  process.exit(2);
}
// On a machine where the browser tests have not run yet, Chromium is installed as they would install it.
ensureChromium();
const server = await startStaticServer({ root });
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const sizes = new Map<string, number>();
  page.on('requestfinished', (request) => {
    void request.sizes().then((size) => sizes.set(request.url(), size.responseBodySize + size.responseHeadersSize));
  });
  await page.goto(`${server.url}soeg/?q=${encodeURIComponent(query)}`);
  const status = await waitForResults(page);
  await page.waitForTimeout(500);
  const search = [...sizes].filter(([url]) => url.includes('/pagefind/'));
  const bytes = search.reduce((sum, [, size]) => sum + size, 0);
  const all = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  for (const [url, size] of search.sort((a, b) => b[1] - a[1])) process.stdout.write(`${String(size).padStart(8)}  ${url.slice(server.url.length)}\n`);
  process.stdout.write(`${JSON.stringify({ query, status, searchBytes: bytes, searchFiles: search.length, pageBytes: all })}\n`);
} finally {
  await browser.close();
  await server.close();
}

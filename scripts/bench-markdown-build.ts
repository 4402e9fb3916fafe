/**
 * Bench helper (issue 5): builds the site with the items taken from the
 * plain-Markdown twins (REFERAT_ITEMS_MARKDOWN, see src/content.config.ts)
 * and prints `{"astro": seconds, "pages": n}` as the last line.
 *
 *   node scripts/bench-markdown-build.ts CONTENT_DIR MARKDOWN_DIR OUT_DIR
 */
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { withBuildLock } from '../src/site/build-lock.ts';

const [content, markdown, out] = process.argv.slice(2).map((path) => resolve(path));
if (!content || !markdown || !out) {
  process.stderr.write('usage: bench-markdown-build.ts CONTENT_DIR MARKDOWN_DIR OUT_DIR\n');
  process.exit(2);
}
const root = fileURLToPath(new URL('../', import.meta.url));
const cacheDir = join(root, '.cache', 'astro', 'bench-markdown');
await rm(cacheDir, { recursive: true, force: true });
process.env.REFERAT_CONTENT_DIR = content;
process.env.REFERAT_ITEMS_MARKDOWN = markdown;
process.env.ASTRO_TELEMETRY_DISABLED = '1';
let pages = 0;
const started = performance.now();
await withBuildLock(join(root, '.cache', 'astro-build.lock'), () =>
  build({
    root,
    outDir: out,
    base: '/',
    cacheDir,
    logLevel: 'warn',
    integrations: [{ name: 'count', hooks: { 'astro:build:done': ({ pages: done }) => void (pages = done.length) } }],
  }),
);
process.stdout.write(`${JSON.stringify({ astro: (performance.now() - started) / 1000, pages })}\n`);

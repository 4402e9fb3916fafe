// @ts-check
/**
 * Astro config for the Referat site. Every knob comes from the environment so
 * the CLI (`src/site/build-site.ts`) and a plain `astro build` agree:
 *
 *   REFERAT_CONTENT_DIR  generated content (read by src/content.config.ts), default "content"
 *   REFERAT_OUT_DIR      output folder, default "dist"
 *   REFERAT_BASE         base path the site is served under, default "/"
 *   REFERAT_SITE         public origin (+path) for canonical links, default unset
 *
 * No @astrojs/mdx: our loader renders MDX bodies to HTML itself, and no page
 * or component is written in MDX, so the integration would only add a
 * per-entry module pipeline we deliberately avoid.
 */
import { defineConfig } from 'astro/config';

const env = process.env;

export default defineConfig({
  outDir: env.REFERAT_OUT_DIR || 'dist',
  base: env.REFERAT_BASE || '/',
  site: env.REFERAT_SITE || undefined,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cacheable stylesheet instead of inlined copies in 75 000 pages.
    inlineStylesheets: 'never',
  },
  // Not `experimental.collectionStorage: 'chunked'`: in Astro 7.3.5 its writer
  // measures every character with TextEncoder (data-store-writer.js
  // getChunkEnd), which made a cached 6 400-page build 50 s instead of 22 s.
  // The single data-store.json is ~4.3 kB per item (~330 MB at 75 000 items).
  vite: {
    // The search page's script stays a separate file (cacheable, CSP without 'unsafe-inline').
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
  prefetch: false,
});

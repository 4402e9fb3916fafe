// @ts-check
/**
 * Astro config for a plain `astro build` / `astro dev` in the project, from
 * the content folder `npm run build` leaves (`.dist.content/`, or any
 * `referat convert --content .dist.content`).
 * `referat build` does not read this file: it passes the same configuration
 * (src/site/astro-config.ts) with its own folders and settings.
 *
 * No @astrojs/mdx: our loader renders MDX bodies to HTML itself, and no page
 * or component is written in MDX, so the integration would only add a
 * per-entry module pipeline we deliberately avoid.
 */
import { defineConfig } from 'astro/config';
import { resolve } from 'node:path';
import { siteConfig } from './src/site/astro-config.ts';

export default defineConfig(siteConfig({ contentDir: resolve('.dist.content'), outDir: 'dist', codeKey: 'astro-cli', selection: null }));

/**
 * The Astro configuration of a Referat site, one definition for
 * `referat build` (build-site.ts, which passes it inline) and for a plain
 * `astro build`/`astro dev` in the project (astro.config.mjs).
 */
import type { AstroUserConfig } from 'astro';
import mdx from '@astrojs/mdx';
import { referat, type ReferatBuildSettings } from './integration.ts';
import { pageConfig } from '../config/page-config.ts';
import { configSchema } from '../config/schema.ts';

export interface SiteConfigOptions extends Omit<ReferatBuildSettings, 'base' | 'site' | 'config' | 'logoFile'> {
  /** What the pages show of the config. @default every default (a plain `astro build`) */
  config?: ReferatBuildSettings['config'];
  logoFile?: string | null;
  outDir: string;
  /** Path the site is served under. @default "/" */
  base?: string | undefined;
  /** Public URL of the site; enables canonical links. */
  site?: string | undefined;
  /** Called with the number of pages Astro wrote. */
  onPages?: (pages: number) => void;
}

export function siteConfig(options: SiteConfigOptions): AstroUserConfig {
  const { outDir, base, site, onPages, config, logoFile, ...settings } = options;
  return {
    outDir,
    base: base ?? '/',
    ...(site ? { site } : {}),
    trailingSlash: 'always',
    build: {
      format: 'directory',
      // One cacheable stylesheet instead of inlined copies in 75 000 pages.
      inlineStylesheets: 'never',
    },
    // Not `experimental.collectionStorage: 'chunked'`: in Astro 7.3.5 its writer
    // measures every character with TextEncoder (data-store-writer.js
    // getChunkEnd), which made a cached 6 400-page build 50 s instead of 22 s.
    vite: {
      // The search page's script stays a separate file (cacheable, CSP without 'unsafe-inline').
      build: {
        assetsInlineLimit: 0,
        rollupOptions: {
          // @astrojs/mdx 8 marks each page module "use astro:head-inject"; the bundler says it may drop the
          // directive, which Astro handles itself (its pages' heads are complete): not the reader's concern.
          onwarn(warning, warn) {
            if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
          },
        },
      },
    },
    devToolbar: { enabled: false },
    prefetch: false,
    // @astrojs/mdx renders only the pages a person wrote (src/pages/sider/); the generated minutes are rendered by convert.
    integrations: [mdx(), referat({ ...settings, base: base ?? '/', site: site ?? null, config: config ?? pageConfig(configSchema.parse({}), null), logoFile: logoFile ?? null }, onPages)],
  };
}

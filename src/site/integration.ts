/**
 * Referat as an Astro integration: the build's settings reach the content
 * config and the pages as a virtual module (`virtual:referat/build`), the way
 * Starlight hands its user config to its routes, never as environment
 * variables. `referat build` and a plain `astro build`/`astro dev` (through
 * astro.config.mjs) both use it.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PageConfig } from '../config/page-config.ts';
import { themeCss } from '../config/theme-css.ts';

export interface ReferatBuildSettings {
  /** Absolute path of the generated content folder (its manifest.json, MDX and search files). */
  contentDir: string;
  /** Path the site is served under, e.g. "/referater/". */
  base: string;
  /** Public URL of the site, or null. */
  site: string | null;
  /** The one cache key of the site code and config (src/site/code-version.ts); part of every rendered entry's digest. */
  codeKey: string;
  /**
   * A partial build (src/site/build-site.ts): the site paths to render and the
   * item and meeting ids to load. Null renders every page.
   */
  selection: { routes: string[]; items: string[]; meetings: string[] } | null;
  /** What the pages show of referat.config.json (src/config/page-config.ts). */
  config: PageConfig;
  /** The logo file to copy to `config.logo.path`, or null. Not part of the cache key: its digest is, in the path. */
  logoFile: string | null;
}

const moduleId = 'virtual:referat/build';
const resolvedId = `\0${moduleId}`;
/** The accent colours as custom properties (src/config/theme-css.ts), bundled into the site's stylesheet. */
const themeId = 'virtual:referat/theme.css';
const resolvedThemeId = `\0${themeId}`;

export function referat(settings: ReferatBuildSettings, onPages?: (pages: number) => void): AstroIntegration {
  return {
    name: 'referat',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'referat:build-settings',
                resolveId: (id) => (id === moduleId ? resolvedId : id === themeId ? resolvedThemeId : undefined),
                load: (id) => (id === resolvedId ? `export default ${JSON.stringify(settings)};` : id === resolvedThemeId ? themeCss(settings.config.theme) : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': ({ pages, dir }) => {
        // The logo is named by its digest (load.ts): a partial build copies the same file again.
        if (settings.logoFile && settings.config.logo) {
          const target = join(fileURLToPath(dir), settings.config.logo.path);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(settings.logoFile, target);
        }
        onPages?.(pages.length);
      },
    },
  };
}

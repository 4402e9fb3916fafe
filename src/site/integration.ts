/**
 * Referat as an Astro integration: the build's settings reach the content
 * config and the pages as a virtual module (`virtual:referat/build`), the way
 * Starlight hands its user config to its routes, never as environment
 * variables. `referat build` and a plain `astro build`/`astro dev` (through
 * astro.config.mjs) both use it.
 */
import type { AstroIntegration } from 'astro';

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
   * item ids to load. Null renders every page.
   */
  selection: { routes: string[]; items: string[] } | null;
}

const moduleId = 'virtual:referat/build';
const resolvedId = `\0${moduleId}`;

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
                resolveId: (id) => (id === moduleId ? resolvedId : undefined),
                load: (id) => (id === resolvedId ? `export default ${JSON.stringify(settings)};` : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': ({ pages }) => onPages?.(pages.length),
    },
  };
}

/**
 * The one cache key of Referat's output: a hash of the code and settings an
 * output is made from. Two scopes of the same key:
 *
 * - `content`: what `convert` writes (importer, MDX writer, model, manifest)
 *   and the dependencies' versions. Part of each source's cache key, so an
 *   upgrade converts every source again.
 * - `site`: everything a page is rendered from: all of `src/` but the CLI,
 *   the bench and the snapshot (src/archive) (components, layouts, pages,
 *   styles, i18n, the renderer and the content code), `public/`, `astro.config.mjs`, the dependency versions, and
 *   the settings (base, site, config). Every page's fingerprint and every
 *   rendered entry's digest includes it, so a change to any of them renders
 *   what it touches again: an incremental build equals a full one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesBelow } from '../utils/list-files.ts';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

const scopes = {
  content: { roots: ['src/minutes', 'src/mdx', 'src/model', 'src/manifest', 'src/i18n', 'package-lock.json'], skip: /^$/ },
  site: { roots: ['src', 'public', 'astro.config.mjs', 'package-lock.json'], skip: /^src\/(archive|bench|cli)\// },
} as const;

export type CodeScope = keyof typeof scopes;

function filesOf(root: string): string[] {
  const path = join(projectRoot, root);
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [root];
  return filesBelow(path).map((file) => `${root}/${file}`).sort();
}

const cache = new Map<string, string>();

/** 24 hex digits; computed once per process and scope (the code does not change while Referat runs). */
export function codeVersion(scope: CodeScope, settings: unknown = null): string {
  let code = cache.get(scope);
  if (code === undefined) {
    const hash = createHash('sha256');
    const { roots, skip } = scopes[scope];
    for (const file of roots.flatMap(filesOf)) {
      if (skip.test(file)) continue;
      hash.update(`\0${file}\0`).update(readFileSync(join(projectRoot, file)));
    }
    code = hash.digest('hex');
    cache.set(scope, code);
  }
  return createHash('sha256').update(code).update(JSON.stringify(settings)).digest('hex').slice(0, 24);
}

/** Every file below a folder with its text, as a leak check reads it: Pagefind's `.pf_*` files unzipped. */
import { existsSync, readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export function fileTexts(dir: string): Array<{ path: string; text: string }> {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const bytes = readFileSync(path);
      return { path, text: (/\.pf_\w+$/.test(entry.name) ? gunzipSync(bytes) : bytes).toString('utf8') };
    });
}

/** The project's cache folders this build wrote (.cache also holds other builds' caches, keyed by their folders). */
export function cacheOfThisBuild(since: number): string[] {
  const root = join(process.cwd(), '.cache');
  return ['referat', 'astro']
    .map((kind) => join(root, kind))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)))
    .filter((dir) => statSync(dir).isDirectory() && statSync(dir).mtimeMs >= since);
}


/** Every file below a folder with its text, as a leak check reads it: Pagefind's `.pf_*` files unzipped. */
import { existsSync, readFileSync, readdirSync, type Dirent } from 'node:fs';
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

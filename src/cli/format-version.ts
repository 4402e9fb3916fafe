/**
 * A fingerprint of the code that shapes the generated content (importer, MDX
 * writer, model). Part of the convert cache key, so that upgrading Referat
 * re-converts every source instead of keeping content in an old format.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../', import.meta.url));
let cached: string | undefined;

export function formatVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const folder of ['minutes', 'mdx', 'model']) {
    const files = (readdirSync(join(src, folder), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).sort();
    for (const file of files) hash.update(file).update(readFileSync(join(src, folder, file)));
  }
  // The importer reads the month names from the Danish strings (minutes/layouts/danish.ts).
  hash.update(readFileSync(join(src, 'i18n', 'da.json')));
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}

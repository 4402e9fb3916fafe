import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `.cache/referat/<kind>-<hash of key>.json` in the project: what this machine
 * remembers between runs for one folder or pair of folders (never kept in
 * the content folder, whose bytes depend only on the minutes).
 */
export function cacheFile(kind: string, key: string): string {
  return join(projectRoot, '.cache', 'referat', `${kind}-${createHash('sha256').update(key).digest('hex').slice(0, 12)}.json`);
}

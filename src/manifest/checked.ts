/**
 * Which manifest bytes of a content folder this Referat wrote, from entries
 * the schema gave: read again, they need no check against it (half a
 * second and as much again in garbage collection for the 97 MB manifest of
 * 75 000 items; hashing them takes a twentieth of that). Any other bytes —
 * edited by hand, written by another version — are checked as ever.
 *
 * Like source-stamps.ts, kept in the project's cache, not in the content
 * folder; keyed by the content code's version (code-version.ts), so a
 * changed schema checks every manifest again.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { cacheFile } from '../utils/cache-file.ts';
import { codeVersion } from '../site/code-version.ts';

export interface CheckedManifests {
  /** Whether bytes with this SHA-256 were written as this folder's manifest. */
  has(sha256: string): boolean;
  /** Remembers them (only the last: the manifest on disk is one file). */
  add(sha256: string): void;
}

export function checkedManifests(contentDir: string): CheckedManifests {
  const file = cacheFile('manifest', resolve(contentDir));
  const code = codeVersion('content');
  return {
    has(sha256) {
      try {
        const known = JSON.parse(readFileSync(file, 'utf8')) as { code?: unknown; sha256?: unknown };
        return known.code === code && known.sha256 === sha256;
      } catch {
        return false;
      }
    },
    add(sha256) {
      try {
        mkdirSync(dirname(file), { recursive: true });
        // Renamed into place: a build killed while writing leaves the old record or the new, never half of one.
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify({ code, sha256 }));
        renameSync(temporary, file);
      } catch {
        // A cache: without it the next read checks the manifest, as the first did.
      }
    },
  };
}

import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes only when the contents differ, so unchanged files keep their timestamps.
 *
 * Synchronous on purpose: convert writes tens of thousands of small files, and
 * `fs/promises` took about five times as long here for the same writes (three
 * thread-pool round trips per file, most of it system time), time the convert
 * workers then lacked on two cores.
 */
export function writeIfChanged(path: string, contents: string | Uint8Array): boolean {
  const bytes = typeof contents === 'string' ? Buffer.from(contents) : contents;
  const now = statSync(path, { throwIfNoEntry: false });
  if (now?.isFile() && now.size === bytes.byteLength && readFileSync(path).equals(bytes)) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return true;
}

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Writes only when the contents differ, so unchanged files keep their timestamps. */
export async function writeIfChanged(path: string, contents: string): Promise<boolean> {
  try {
    if ((await readFile(path, 'utf8')) === contents) return false;
  } catch {
    // missing: write it
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, contents);
  return true;
}

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Writes only when the contents differ, so unchanged files keep their timestamps. */
export async function writeIfChanged(path: string, contents: string | Uint8Array): Promise<boolean> {
  try {
    const now = await readFile(path);
    if (now.equals(typeof contents === 'string' ? Buffer.from(contents) : contents)) return false;
  } catch {
    // missing: write it
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, contents);
  return true;
}

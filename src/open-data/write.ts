/**
 * Writes the open-data files (index.ts) into the output folder and deletes
 * those the previous build wrote that this one does not (a removed
 * committee's feed). Unchanged files are left as they are.
 */
import { join } from 'node:path';
import { removeFile } from '../utils/remove-file.ts';
import { writeIfChanged } from '../utils/write-if-changed.ts';
import type { OpenDataFiles } from './input.ts';

/** Returns the files written (relative, sorted): what the next build deletes if it no longer writes them. */
export async function writeOpenData(outDir: string, files: OpenDataFiles, previous: readonly string[]): Promise<string[]> {
  const names = [...files.keys()].sort();
  for (const name of names) writeIfChanged(join(outDir, name), files.get(name)!);
  for (const name of previous) {
    if (files.has(name)) continue;
    // The folder it leaves empty goes too (a removed committee's).
    await removeFile(outDir, name);
  }
  return names;
}

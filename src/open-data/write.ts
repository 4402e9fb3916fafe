/**
 * Writes the open-data files (index.ts) into the output folder and deletes
 * those the previous build wrote that this one does not (a removed
 * committee's feed). Unchanged files are left as they are.
 */
import { rm, rmdir } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { eachLimited } from '../utils/each-limited.ts';
import { writeIfChanged } from '../utils/write-if-changed.ts';
import type { OpenDataFiles } from './input.ts';

/** Returns the files written (relative, sorted): what the next build deletes if it no longer writes them. */
export async function writeOpenData(outDir: string, files: OpenDataFiles, previous: readonly string[]): Promise<string[]> {
  const names = [...files.keys()].sort();
  await eachLimited(names, 8, async (name) => void (await writeIfChanged(join(outDir, name), files.get(name)!)));
  for (const name of previous) {
    if (files.has(name)) continue;
    await rm(join(outDir, name), { force: true });
    // The folder it leaves empty goes too (a removed committee's).
    for (let dir = dirname(join(outDir, name)); dir.startsWith(outDir + sep); dir = dirname(dir)) {
      try {
        await rmdir(dir);
      } catch {
        break;
      }
    }
  }
  return names;
}

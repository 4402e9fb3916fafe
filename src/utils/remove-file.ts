import { rm, rmdir } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';

/**
 * Deletes `root/file` and the folders it leaves empty, up to (not including) `root`: a removed
 * page's or committee's folder goes with its last file. Stops at the first folder that is not empty.
 */
export async function removeFile(root: string, file: string): Promise<void> {
  await rm(join(root, file), { force: true });
  for (let dir = dirname(join(root, file)); dir.startsWith(root + sep); dir = dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      return;
    }
  }
}

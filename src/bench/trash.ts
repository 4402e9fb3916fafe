/**
 * Where the bench puts what it would delete between its measurements, emptied after the last one.
 *
 * Deleting a large folder makes ext4 slow to create files for minutes after: its inode allocator passes over
 * the inodes deleted a short while ago, one by one (`recently_deleted` and `find_inode_bit` were the top kernel
 * functions in a profile of a convert run right after the previous output was deleted, and a new file cost up
 * to 0.6 ms of system time instead of 0.04 ms). A run measured right after the bench deleted the last one's
 * folders would measure that, not Referat. Moving a folder into the trash is one rename; the files go when
 * nothing is measured any more.
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';

export interface Trash {
  /** The trash folder. */
  dir: string;
  /** Moves `path` (if it exists) into the trash. */
  discard(path: string): Promise<void>;
  /** Deletes the trash and all in it. */
  empty(): Promise<void>;
}

/** A trash folder at `dir`, on the file system of the folders it takes (a rename does not cross file systems). */
export function trashAt(dir: string): Trash {
  let count = 0;
  return {
    dir,
    async discard(path) {
      await mkdir(dir, { recursive: true });
      try {
        await rename(path, join(dir, `${process.pid}-${count++}-${basename(path)}`));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        // Another file system, say: deleted now, as before.
        await rm(path, { recursive: true, force: true });
      }
    },
    async empty() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}

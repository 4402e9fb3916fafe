/**
 * Locks of a build, both holding the owner's pid; a lock whose process is
 * gone (killed, crashed) is taken over.
 *
 * - The project lock (withBuildLock): one Astro build at a time per project.
 *   Every build writes its server bundle below the project (`.astro/`, the
 *   staging folders), so two at once delete each other's chunks ("Cannot
 *   find module .astro/.prerender/chunks/…"). It is a folder (mkdir is
 *   atomic) and a second build waits for it.
 * - The folder lock (lockFolder): one build (or convert) at a time per output
 *   or content folder, `<folder>/.referat-lock`. The project lock cannot stand
 *   in for it: it is held only while Astro runs, so a second build into the
 *   same --out used to empty the folder while the first was still writing
 *   its search index (a raw ENOENT). A second build stops at once instead,
 *   saying who holds it.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FolderError, shownPath, writeFailure } from './folders.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs `task` while holding the lock folder `dir`. */
export async function withBuildLock<T>(dir: string, task: () => Promise<T>): Promise<T> {
  const owner = join(dir, 'pid');
  for (;;) {
    try {
      await mkdir(dir, { recursive: false });
      await writeFile(owner, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(await readFile(owner, 'utf8').catch(() => ''));
      if (pid > 0 && !alive(pid)) await rm(dir, { recursive: true, force: true });
      else await new Promise((wake) => setTimeout(wake, 250));
    }
  }
  try {
    return await task();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const lockFileName = '.referat-lock';

/** Folder locks this process holds, released on exit (process.exit from the parent watch, an uncaught error). */
const held = new Set<string>();
process.once('exit', () => {
  for (const file of held) {
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  }
});

export interface FolderLock {
  release(): void;
}

function ownerOf(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes `<dir>/.referat-lock` (dir must exist) or throws "another build is
 * running (pid N)". A lock of a dead process — or an unreadable one, e.g.
 * empty after a crash between create and write — is taken over.
 */
export function lockFolder(dir: string): FolderLock {
  const file = join(dir, lockFileName);
  for (let attempt = 0; ; attempt++) {
    try {
      // O_EXCL: of two builds creating it at once, one wins.
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      held.add(file);
      return {
        release() {
          if (!held.delete(file)) return;
          try {
            unlinkSync(file);
          } catch {
            // already gone
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw writeFailure(file, error) ?? error;
      const pid = ownerOf(file);
      if (pid !== undefined && alive(pid)) throw new FolderError(`another build is running (pid ${pid}) in ${shownPath(dir)}; wait for it to finish`, 1);
      if (attempt >= 3) throw new FolderError(`cannot take over the stale lock ${shownPath(file)}; delete it`, 1);
      // Stale: remove it unless it changed hands since it was read, and try again. (Two builds
      // taking over the same stale lock in the same instant could still both get through.)
      try {
        if (ownerOf(file) === pid) unlinkSync(file);
      } catch {
        // another build took it over first; the next attempt sees its pid
      }
    }
  }
}

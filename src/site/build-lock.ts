/**
 * One Astro build at a time per project: every build writes its server
 * bundle to the same `<root>/.astro/.prerender/` folder, so two builds at once
 * (a test run and a CLI build, or two test files) delete each other's chunks
 * ("Cannot find module .astro/.prerender/chunks/…"). The lock is a folder
 * (mkdir is atomic) holding the owner's pid; a lock whose process is gone is
 * taken over.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

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

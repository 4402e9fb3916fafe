/**
 * Stops a build whose starter is gone (issue 10).
 *
 * Astro's esbuild service and Pagefind's binary are children with a pipe on
 * their stdin and exit when it closes, so they die with the Node process —
 * also on kill -9. But `npx referat` and `npm run build` start Node through
 * `npm exec` → `sh -c` → node: kill -9 of npm leaves the shell and Node
 * running, and the build (with its children and the folder lock) goes on
 * for minutes. So the build watches the process that started it — and,
 * behind a `sh -c` wrapper, the one that started the shell — and exits when
 * it is gone. (Node resets nohup's ignored SIGHUP anyway, so no one relies
 * on a Node process outliving its parent; a build started detached, with
 * init as its parent, is not watched.) The /proc look-ups are Linux only;
 * elsewhere only the direct parent is watched.
 */
import { readFileSync } from 'node:fs';

/** The parent pid of `pid`, from /proc/<pid>/stat (its fourth field, after the command name in parentheses). */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(parent) ? parent : undefined;
  } catch {
    return undefined;
  }
}

function isShellWrapper(pid: number): boolean {
  try {
    const [command, flag] = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return /(^|\/)(sh|dash|bash)$/.test(command ?? '') && flag === '-c';
  } catch {
    return false;
  }
}

/** Calls `onGone(pid)` (once) when the starter of this process exits; returns a function that stops watching. */
export function watchStarter(onGone: (pid: number) => void, everyMs = 500): () => void {
  const parent = process.ppid;
  if (parent <= 1) return () => {};
  const grandparent = isShellWrapper(parent) ? parentOf(parent) : undefined;
  const timer = setInterval(() => {
    // An orphan is adopted by init or a subreaper: its parent pid changes. No pid can be reused while it is still our parent.
    let gone: number | undefined;
    if (process.ppid !== parent) gone = parent;
    else if (grandparent !== undefined && grandparent > 1 && parentOf(parent) !== grandparent) gone = grandparent;
    if (gone === undefined) return;
    clearInterval(timer);
    onGone(gone);
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

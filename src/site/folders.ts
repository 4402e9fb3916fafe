/**
 * Which folders Referat may write to and empty (issue 10: nothing deleted).
 *
 * A full build replaces everything in `--out`, and `convert` rewrites and
 * deletes files in `--content`. So the input, the output and the content
 * folder must be three separate trees (none inside another), and a folder
 * that already holds files is only used when Referat made it: it then carries
 * a marker file, `.referat-output` (a site) or `.referat-content` (the
 * collections). The marker's text is fixed — no date, path or version — so
 * builds stay byte-identical; it is a dot-file in the site root, harmless if
 * served (README, "Output folder").
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, realpath, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

export type FolderKind = 'output' | 'content';

export const markerNames: Record<FolderKind, string> = { output: '.referat-output', content: '.referat-content' };

const markerTexts: Record<FolderKind, string> = {
  output: 'This folder is a site written by `referat build`. Every full build replaces all of its files.\n',
  content: 'This folder holds the collections written by `referat convert`. Every run rewrites and deletes files in it.\n',
};

/** Files a content folder made before the markers existed always has. */
const legacyContentFiles = ['.referat-manifest.json'];

/** A folder Referat must not use: one line for the user; `exitCode` 2 for a wrong argument, 1 for a file-system fault. */
export class FolderError extends Error {
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2 = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** `path` relative to the working folder when it lies inside it, else absolute: how a user would type it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** The real path of `path`, following symbolic links of the part that exists. */
async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(await realPathOf(parent), basename(absolute));
  }
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export interface NamedFolder {
  /** How the user names it, e.g. "--out". */
  flag: string;
  path: string;
}

/** Throws unless no folder equals, contains or lies inside another. */
export async function checkSeparate(folders: readonly NamedFolder[]): Promise<void> {
  const real = await Promise.all(folders.map(async (folder) => ({ ...folder, real: await realPathOf(folder.path) })));
  for (const [i, a] of real.entries()) {
    for (const b of real.slice(i + 1)) {
      const what = a.real === b.real ? 'is the same folder as' : inside(a.real, b.real) ? 'contains' : inside(b.real, a.real) ? 'lies inside' : undefined;
      if (what) {
        throw new FolderError(`${a.flag} ${shownPath(a.path)} ${what} ${b.flag} ${shownPath(b.path)}: they must be separate folders, none inside another`);
      }
    }
  }
}

/** The one-line text of a file-system error while writing (or deleting) `path`. */
export function writeFailure(path: string, error: unknown, doing = 'write to'): FolderError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EEXIST: 'a file is in the way',
  };
  const reason = code === undefined ? undefined : reasons[code];
  if (!reason) return undefined;
  const failed = (error as NodeJS.ErrnoException).path ?? path;
  return new FolderError(`cannot ${doing} ${shownPath(failed)}: ${reason}`, 1);
}

/** Why `path` may not be used as a `kind` folder, or undefined if it may. */
async function refusal(path: string, kind: FolderKind, flag: string): Promise<string | undefined> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (!info.isDirectory()) return `${flag} ${shownPath(path)} is a file, not a folder`;
  const names = await readdir(path);
  if (names.length === 0 || names.includes(markerNames[kind])) return undefined;
  if (kind === 'content' && legacyContentFiles.some((name) => names.includes(name))) return undefined;
  const other: FolderKind = kind === 'output' ? 'content' : 'output';
  if (names.includes(markerNames[other])) return `${flag} ${shownPath(path)} is a Referat ${other === 'output' ? 'site (--out)' : 'content folder (--content)'}, not ${kind === 'output' ? 'a site folder' : 'a content folder'}`;
  return `${flag} ${shownPath(path)} is not empty and was not made by Referat (it has no ${markerNames[kind]} file): choose a new or empty folder`;
}

/** Throws unless `path` is missing, empty, or a `kind` folder Referat made. Writes nothing. */
export async function checkFolder(path: string, kind: FolderKind, flag: string): Promise<void> {
  const why = await refusal(resolve(path), kind, flag);
  if (why) throw new FolderError(why);
}

/** Checks `path` (checkFolder), creates it if needed and marks it as Referat's. */
export async function claimFolder(path: string, kind: FolderKind, flag: string): Promise<void> {
  const folder = resolve(path);
  await checkFolder(folder, kind, flag);
  const marker = join(folder, markerNames[kind]);
  try {
    await mkdir(folder, { recursive: true });
    if (!existsSync(marker) || (await readFile(marker, 'utf8')) !== markerTexts[kind]) await writeFile(marker, markerTexts[kind]);
  } catch (error) {
    throw writeFailure(marker, error) ?? error;
  }
}

/**
 * Deletes everything in a claimed output folder but its marker and the names in `keep`; with `aside` (a new
 * folder), moves it there instead, for the caller to delete once it has written what it writes: files made right
 * after a large deletion are slow to make on ext4 (it passes over each inode deleted in the last minutes), and a
 * full build writes the search index and the open data after the old site goes. Where `aside` is on another file
 * system, what is left is deleted.
 */
export async function emptyOutput(path: string, keep: readonly string[] = [], aside?: string): Promise<void> {
  const kept = new Set([markerNames.output, ...keep]);
  let moving = aside !== undefined;
  if (aside !== undefined) await mkdir(aside, { recursive: true });
  for (const name of await readdir(path)) {
    if (kept.has(name)) continue;
    if (moving) {
      try {
        await rename(join(path, name), join(aside!, name));
        continue;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw writeFailure(join(path, name), error) ?? error;
        moving = false;
      }
    }
    try {
      await rm(join(path, name), { recursive: true, force: true });
    } catch (error) {
      throw (await deleteFailure(join(path, name), error)) ?? error;
    }
  }
}

async function deleteFailure(path: string, error: unknown): Promise<FolderError | undefined> {
  const failed = (error as NodeJS.ErrnoException).path ?? path;
  let cause = error;
  // Node 24's rm reports a file it may not unlink as ENOTDIR (it then tries rmdir); unlinking it again tells why.
  if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') await unlink(failed).catch((reason: unknown) => (cause = reason));
  return writeFailure(failed, cause, 'delete');
}

/** Copies the files of folder `from` over those in `to`. */
export async function copyInto(from: string, to: string): Promise<void> {
  try {
    await cp(from, to, { recursive: true, force: true });
  } catch (error) {
    throw writeFailure(to, error) ?? error;
  }
}

/** Moves everything in folder `from` into folder `to` (whose entries of the same names are gone); across file systems by copying. */
export async function moveContents(from: string, to: string): Promise<void> {
  for (const name of (await readdir(from)).sort()) {
    const source = join(from, name);
    const target = join(to, name);
    try {
      await rename(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw writeFailure(target, error) ?? error;
      await copyInto(source, target);
      await rm(source, { recursive: true, force: true });
    }
  }
}

/**
 * The one-line form of a file-system failure anywhere in a build: an errno
 * error, or one that Vite or Pagefind wrapped into a longer message (with a
 * stack trace) but whose first cause reads "EACCES: …, mkdir '/path'".
 */
export function fileSystemFailure(error: unknown): FolderError | undefined {
  if (error instanceof FolderError) return error;
  const direct = writeFailure('', error);
  if (direct && (error as NodeJS.ErrnoException).path) return direct;
  const message = error instanceof Error ? error.message : String(error);
  const wrapped = /\b(E[A-Z]+): [^,\n]*, \w+ '([^'\n]+)'/.exec(message);
  return wrapped ? writeFailure(wrapped[2]!, Object.assign(new Error(message), { code: wrapped[1] })) : undefined;
}

/**
 * The files of a folder, one at a time, in a fixed order: every folder's
 * names sorted by code unit (not by locale, not in creation order), so the
 * same folder gives the same archive on any machine. Only the folder being
 * read is in memory, never the list of all files.
 */
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface WalkedFile {
  /** Path below the root, with "/" separators: "roskilde/index.html". */
  path: string;
  /** Absolute path on disk. */
  file: string;
  size: number;
}

export interface WalkOptions {
  /** Names (files or folders) left out, e.g. hidden ones. */
  skip?: (name: string) => boolean;
  /** Told of every entry that is neither a file nor a folder (a symbolic link, a socket): not archived. */
  onOther?: (path: string) => void;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Hidden files and folders (".DS_Store", ".git", Referat's own marker and lock files). */
export const hidden = (name: string): boolean => name.startsWith('.');

export async function* walkFiles(root: string, options: WalkOptions = {}, prefix = ''): AsyncGenerator<WalkedFile> {
  const entries = await readdir(join(root, prefix), { withFileTypes: true });
  const names = entries.filter((entry) => !options.skip?.(entry.name)).sort((a, b) => byCodeUnit(a.name, b.name));
  for (const entry of names) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) yield* walkFiles(root, options, path);
    else if (entry.isFile()) yield { path, file: join(root, path), size: (await lstat(join(root, path))).size };
    else options.onOther?.(path);
  }
}

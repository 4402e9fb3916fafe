/**
 * The files of a folder, one at a time, in a fixed order: every folder's
 * names sorted by code unit (not by locale, not in creation order), so the
 * same folder gives the same archive on any machine. Only the folder being
 * read is in memory, never the list of all files.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface WalkedFile {
  /** Path below the root, with "/" separators: "roskilde/index.html". */
  path: string;
  /** Absolute path on disk. */
  file: string;
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
    else if (entry.isFile()) yield { path, file: join(root, path) };
    else options.onOther?.(path);
  }
}

/** Yields `load(item)` for every item in order, with up to `depth` loads under way: reads overlap. */
export async function* readAhead<T, R>(source: AsyncIterable<T>, depth: number, load: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for await (const item of source) {
    const loading = load(item);
    // Awaited in order below; a failure surfaces there, not as an unhandled rejection meanwhile.
    loading.catch(() => {});
    pending.push(loading);
    if (pending.length >= depth) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}

export interface LoadedFile extends WalkedFile {
  size: number;
  /** The bytes, for a file of at most `limit` bytes; a larger one is streamed from disk. */
  bytes: Buffer | undefined;
}

/** A walked file with its size, and its bytes unless it is larger than `limit`. */
export async function loadFile(file: WalkedFile, limit: number): Promise<LoadedFile> {
  const { size } = await stat(file.file);
  return { ...file, size, bytes: size <= limit ? await readFile(file.file) : undefined };
}

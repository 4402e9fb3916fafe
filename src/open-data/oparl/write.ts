/**
 * Writes a site's OParl files into its output folder, after every build, full
 * or incremental: they are made from the whole manifest each time, so they are
 * right whatever the build rendered. A file whose bytes are already there is
 * left alone; files of an earlier build that are no longer made are deleted,
 * with the folders they leave empty.
 */
import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { eachLimited } from '../../utils/each-limited.ts';
import type { OparlFile } from './lists.ts';
import { oparlFolder } from './paths.ts';

/** The JSON as published: compact, one line, a final newline. */
export function oparlText(file: OparlFile): string {
  return `${JSON.stringify(file.json)}\n`;
}

export interface WrittenOparl {
  files: number;
  bytes: number;
  /** Files whose bytes changed or were new. */
  written: number;
  removed: number;
}

/** Writes `files` below `outDir` and removes any other file of its `oparl/` folder. */
export async function writeOparl(outDir: string, files: readonly OparlFile[]): Promise<WrittenOparl> {
  const wanted = new Set(files.map((file) => file.path));
  const existing = await listFiles(join(outDir, oparlFolder));
  const stale = existing.filter((path) => !wanted.has(path));
  const present = new Set(existing);
  const folders = new Set<string>();
  let bytes = 0;
  let written = 0;
  await eachLimited(files, 16, async (file) => {
    const text = oparlText(file);
    bytes += Buffer.byteLength(text);
    const target = join(outDir, file.path);
    if (present.has(file.path) && (await readFile(target, 'utf8').catch(() => undefined)) === text) return;
    const folder = dirname(target);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    await writeFile(target, text);
    written++;
  });
  for (const path of stale) await removeFile(outDir, path);
  return { files: files.length, bytes, written, removed: stale.length };
}

/** Deletes the whole `oparl/` folder (a build without `--site` publishes none). */
export async function removeOparl(outDir: string): Promise<void> {
  await rm(join(outDir, oparlFolder), { recursive: true, force: true });
}

/** Files below `dir` as site paths ("oparl/v1/…"), or none when it does not exist. */
async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const root = dirname(dir);
    return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1).split(sep).join('/'));
  } catch {
    return [];
  }
}

/** Deletes a file and the folders it leaves empty, up to the `oparl/` folder itself. */
async function removeFile(outDir: string, path: string): Promise<void> {
  await rm(join(outDir, path), { force: true });
  const stop = join(outDir, oparlFolder);
  let dir = dirname(join(outDir, path));
  while (dir.startsWith(stop + sep)) {
    try {
      await rmdir(dir);
    } catch {
      return;
    }
    dir = dirname(dir);
  }
}

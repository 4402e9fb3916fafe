/**
 * Writes a site's OParl files into its output folder, after every build, full
 * or incremental: they are made from the whole manifest each time, so they are
 * right whatever the build rendered. Files of an earlier build that are no
 * longer made are deleted, with the folders they leave empty.
 *
 * A file whose bytes are already there is left alone (its time too, so a
 * deploy by rsync or to a CDN sends only what changed). That is known without
 * reading it back: an index beside the build's state remembers the digest of
 * each file written and the size and times it had then (like output-check.ts
 * for pages); a file whose size or times differ now, edited or deleted since,
 * is written again. Without the index each file is read and compared.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { filesBelow } from '../../utils/list-files.ts';
import { eachLimited } from '../../utils/each-limited.ts';
import type { OparlFile } from './lists.ts';
import { oparlFolder } from './paths.ts';
import { removeFile } from '../../utils/remove-file.ts';

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

/** Path → `${digest}:${size}:${mtimeMs}:${ctimeMs}` of the file as written. */
type Index = Record<string, string>;

const stampOf = (file: string): string | undefined => {
  const info = statSync(file, { throwIfNoEntry: false });
  return info?.isFile() ? `${info.size}:${info.mtimeMs}:${info.ctimeMs}` : undefined;
};

/**
 * Writes `files` below `outDir` and removes the other files of its `oparl/`
 * folder. `indexFile`: where the index of what was written is kept (outside
 * the site); without one, or when it is missing, files are compared by reading.
 */
export async function writeOparl(outDir: string, files: readonly OparlFile[], indexFile?: string): Promise<WrittenOparl> {
  const previous = indexFile ? await readIndex(indexFile) : undefined;
  // The index must never outlive a half-written folder: it goes until the new one is complete.
  if (indexFile) await rm(indexFile, { force: true });
  const wanted = new Set(files.map((file) => file.path));
  const existing = previous ? Object.keys(previous) : listFiles(join(outDir, oparlFolder));
  const stale = existing.filter((path) => !wanted.has(path));
  const present = new Set(existing);
  const folders = new Set<string>();
  const index: Index = {};
  let bytes = 0;
  let written = 0;
  await eachLimited(files, 16, async (file) => {
    const text = oparlText(file);
    bytes += Buffer.byteLength(text);
    const target = join(outDir, file.path);
    const digest = createHash('sha256').update(text).digest('base64url');
    const before = previous?.[file.path];
    if (before !== undefined && before === `${digest}:${stampOf(target)}`) {
      index[file.path] = before;
      return;
    }
    if (!previous && present.has(file.path) && (await readFile(target, 'utf8').catch(() => undefined)) === text) {
      index[file.path] = `${digest}:${stampOf(target)}`;
      return;
    }
    const folder = dirname(target);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    await writeFile(target, text);
    written++;
    index[file.path] = `${digest}:${stampOf(target)}`;
  });
  // Emptied folders go, up to the OParl folder itself.
  for (const path of stale) await removeFile(join(outDir, oparlFolder), path.slice(oparlFolder.length + 1));
  if (indexFile) await writeFile(indexFile, JSON.stringify(index));
  return { files: files.length, bytes, written, removed: stale.length };
}

async function readIndex(file: string): Promise<Index | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Index;
  } catch {
    return undefined;
  }
}

/** Deletes the whole `oparl/` folder (a build without `--site` publishes none). */
export async function removeOparl(outDir: string, indexFile?: string): Promise<void> {
  await rm(join(outDir, oparlFolder), { recursive: true, force: true });
  if (indexFile) await rm(indexFile, { force: true });
}

/** Files below `dir` as site paths ("oparl/v1/…"), or none when it does not exist. */
function listFiles(dir: string): string[] {
  try {
    return filesBelow(dir).map((file) => `${basename(dir)}/${file}`);
  } catch {
    return [];
  }
}


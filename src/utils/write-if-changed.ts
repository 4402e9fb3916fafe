import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes only when the contents differ, so unchanged files keep their timestamps.
 *
 * Synchronous on purpose: convert writes tens of thousands of small files, and
 * `fs/promises` took about five times as long here for the same writes (three
 * thread-pool round trips per file, most of it system time), time the convert
 * workers then lacked on two cores.
 */
export function writeIfChanged(path: string, contents: string | Uint8Array): boolean {
  return fileWriter().write(path, contents, false);
}

export interface FileWriter {
  /**
   * `writeIfChanged`; with `absent` true the caller knows there is no file at `path` (it listed the folder and is
   * the only writer), so it is written without a look first.
   */
  write(path: string, contents: string | Uint8Array, absent: boolean): boolean;
}

/**
 * `writeIfChanged` for the many files of one run: each folder is made once (not once per file), and a file the
 * caller knows is new costs one open, one write and one close. Convert's first run writes some 17 files per meeting;
 * a stat and a mkdir per file were half of its system calls (a small part of their time: creating the file is most
 * of it), and system time competes with the convert workers for the two cores.
 */
export function fileWriter(): FileWriter {
  const made = new Set<string>();
  return {
    write(path, contents, absent) {
      const bytes = typeof contents === 'string' ? Buffer.from(contents) : contents;
      if (!absent) {
        const now = statSync(path, { throwIfNoEntry: false });
        if (now?.isFile() && now.size === bytes.byteLength && readFileSync(path).equals(bytes)) return false;
      }
      const folder = dirname(path);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      try {
        writeFileSync(path, bytes);
      } catch (error) {
        // Its folder went since it was made (a file removed with the folders it left empty): made again.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        mkdirSync(folder, { recursive: true });
        writeFileSync(path, bytes);
      }
      return true;
    },
  };
}

/**
 * What `convert` saw of each source the last time it read it: size, times
 * and inode, with the SHA-256 of the bytes it read. A source whose stamp is
 * the same is not read again to be hashed (reading and hashing 5 000 sources
 * was a second of every incremental build); any other source is, so the
 * manifest's hash stays the one judge of "unchanged".
 *
 * The stamps depend on this machine, so they are kept in the project's
 * cache, never in the content folder, whose bytes must depend only on the
 * minutes (it goes into the archive snapshot). Like git's index, a stamp
 * taken within a few seconds of the file's last change is not kept: a
 * change in the same clock tick would not show in the times.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cacheFile } from '../utils/cache-file.ts';
const FORMAT = 1;
/** A file changed this recently may change again within the same tick of its times. */
const settledMs = 3000;

interface Stamped {
  stamp: string;
  sha256: string;
}

export interface Seen {
  /** The source's stamp now, taken before it is read; undefined if it cannot be stat'ed or changed just now. */
  stamp: string | undefined;
  /** The SHA-256 it had when last read, if it still has the stamp it had then; else undefined. */
  sha256: string | undefined;
}

export interface SourceStamps {
  /** What is known of the source `key` at `path` without reading it. */
  lookUp(key: string, path: string): Seen;
  /** Remembers the hash of the bytes read after taking `stamp`. */
  record(key: string, stamp: string | undefined, sha256: string): void;
  /** Keeps the stamps of the sources seen in this run, for the next. */
  save(): void;
}

/** The stamps for converting `input` into `content`, kept under `.cache/referat/`. */
export function sourceStamps(input: string, content: string): SourceStamps {
  const file = cacheFile('sources', JSON.stringify([input, content]));
  const before = readStamps(file);
  const now = new Map<string, Stamped>();
  return {
    lookUp(key, path) {
      const info = statSync(path, { throwIfNoEntry: false });
      if (!info?.isFile() || Date.now() - Math.max(info.mtimeMs, info.ctimeMs) < settledMs) return { stamp: undefined, sha256: undefined };
      const stamp = `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;
      const known = before.get(key);
      if (known?.stamp !== stamp) return { stamp, sha256: undefined };
      now.set(key, known);
      return { stamp, sha256: known.sha256 };
    },
    record(key, stamp, sha256) {
      if (stamp !== undefined) now.set(key, { stamp, sha256 });
    },
    save() {
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify({ format: FORMAT, sources: Object.fromEntries(now) }));
      } catch {
        // A cache: without it the next run reads every source again, as the first did.
      }
    },
  };
}

function readStamps(file: string): Map<string, Stamped> {
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; sources?: Record<string, Stamped> };
    return json.format === FORMAT && json.sources ? new Map(Object.entries(json.sources)) : new Map();
  } catch {
    return new Map();
  }
}

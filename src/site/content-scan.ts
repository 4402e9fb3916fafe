/**
 * Reads the generated collections for the build plan: the meetings'
 * frontmatter and each item's digest and routing key.
 *
 * Files whose size and times are unchanged since the last scan are not read
 * again (the convert step rewrites only changed files), so a rebuild of
 * 75 000 items stats them instead of parsing 75 000 YAML headers.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../collections/frontmatter.ts';
import { meetingFrontmatterSchema, type MeetingFrontmatter } from '../model/schema.ts';
import type { MeetingRecord } from '../utils/route-data.ts';
import type { ItemFile, ItemKey } from './build-plan.ts';
import { eachLimited } from '../utils/each-limited.ts';

export interface ScannedFile<T> {
  /** `${size}:${mtimeMs}:${ctimeMs}` when it was read. */
  stamp: string;
  digest: string;
  data: T;
}

export interface ScanCache {
  meetings: Record<string, ScannedFile<MeetingFrontmatter>>;
  items: Record<string, ScannedFile<ItemKey>>;
}

export interface ScanResult {
  meetings: MeetingRecord[];
  items: ItemFile[];
  cache: ScanCache;
  /** Files read (not taken from the cache). */
  read: number;
}

async function listMdx(directory: string): Promise<string[]> {
  try {
    const names = await readdir(directory, { recursive: true });
    return names.filter((name) => name.endsWith('.mdx')).map((name) => name.split(sep).join('/')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const itemKeyLine = /^(municipality|committee|date|number|occurrence):.*$/gm;

/** The four top-level keys routing needs, without parsing the whole header. */
export function readItemKey(contents: string): ItemKey {
  const end = contents.indexOf('\n---', 3);
  const header = contents.slice(0, end < 0 ? contents.length : end);
  const lines = header.match(itemKeyLine) ?? [];
  const data = parse(lines.join('\n')) as Partial<ItemKey> | null;
  if (!data || typeof data.committee !== 'string' || typeof data.date !== 'string' || typeof data.number !== 'number') {
    const full = splitFrontmatter(contents).data as ItemKey;
    return { municipality: full.municipality ?? null, committee: full.committee, date: full.date, number: full.number, ...(full.occurrence ? { occurrence: full.occurrence } : {}) };
  }
  return { municipality: data.municipality ?? null, committee: data.committee, date: data.date, number: data.number, ...(data.occurrence ? { occurrence: data.occurrence } : {}) };
}

async function scanCollection<T>(
  directory: string,
  previous: Record<string, ScannedFile<T>>,
  read: (contents: string, file: string) => T,
  counter: { read: number },
): Promise<Record<string, ScannedFile<T>>> {
  const files = await listMdx(directory);
  const next: Record<string, ScannedFile<T>> = {};
  await eachLimited(files, 16, async (file) => {
    const path = join(directory, file);
    const info = await stat(path);
    const stamp = `${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
    const known = previous[file];
    if (known && known.stamp === stamp) {
      next[file] = known;
      return;
    }
    const contents = await readFile(path, 'utf8');
    counter.read += 1;
    next[file] = { stamp, digest: createHash('sha256').update(contents).digest('base64url'), data: read(contents, path) };
  });
  // Insertion order is the sorted file order, whatever order the reads finished in.
  return Object.fromEntries(files.map((file) => [file, next[file] as ScannedFile<T>]));
}

export async function scanContent(contentDir: string, previous: ScanCache | undefined): Promise<ScanResult> {
  const counter = { read: 0 };
  const meetings = await scanCollection(
    join(contentDir, 'meetings'),
    previous?.meetings ?? {},
    (contents, path) => {
      const parsed = meetingFrontmatterSchema.safeParse(splitFrontmatter(contents).data);
      if (!parsed.success) throw new Error(`Unexpected frontmatter in \`${path}\`, expected a meeting: ${parsed.error.message}`);
      return parsed.data;
    },
    counter,
  );
  const items = await scanCollection(join(contentDir, 'items'), previous?.items ?? {}, (contents) => readItemKey(contents), counter);
  const id = (file: string): string => file.replace(/\.mdx$/, '');
  return {
    meetings: Object.entries(meetings).map(([file, entry]) => ({ id: id(file), data: entry.data })),
    items: Object.entries(items).map(([file, entry]) => ({ id: id(file), digest: entry.digest, data: entry.data })),
    cache: { meetings, items },
    read: counter.read,
  };
}

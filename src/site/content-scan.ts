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
import { parse, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { frontmatterText } from '../collections/frontmatter.ts';
import { itemFrontmatterSchema, meetingFrontmatterSchema, type MeetingFrontmatter } from '../model/schema.ts';
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
  /** Files left out because they cannot be read, by file. */
  problems: ContentProblem[];
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

/** A content file that cannot be read into the site, and why. */
export interface ContentProblem {
  /** Relative to the content folder, e.g. "items/roskilde/…/01-sag.mdx". */
  file: string;
  /** Line in the file, where known. */
  line: number | null;
  message: string;
}

/** Why a content file is unusable; `line` is a line of the file. */
export class ContentError extends Error {
  readonly line: number | null;
  constructor(message: string, line: number | null) {
    super(message);
    this.line = line;
  }
}

const itemKeySchema = itemFrontmatterSchema.pick({ municipality: true, committee: true, date: true, number: true, occurrence: true });
const itemKeyNames = new Set(Object.keys(itemKeySchema.shape));
/** YAML's line breaks: LF, CR and CRLF only (U+2028 is text in YAML, a line end in a JS `m` regex). */
const yamlLineBreak = /\r\n?|\n/;

/** Line of the file where top-level `key:` of the frontmatter starts (the file's line 1 is "---"). */
function keyLine(yaml: string, key: string | number | undefined): number | null {
  const index = yaml.split(yamlLineBreak).findIndex((line) => line.startsWith(`${String(key)}:`));
  return index < 0 ? null : index + 2;
}

/** The frontmatter of a content file, read by the yaml package; throws a ContentError. */
export function readFrontmatter(contents: string): { yaml: string; data: Record<string, unknown> } {
  const yaml = frontmatterText(contents);
  if (yaml === undefined) throw new ContentError('Unexpected file without frontmatter, expected YAML between two "---" lines', 1);
  let data: unknown;
  try {
    data = parse(yaml);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = error.linePos?.[0]?.line;
    throw new ContentError(`Unexpected YAML in the frontmatter: ${error.message.split(/ at line \d+|\n/)[0]}`, line === undefined ? null : line + 1);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ContentError('Unexpected frontmatter that is not "key: value" lines', 2);
  return { yaml, data: data as Record<string, unknown> };
}

/** Frontmatter checked against `schema`; throws a ContentError at the line of the first bad key. */
export function readChecked<Schema extends z.ZodType>(contents: string, schema: Schema, label: string): z.infer<Schema> {
  const { yaml, data } = readFrontmatter(contents);
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
  throw new ContentError(`Unexpected ${label} frontmatter: \`${field}\`: ${issue?.message ?? 'invalid value'}`, keyLine(yaml, issue?.path[0] as string | number | undefined));
}

/**
 * The top-level keys routing needs, without parsing the whole header: the
 * writer puts each top-level key on one line with a JSON value
 * (src/mdx/frontmatter.ts), and the yaml package accepts no other text at
 * the start of a line, so a line starting "number: " is that key. Anything
 * else (a value that is not JSON, a key twice, a key missing) is left to the
 * yaml package.
 */
function quickItemKey(contents: string): ItemKey | undefined {
  const yaml = frontmatterText(contents);
  if (yaml === undefined) return undefined;
  const found: Record<string, unknown> = {};
  for (const line of yaml.split(yamlLineBreak)) {
    const colon = line.indexOf(': ');
    const key = line.slice(0, colon);
    if (colon < 0 || !itemKeyNames.has(key)) continue;
    if (key in found) return undefined;
    try {
      found[key] = JSON.parse(line.slice(colon + 2));
    } catch {
      return undefined;
    }
  }
  const parsed = itemKeySchema.safeParse(found);
  return parsed.success ? parsed.data : undefined;
}

/** What routing needs of an item file; throws a ContentError naming the line when the file cannot be read. */
export function readItemKey(contents: string): ItemKey {
  return quickItemKey(contents) ?? readChecked(contents, itemKeySchema, 'item');
}

async function scanCollection<T>(
  collection: 'meetings' | 'items',
  contentDir: string,
  previous: Record<string, ScannedFile<T>>,
  read: (contents: string) => T,
  counter: { read: number },
  problems: ContentProblem[],
): Promise<Record<string, ScannedFile<T>>> {
  const directory = join(contentDir, collection);
  const files = await listMdx(directory);
  const next: Record<string, ScannedFile<T>> = {};
  await eachLimited(files, 16, async (file) => {
    const path = join(directory, file);
    try {
      const info = await stat(path);
      const stamp = `${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
      const known = previous[file];
      if (known && known.stamp === stamp) {
        next[file] = known;
        return;
      }
      const contents = await readFile(path, 'utf8');
      counter.read += 1;
      next[file] = { stamp, digest: createHash('sha256').update(contents).digest('base64url'), data: read(contents) };
    } catch (error) {
      // One unreadable file is left out (and not cached, so every build names it again); the others are built.
      const line = error instanceof ContentError ? error.line : null;
      problems.push({ file: `${collection}/${file}`, line, message: (error as Error).message });
    }
  });
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // Insertion order is the sorted file order, whatever order the reads finished in.
  return Object.fromEntries(files.filter((file) => next[file] !== undefined).map((file) => [file, next[file] as ScannedFile<T>]));
}

export async function scanContent(contentDir: string, previous: ScanCache | undefined): Promise<ScanResult> {
  const counter = { read: 0 };
  const problems: ContentProblem[] = [];
  const meetings = await scanCollection('meetings', contentDir, previous?.meetings ?? {}, (contents) => readChecked(contents, meetingFrontmatterSchema, 'meeting'), counter, problems);
  const items = await scanCollection('items', contentDir, previous?.items ?? {}, readItemKey, counter, problems);
  const id = (file: string): string => file.replace(/\.mdx$/, '');
  return {
    meetings: Object.entries(meetings).map(([file, entry]) => ({ id: id(file), data: entry.data })),
    items: Object.entries(items).map(([file, entry]) => ({ id: id(file), digest: entry.digest, data: entry.data })),
    cache: { meetings, items },
    read: counter.read,
    problems,
  };
}

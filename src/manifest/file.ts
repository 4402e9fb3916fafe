/** Reading and writing `<content>/manifest.json` (schema.ts). */
import { hash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sortedRecord } from '../utils/sorted-record.ts';
import { writeIfChanged } from '../utils/write-if-changed.ts';
import { checkedManifests } from './checked.ts';
import { manifestFileName, manifestVersion, siteManifestSchema, type SiteManifest } from './schema.ts';

export const manifestPath = (contentDir: string): string => join(contentDir, manifestFileName);

export function emptyManifest(): SiteManifest {
  return { version: manifestVersion, sources: {}, meetings: {}, pages: {} };
}

/**
 * The bytes a manifest was read from (or written as), and the line of each
 * entry in them, by the entry object the read gave. An entry a writer still
 * holds unchanged is copied from here instead of serialised again: one new
 * meeting's build writes one line, not 10 000 (a second and a half at 75 000
 * items). The build plan hashes the lines (meetingDigests).
 */
export interface ManifestLines {
  bytes: Buffer;
  lineOf: WeakMap<object, { key: string; line: Buffer }>;
}

export type ManifestRead = { manifest: SiteManifest; lines: ManifestLines } | { problem: string };

const sections = ['sources', 'meetings', 'pages'] as const;

/**
 * The manifest, checked against its schema; a problem (missing, unreadable, another version) says what is wrong.
 * Bytes this Referat wrote (their hash, checked.ts) are not checked again.
 */
export async function readManifest(contentDir: string): Promise<ManifestRead> {
  const path = manifestPath(contentDir);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return { problem: `Unexpected content folder without ${manifestFileName}, expected the output of \`referat convert\`: convert the minutes again` };
  }
  let json: unknown;
  try {
    // Bytes, then one decode: with an encoding, readFile decodes chunk by chunk (0.4 s against 0.25 s for 97 MB).
    json = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    return { problem: `Unexpected ${manifestFileName} that is not JSON (${(error as Error).message}), expected the output of \`referat convert\`: convert the minutes again` };
  }
  if ((json as { version?: unknown })?.version !== manifestVersion) {
    return { problem: `Unexpected ${manifestFileName} version ${JSON.stringify((json as { version?: unknown })?.version)}, expected ${manifestVersion}: convert the minutes again with this version of Referat` };
  }
  const checked = checkedManifests(contentDir);
  const sha256 = hash('sha256', bytes, 'base64url');
  // Bytes of ours are laid out as manifestBytes writes them, from what the schema gave: their lines can be copied.
  if (checked.has(sha256)) return { manifest: json as SiteManifest, lines: lineIndex(bytes, json as SiteManifest) };
  const parsed = siteManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `Unexpected ${manifestFileName}: \`${issue?.path.join('.') ?? ''}\`: ${issue?.message ?? 'invalid'}; convert the minutes again` };
  }
  // Valid, but perhaps not as ours are written (keys in another order, fields the schema drops): not trusted
  // as they are, and written anew, line by line, by the next writeManifest.
  return { manifest: parsed.data, lines: { bytes, lineOf: new WeakMap() } };
}

/** The manifest with its records in key order: as manifestText writes it and readManifest gives it back. */
export function sortedManifest(manifest: SiteManifest): SiteManifest {
  return { version: manifest.version, sources: sortedRecord(manifest.sources), meetings: sortedRecord(manifest.meetings), pages: sortedRecord(manifest.pages) };
}

const header = (section: string): string => ` ${JSON.stringify(section)}: {\n`;
const entryLine = (key: string, value: unknown): string => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;

/** One JSON line per meeting and source, keys sorted: the same manifest for the same content, and small diffs. */
export function manifestText(manifest: SiteManifest): string {
  return manifestBytes(sortedManifest(manifest)).bytes.toString('utf8');
}

/** The bytes of a sorted manifest, and each entry's line in them; entries `lines` holds unchanged are copied from the bytes they were read from. */
const [comma, newline] = [Buffer.from(',\n'), Buffer.from('\n')];

function manifestBytes(sorted: SiteManifest, lines?: ManifestLines): ManifestLines {
  const parts: Buffer[] = [Buffer.from(`{\n "version": ${sorted.version},\n`)];
  const lineOf = new WeakMap<object, { key: string; line: Buffer }>();
  for (const [n, section] of sections.entries()) {
    parts.push(Buffer.from(header(section)));
    const entries = Object.entries(sorted[section] as Record<string, object>);
    for (const [i, [key, value]] of entries.entries()) {
      const known = lines?.lineOf.get(value);
      const line = known?.key === key ? known : { key, line: Buffer.from(entryLine(key, value)) };
      lineOf.set(value, line);
      parts.push(line.line, i < entries.length - 1 ? comma : newline);
    }
    parts.push(Buffer.from(n < sections.length - 1 ? ' },\n' : ' }\n}\n'));
  }
  return { bytes: Buffer.concat(parts), lineOf };
}

/**
 * A digest of each meeting's manifest entry, by meeting id: of its line where the bytes are known (hashing the
 * line is a tenth of serialising the entry again), else of the entry serialised as its line would be. The entry
 * holds the meeting's data, its items' data and the digests of their files, so one digest covers them all.
 */
export function meetingDigests(manifest: SiteManifest, lines?: ManifestLines): Map<string, string> {
  const digests = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.meetings)) {
    const known = lines?.lineOf.get(entry);
    digests.set(id, hash('sha256', known?.key === id ? known.line : entryLine(id, entry), 'base64url'));
  }
  return digests;
}

/**
 * Where each entry's line is in `bytes`, which manifestBytes wrote (checked.ts): one line per entry, in the
 * order of the object's keys, which JSON.parse gives back. Each line is checked to start with its key, a cheap
 * guard should the two ever disagree: a section that does not is left out, written anew.
 */
function lineIndex(bytes: Buffer, manifest: SiteManifest): ManifestLines {
  const lineOf = new WeakMap<object, { key: string; line: Buffer }>();
  let at = 0;
  const nextLine = (): Buffer | undefined => {
    if (at >= bytes.length) return undefined;
    const end = bytes.indexOf(10, at);
    const line = bytes.subarray(at, end < 0 ? bytes.length : end);
    at = end < 0 ? bytes.length : end + 1;
    return line;
  };
  // Skips to the section's header line; a file without one is not ours to copy from.
  for (const section of sections) {
    const start = Buffer.from(header(section).slice(0, -1));
    let line: Buffer | undefined;
    while ((line = nextLine()) !== undefined && !line.equals(start));
    if (line === undefined) break;
    const found: [object, { key: string; line: Buffer }][] = [];
    let laidOut = true;
    for (const [key, value] of Object.entries(manifest[section] as Record<string, object>)) {
      const text = nextLine();
      const prefix = Buffer.from(`  ${JSON.stringify(key)}: `);
      const entry = text && text.at(-1) === 44 /* , */ ? text.subarray(0, -1) : text;
      if (!entry || !entry.subarray(0, prefix.length).equals(prefix)) {
        laidOut = false;
        break;
      }
      found.push([value, { key, line: entry }]);
    }
    if (laidOut) for (const [value, line] of found) lineOf.set(value, line);
  }
  return { bytes, lineOf };
}

/**
 * Writes the manifest (if it changed: `previous` is the file as this run read it, else the file is compared)
 * and returns it as a later readManifest would (sorted), with the lines it was written as. Its bytes are
 * recorded as checked (checked.ts): they were made from entries the schema gave, so the next read need not
 * check them again.
 */
export async function writeManifest(contentDir: string, manifest: SiteManifest, previous?: ManifestLines): Promise<{ manifest: SiteManifest; lines: ManifestLines }> {
  const sorted = sortedManifest(manifest);
  const lines = manifestBytes(sorted, previous);
  if (previous === undefined) writeIfChanged(manifestPath(contentDir), lines.bytes);
  else if (!lines.bytes.equals(previous.bytes)) await writeFile(manifestPath(contentDir), lines.bytes);
  checkedManifests(contentDir).add(hash('sha256', lines.bytes, 'base64url'));
  return { manifest: sorted, lines };
}

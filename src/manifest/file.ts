/** Reading and writing `<content>/manifest.json` (schema.ts). */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sortedRecord } from '../utils/sorted-record.ts';
import { writeIfChanged } from '../utils/write-if-changed.ts';
import { manifestFileName, manifestVersion, siteManifestSchema, type SiteManifest } from './schema.ts';

export const manifestPath = (contentDir: string): string => join(contentDir, manifestFileName);

export function emptyManifest(): SiteManifest {
  return { version: manifestVersion, sources: {}, meetings: {}, pages: {} };
}

/** `text`: the file as read, so a writer can tell whether its new text differs without reading it again. */
export type ManifestRead = { manifest: SiteManifest; text: string } | { problem: string };

/** The manifest, checked against its schema; a problem (missing, unreadable, another version) says what is wrong. */
export async function readManifest(contentDir: string): Promise<ManifestRead> {
  const path = manifestPath(contentDir);
  let text: string;
  try {
    // Bytes, then one decode: with an encoding, readFile decodes chunk by chunk (0.4 s against 0.25 s for 97 MB).
    text = (await readFile(path)).toString('utf8');
  } catch {
    return { problem: `Unexpected content folder without ${manifestFileName}, expected the output of \`referat convert\`: convert the minutes again` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problem: `Unexpected ${manifestFileName} that is not JSON (${(error as Error).message}), expected the output of \`referat convert\`: convert the minutes again` };
  }
  if ((json as { version?: unknown })?.version !== manifestVersion) {
    return { problem: `Unexpected ${manifestFileName} version ${JSON.stringify((json as { version?: unknown })?.version)}, expected ${manifestVersion}: convert the minutes again with this version of Referat` };
  }
  const parsed = siteManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `Unexpected ${manifestFileName}: \`${issue?.path.join('.') ?? ''}\`: ${issue?.message ?? 'invalid'}; convert the minutes again` };
  }
  return { manifest: parsed.data, text };
}

/** The manifest with its records in key order: as manifestText writes it and readManifest gives it back. */
export function sortedManifest(manifest: SiteManifest): SiteManifest {
  return { version: manifest.version, sources: sortedRecord(manifest.sources), meetings: sortedRecord(manifest.meetings), pages: sortedRecord(manifest.pages) };
}

/** One JSON line per meeting and source, keys sorted: the same manifest for the same content, and small diffs. */
export function manifestText(manifest: SiteManifest): string {
  const lines = (record: Record<string, unknown>): string =>
    Object.entries(sortedRecord(record)).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(',\n');
  return `{\n "version": ${manifest.version},\n "sources": {\n${lines(manifest.sources)}\n },\n "meetings": {\n${lines(manifest.meetings)}\n },\n "pages": {\n${lines(manifest.pages)}\n }\n}\n`;
}

/**
 * Writes the manifest (if it changed: `previousText` is the file as this run read it, else the file is compared)
 * and returns it as a later readManifest would: sorted.
 */
export async function writeManifest(contentDir: string, manifest: SiteManifest, previousText?: string): Promise<SiteManifest> {
  const sorted = sortedManifest(manifest);
  const text = manifestText(sorted);
  if (previousText === undefined) writeIfChanged(manifestPath(contentDir), text);
  else if (text !== previousText) await writeFile(manifestPath(contentDir), text);
  return sorted;
}

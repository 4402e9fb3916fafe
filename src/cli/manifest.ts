/**
 * What `convert` wrote from which source, keyed by the source's path relative
 * to the input folder. A source whose SHA-256 is unchanged is skipped; the
 * outputs of a changed or removed source are replaced or deleted, so an
 * incremental run leaves the same content folder as a clean one.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeIfChanged } from './io.ts';

export interface ManifestEntry {
  sha256: string;
  /** Importer options that shaped the output (e.g. --municipality), part of the cache key. */
  key: string;
  outputs: string[];
}

export interface Manifest {
  version: 1;
  sources: Record<string, ManifestEntry>;
}

export const manifestPath = (contentDir: string) => join(contentDir, '.referat-manifest.json');

export async function readManifest(contentDir: string): Promise<Manifest> {
  try {
    const parsed = JSON.parse(await readFile(manifestPath(contentDir), 'utf8')) as Manifest;
    if (parsed.version === 1 && parsed.sources) return parsed;
  } catch {
    // none yet, or unreadable: start afresh
  }
  return { version: 1, sources: {} };
}

export async function writeManifest(contentDir: string, manifest: Manifest): Promise<void> {
  const sorted: Manifest = { version: 1, sources: Object.fromEntries(Object.entries(manifest.sources).sort(([a], [b]) => (a < b ? -1 : 1))) };
  await writeIfChanged(manifestPath(contentDir), `${JSON.stringify(sorted, null, 1)}\n`);
}

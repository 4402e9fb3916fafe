/** File-system helpers for the CLI (the importer itself never touches the file system). */
import { open, readdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pdfStart } from '../documents/sniff.ts';
import { sitePagesFolder } from '../site-pages/schema.ts';

export interface Skipped {
  path: string;
  reason: 'hidden' | 'site file' | 'symbolic link' | 'not a .txt, .pdf or .docx file' | 'not a regular file';
}

/**
 * Minutes files under `dir`, sorted so runs are deterministic, and what was
 * passed over and why: hidden files and folders, symbolic links (never
 * followed, so a link cannot publish files from outside the input) and other
 * file types. Minutes are `.txt`, `.pdf` and `.docx` files (how each is read
 * is decided by its content, src/documents/), and files of any other name that
 * start like a PDF ("referat" saved without its extension).
 */
export async function listMinutes(dir: string): Promise<{ files: string[]; skipped: Skipped[] }> {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  async function walk(current: string): Promise<void> {
    const entries = await readdir(current, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.name.startsWith('.')) skipped.push({ path, reason: 'hidden' });
      // Beside the minutes a site keeps its README, its config and the logo it names: not minutes, not worth a warning.
      else if (current === dir && entry.isFile() && siteFile.test(entry.name)) skipped.push({ path, reason: 'site file' });
      else if (entry.isSymbolicLink()) skipped.push({ path, reason: 'symbolic link' });
      // `<input>/sider/` holds the site's own pages, not minutes (src/site-pages/).
      else if (entry.isDirectory()) {
        if (!(current === dir && entry.name === sitePagesFolder)) await walk(path);
      }
      else if (!entry.isFile()) skipped.push({ path, reason: 'not a regular file' });
      else if (/\.(txt|text|pdf|docx)$/i.test(entry.name) || (await startsLikePdf(path))) files.push(path);
      else skipped.push({ path, reason: 'not a .txt, .pdf or .docx file' });
    }
  }
  await walk(dir);
  return { files, skipped };
}

const siteFile = /^(readme(\.\w+)?|referat\.config\.json|[^/]+\.(svg|png))$/i;

/** "%PDF-" in the first kilobyte, where PDF readers look for it. */
async function startsLikePdf(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(1024), 0, 1024, 0);
    return pdfStart(buffer.subarray(0, bytesRead)) >= 0;
  } finally {
    await file.close();
  }
}

/** `<input>/<municipality>/…` names the municipality; a file directly in `<input>` does not. */
export function municipalityFolder(input: string, file: string): string | null {
  const parts = relative(input, file).split(sep);
  return parts.length > 1 ? parts[0]! : null;
}

export { writeIfChanged } from '../utils/write-if-changed.ts';

export async function removeFile(path: string): Promise<void> {
  await rm(path, { force: true });
}

/**
 * Write a synthetic archive to disk for benchmarks (issue 5): one file per
 * meeting at `<dir>/<municipality>/<committee-slug>-<date>.txt`, UTF-8, no
 * BOM, LF line ends. The I/O half of `generate-archive.ts`; the same options
 * always write the same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generateMeeting, planArchive, type ArchiveOptions } from './generate-archive.ts';

export interface WrittenArchive {
  /** Paths relative to `dir`, in plan order. */
  files: string[];
  /** Total bytes written. */
  bytes: number;
  /** Total number of agenda items. */
  items: number;
}

export async function writeArchive(dir: string, options: ArchiveOptions): Promise<WrittenArchive> {
  const specs = planArchive(options);
  const folders = new Set(specs.map((spec) => dirname(join(dir, spec.path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  let bytes = 0;
  let items = 0;
  // Write in small batches: fast, without holding thousands of open files.
  const batch = 64;
  for (let start = 0; start < specs.length; start += batch) {
    await Promise.all(
      specs.slice(start, start + batch).map(async (spec) => {
        const data = Buffer.from(generateMeeting(spec), 'utf8');
        bytes += data.length;
        items += spec.items;
        await writeFile(join(dir, spec.path), data);
      }),
    );
  }
  return { files: specs.map((spec) => spec.path), bytes, items };
}

/** Reading the body files of a content folder (schema.ts `bodyFileSchema`), a few meetings' at a time. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bodyFileSchema, type BodyFile } from './schema.ts';

/**
 * A reader that keeps the last `keep` files: callers go through a meeting's
 * items together (pages in path order, entries in manifest order), so each
 * file is read once without holding the whole archive's HTML.
 */
export function bodyReader(contentDir: string, keep = 64): (file: string) => Promise<BodyFile> {
  const files = new Map<string, Promise<BodyFile>>();
  return (file) => {
    let body = files.get(file);
    if (!body) {
      if (files.size >= keep) files.delete(files.keys().next().value!);
      body = readFile(join(contentDir, file), 'utf8').then((json) => bodyFileSchema.parse(JSON.parse(json)));
      files.set(file, body);
    }
    return body;
  };
}

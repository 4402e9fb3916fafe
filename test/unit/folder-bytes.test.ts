/** The byte-for-byte folder comparison the build and snapshot tests rely on (test/support/folder-bytes.ts). */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { differences, folderBytes } from '../support/folder-bytes.ts';

let work: string | undefined;
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

test('names a changed byte, a file on one side only, and an empty file against none', async () => {
  work = await mkdtemp(join(tmpdir(), 'referat-folder-bytes-'));
  const write = async (side: string, files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(work!, side, path, '..'), { recursive: true });
      await writeFile(join(work!, side, path), text);
    }
    return folderBytes(join(work!, side));
  };
  const a = await write('a', { 'same.txt': 'x', 'deep/changed.html': 'Godkendt.', 'only-a.txt': 'a', 'empty.txt': '' });
  const b = await write('b', { 'same.txt': 'x', 'deep/changed.html': 'Godkendt!', 'only-b.txt': 'b' });
  expect([...a.keys()]).toEqual(['deep/changed.html', 'empty.txt', 'only-a.txt', 'same.txt']);
  expect(differences(a, b)).toEqual(['deep/changed.html', 'empty.txt', 'only-a.txt', 'only-b.txt']);
  expect(differences(b, a)).toEqual(['deep/changed.html', 'empty.txt', 'only-a.txt', 'only-b.txt']);
  expect(differences(a, a)).toEqual([]);
});

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeFile } from '../../src/utils/remove-file.ts';

const root = mkdtempSync(join(tmpdir(), 'referat-remove-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('removeFile', () => {
  it('should delete a file and the folders it leaves empty, keeping folders with other files and the root itself', async () => {
    mkdirSync(join(root, 'udvalg', '2021-02-04'), { recursive: true });
    writeFileSync(join(root, 'udvalg', '2021-02-04', 'index.html'), 'x');
    writeFileSync(join(root, 'udvalg', 'feed.xml'), 'x');
    await removeFile(root, 'udvalg/2021-02-04/index.html');
    expect(existsSync(join(root, 'udvalg', '2021-02-04'))).toBe(false);
    expect(existsSync(join(root, 'udvalg', 'feed.xml'))).toBe(true);
    await removeFile(root, 'udvalg/feed.xml');
    expect(existsSync(join(root, 'udvalg'))).toBe(false);
    expect(existsSync(root)).toBe(true);
  });
});

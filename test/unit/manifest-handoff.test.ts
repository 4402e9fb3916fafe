import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyManifest, manifestText } from '../../src/manifest/file.ts';
import { handedManifest, handOffManifest } from '../../src/manifest/handoff.ts';

describe('manifest handoff', () => {
  it('should give Astro the manifest the build read while the file is unchanged, and the file once it changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-handoff-'));
    writeFileSync(join(dir, 'manifest.json'), manifestText(emptyManifest()));
    const built = { ...emptyManifest(), pages: {} };
    handOffManifest(dir, built);
    expect(handedManifest(dir).manifest).toBe(built);

    const changed = { ...emptyManifest(), sources: { 'a.txt': { sha256: 'x', key: 'a.txt', outputs: [], meetings: [] } } };
    writeFileSync(join(dir, 'manifest.json'), manifestText(changed as never));
    const read = handedManifest(dir).manifest;
    expect(read).not.toBe(built);
    expect(Object.keys(read.sources)).toEqual(['a.txt']);
  });
});

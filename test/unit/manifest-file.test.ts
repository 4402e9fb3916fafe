import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertCommand } from '../../src/cli/commands/convert.ts';
import { manifestText, readManifest, sortedManifest, writeManifest, type ManifestRead } from '../../src/manifest/file.ts';
import { siteManifestSchema, type SiteManifest } from '../../src/manifest/schema.ts';

const quiet = { out: () => {}, err: () => {} };
let content: string;

/** A copy of the sample site's content folder, as convert writes it (meetings, sources and site pages). */
function freshContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'referat-manifest-'));
  cpSync(content, dir, { recursive: true });
  return dir;
}

const manifestOf = (read: ManifestRead): SiteManifest => {
  if (!('manifest' in read)) throw new Error(read.problem);
  return read.manifest;
};

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), 'referat-manifest-'));
  await convertCommand({ input: 'examples', content }, quiet);
}, 60_000);

describe('the manifest file', () => {
  it('should write, after entries are added, replaced and deleted, the bytes a full serialisation gives', async () => {
    const dir = freshContent();
    const read = await readManifest(dir);
    const manifest = manifestOf(read);
    const [firstId, secondId] = Object.keys(manifest.meetings) as [string, string];
    const [firstSource] = Object.keys(manifest.sources) as [string];
    const [pageSlug] = Object.keys(manifest.pages) as [string];
    expect(pageSlug).toBeDefined();
    // A new meeting before all others, one replaced, one gone; a source and a page changed in place.
    manifest.meetings['aaa/first'] = { ...manifest.meetings[firstId]!, id: 'aaa/first' };
    manifest.meetings[secondId] = { ...manifest.meetings[secondId]!, digest: 'changed' };
    delete manifest.meetings[firstId];
    manifest.sources[firstSource] = { ...manifest.sources[firstSource]!, sha256: 'changed' };
    manifest.pages[pageSlug] = { ...manifest.pages[pageSlug]!, search: ['Ændret'] };
    const expected = manifestText(manifest);
    await writeManifest(dir, manifest, 'lines' in read ? read.lines : undefined);
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe(expected);
    expect(manifestOf(await readManifest(dir)).meetings[secondId]!.digest).toBe('changed');
  });

  it('should give back, unchecked, what the schema gives for the manifest it wrote', async () => {
    const dir = freshContent();
    const text = readFileSync(join(dir, 'manifest.json'), 'utf8');
    const trusted = manifestOf(await readManifest(dir));
    expect(JSON.stringify(trusted)).toBe(JSON.stringify(siteManifestSchema.parse(JSON.parse(text))));
  });

  it('should check a manifest edited by hand and name what is wrong', async () => {
    const dir = freshContent();
    const path = join(dir, 'manifest.json');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(/"digest":"[^"]+"/, '"digest":""'));
    const read = await readManifest(dir);
    expect('problem' in read && read.problem).toMatch(/^Unexpected manifest\.json: `meetings\.[^`]+\.digest`: .+; convert the minutes again$/);
  });

  it('should write the same bytes after a change when pages are named by numbers, which objects keep first and in their order (9 before 10)', async () => {
    const dir = freshContent();
    const first = await readManifest(dir);
    const manifest = manifestOf(first);
    const [slug] = Object.keys(manifest.pages) as [string];
    manifest.pages['9'] = { ...manifest.pages[slug]!, search: ['Ni'] };
    manifest.pages['10'] = { ...manifest.pages[slug]!, search: ['Ti'] };
    await writeManifest(dir, manifest, 'lines' in first ? first.lines : undefined);
    const read = await readManifest(dir);
    const again = manifestOf(read);
    again.pages['9'] = { ...again.pages['9']!, search: ['Niende'] };
    const expected = manifestText(again);
    await writeManifest(dir, again, 'lines' in read ? read.lines : undefined);
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe(expected);
  });

  it.each([
    ['indented', (text: string) => JSON.stringify(JSON.parse(text), null, 2)],
    // The last meeting's line broken after its first brace: every line still starts as its entry's would.
    ['with an entry over two lines', (text: string) => text.replace(/("[^"\n]+": \{)("[^\n]+\n \},\n "pages")/, '$1\n$2')],
  ])('should write anew, as it writes them, a valid manifest laid out otherwise: %s', async (_, layOut) => {
    const dir = freshContent();
    const path = join(dir, 'manifest.json');
    const canonical = readFileSync(path, 'utf8');
    const edited = layOut(canonical);
    expect(edited).not.toBe(canonical);
    writeFileSync(path, edited);
    const read = await readManifest(dir);
    await writeManifest(dir, sortedManifest(manifestOf(read)), 'lines' in read ? read.lines : undefined);
    expect(readFileSync(path, 'utf8')).toBe(canonical);
  });
});

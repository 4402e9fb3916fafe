/**
 * A body file that lacks an item's HTML (edited by hand, cut short): that item's page is left out and named, the
 * other pages are built. The item pages read their HTML from the body files, not from Astro's store.
 */
import { cpSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { buildSite } from '../../src/site/build-site.ts';
import type { BodyFile, SiteManifest } from '../../src/manifest/schema.ts';
import { fixturesDir } from '../support/import-fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'referat-body-fault-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a body file without an item', () => {
  it('should leave that item page out, name the file, and build the others with their bodies', async () => {
    const input = join(work, 'input', 'roskilde');
    mkdirSync(input, { recursive: true });
    cpSync(join(fixturesDir, 'generic-numbered', 'input.txt'), join(input, 'referat.txt'));
    const content = join(work, 'content');
    expect(await main(['convert', '--input', join(work, 'input'), '--content', content], { out: () => {}, err: () => {} })).toBe(0);
    const manifest = JSON.parse(readFileSync(join(content, 'manifest.json'), 'utf8')) as SiteManifest;
    const meeting = Object.values(manifest.meetings)[0]!;
    const [kept, lost] = meeting.items;
    const bodyPath = join(content, meeting.bodies.file);
    const bodies = JSON.parse(readFileSync(bodyPath, 'utf8')) as BodyFile;
    const keptHtml = bodies.items[kept!.id]!.html;
    delete bodies.items[lost!.id];
    writeFileSync(bodyPath, JSON.stringify(bodies));

    const out = join(work, 'out');
    const result = await buildSite({ contentDir: content, outDir: out, full: true, logLevel: 'silent' });
    const named = result.problems.flatMap((file) => file.messages.map((message) => `${file.path}: ${message.reason}`));
    expect(named.some((line) => line.includes(lost!.file) && line.includes(`no body for ${lost!.id}`))).toBe(true);
    const pages = (number: number) => globSync(`**/punkt-${number}/index.html`, { cwd: out });
    const [keptPage] = pages(kept!.data.number);
    expect(readFileSync(join(out, keptPage!), 'utf8')).toContain(keptHtml);
    expect(pages(lost!.data.number)).toEqual([]);
  }, 180_000);
});

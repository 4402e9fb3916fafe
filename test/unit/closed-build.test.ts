/**
 * Closed items, end to end: minutes with every closed-marker form are
 * converted and built, and the closed case text is in no file of the content
 * folder, the output folder (the Pagefind index unzipped) or the build cache.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fixturesDir } from '../support/import-fixtures.ts';
import { cacheOfThisBuild, fileTexts } from '../support/site-files.ts';

/** Text the fixtures print only inside closed items. */
const secret = /hemmelig|Fortrolig sagstekst|Stationsvej 12|underskud, som ikke/i;
const cases = ['closed-title-forms', 'closed-toc', 'closed-line', 'generic-numbered', 'generic-pkt', 'generic-sag'];

const work = mkdtempSync(join(tmpdir(), 'referat-closed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('closed items in a built site', () => {
  it('should publish the closed items by title and decision, and their case text nowhere', async () => {
    const input = join(work, 'input');
    for (const name of cases) {
      mkdirSync(join(input, name), { recursive: true });
      cpSync(join(fixturesDir, name, 'input.txt'), join(input, name, 'referat.txt'));
    }
    const content = join(work, 'content');
    const out = join(work, 'out');
    const err: string[] = [];
    const started = Date.now() - 1000;
    expect(await main(['build', '--input', input, '--content', content, '--out', out], { out: () => {}, err: (t) => err.push(t) })).toBe(0);
    expect(cacheOfThisBuild(started).length).toBeGreaterThan(0);
    const files = [...fileTexts(content), ...fileTexts(out), ...cacheOfThisBuild(started).flatMap((dir) => fileTexts(dir))];
    const pages = files.filter((f) => f.path.endsWith('.html'));
    // The closed items are there, as closed items: "Lukket: Personsag A" has its own page.
    expect(pages.some((f) => f.text.includes('Personsag A'))).toBe(true);
    expect(files.some((f) => /\.pf_fragment$/.test(f.path))).toBe(true);
    expect(files.filter((f) => secret.test(f.text)).map((f) => f.path)).toEqual([]);
  }, 180_000);
});

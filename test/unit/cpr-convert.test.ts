/**
 * Issue 10, point 2, end to end: a CPR number in the municipality folder's
 * name, the file's name and the text is published nowhere — not in the
 * content collections, the convert manifest, the built pages, periods.json or
 * the (gzip-compressed) Pagefind index. The numbers are invented.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { publicKeys } from '../../src/cli/commands/convert.ts';
import { leaksCpr } from '../support/cpr-leaks.ts';
import { cacheOfThisBuild, fileTexts } from '../support/site-files.ts';
import { testMinutesHead } from '../support/test-minutes.ts';

const inFolder = '0505851291';
const inFile = '0606861292';
const inText = ['0707871293', '0808881294'];
const all = [inFolder, inFile, ...inText];

function capture() {
  const err: string[] = [];
  return { reporter: { out: () => {}, err: (t: string) => err.push(t) }, err };
}

/** Paths relative to `dir`, as the assertions name them. */
function texts(dir: string): Array<{ path: string; text: string }> {
  return fileTexts(dir).map(({ path, text }) => ({ path: path.slice(dir.length + 1), text }));
}

const leaks = (files: Array<{ path: string; text: string }>) =>
  files.flatMap(({ path, text }) => [path, text].flatMap((t) => all.filter((digits) => leaksCpr(t, digits)).map((digits) => `${path}: ${digits}`)));

let work: string;
let input: string;
let content: string;
let source: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'referat-cpr-'));
  input = join(work, 'input');
  content = join(work, 'content');
  // Folder "Testby 050585-1291" (no-break space, en dash), file "referat 060686 1292.txt" (full-width digits).
  const folder = 'Testby 050585\u00a0–1291';
  mkdirSync(join(input, folder), { recursive: true });
  source = join(input, folder, 'referat ０６０６８６ １２９２.txt');
  const text = [
    ...testMinutesHead,
    'Mødedeltagere Anna Andersen (A), Bo Berg 07 07 87-1293 (V)',
    '',
    'Punkt 1: Klage over afgørelse',
    '',
    'Sagsfremstilling',
    '',
    'Borgeren med cpr.nr. 080888\u2011',
    '1294 har klaget. Kontakt tlf. 39 57 52 40, sag 2018/01267.',
    '',
    'Bilag',
    '',
    'Klage fra 07\u200b0787-1293.pdf',
    '',
    'Beslutning Udvalget for Test den 08-01-2020',
    '',
    'Godkendt.',
    '',
  ].join('\n');
  writeFileSync(source, text);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a CPR number in folder name, file name and text', () => {
  it('should be written nowhere in the content folder or the manifest, with warnings naming the file', async () => {
    const run = capture();
    expect(await main(['convert', '--input', input, '--content', content], run.reporter)).toBe(0);
    const files = texts(content);
    expect(files.map((f) => f.path).sort()).toEqual([
      '.referat-content',
      'bodies/testby-cpr-nummer-fjernet/udvalget-for-test/2020-01-08.json',
      'items/testby-cpr-nummer-fjernet/udvalget-for-test/2020-01-08/01-klage-over-afgoerelse.mdx',
      'manifest.json',
      'meetings/testby-cpr-nummer-fjernet/udvalget-for-test/2020-01-08.mdx',

    ]);
    expect(leaks(files)).toEqual([]);
    const manifest = JSON.parse(files.find((f) => f.path === 'manifest.json')!.text);
    expect(Object.keys(manifest.sources)).toEqual(['Testby cpr-nummer-fjernet/referat cpr-nummer-fjernet.txt']);
    const meeting = files.find((f) => f.path.startsWith('meetings/'))!.text;
    expect(meeting).toContain('municipality: "Testby [CPR-nummer fjernet]"');
    expect(meeting).toContain('name: "Bo Berg [CPR-nummer fjernet]"');
    expect(meeting).toContain('path: "Testby cpr-nummer-fjernet/referat cpr-nummer-fjernet.txt"');
    const item = files.find((f) => f.path.startsWith('items/'))!.text;
    expect(item).toContain('Borgeren med cpr.nr. \\[CPR-nummer fjernet] har klaget. Kontakt tlf. 39 57 52 40, sag 2018/01267.');
    // Messages go to the operator, not the site: they name the real file so it can be found and fixed.
    expect(run.err).toEqual(
      expect.arrayContaining([
        `${source}: warning: Unexpected CPR number in the file name, expected none: published with "cpr-nummer-fjernet" in its place [cpr-number]`,
        `${source}: warning: Unexpected CPR number in the municipality name (from --municipality or the folder name), expected none: published as "Testby [CPR-nummer fjernet]" [cpr-number]`,
        `${source}:8: warning: Unexpected CPR number in published text, expected none: redacted [cpr-number]`,
        `${source}:14: warning: Unexpected CPR number in published text, expected none: redacted [cpr-number]`,
        `${source}:19: warning: Unexpected CPR number in published text, expected none: redacted [cpr-number]`,
      ]),
    );
  });

  it('should find the source unchanged in the manifest on the next run', async () => {
    const run = capture();
    expect(await main(['convert', '--input', input, '--content', content], run.reporter)).toBe(0);
    expect(run.err.at(-1)).toMatch(/^convert: 1 sources: 0 converted, 1 unchanged, 0 failed, 0 removed/);
  });

  it('should be nowhere in the built site: pages, periods.json and the Pagefind index', async () => {
    const out = join(work, 'out');
    const run = capture();
    const started = Date.now() - 1000;
    expect(await main(['build', '--input', input, '--content', content, '--out', out], run.reporter)).toBe(0);
    const files = texts(out);
    expect(files.filter((f) => f.path.endsWith('.html')).length).toBeGreaterThan(3);
    expect(files.some((f) => f.path.endsWith('periods.json') && f.text.includes('Testby [CPR-nummer fjernet]'))).toBe(true);
    // The check reads what Pagefind stores: the unzipped fragments hold the item text.
    expect(files.some((f) => /\.pf_fragment$/.test(f.path) && f.text.includes('har klaget'))).toBe(true);
    expect(leaks(files)).toEqual([]);
    // The build's own cache (content store, search mirror) holds none either.
    expect(cacheOfThisBuild(started).length).toBeGreaterThan(0);
    expect(leaks(cacheOfThisBuild(started).flatMap((dir) => texts(dir)))).toEqual([]);
  }, 120_000);
});

describe('public source keys', () => {
  it('should keep two paths that differ only in the CPR number apart, and leave other paths as they are', () => {
    expect([...publicKeys(['a/010190-1234.txt', 'a/020290-1234.txt', 'a/cpr-nummer-fjernet-2.txt', 'a/plain.txt']).values()]).toEqual([
      'a/cpr-nummer-fjernet.txt',
      'a/cpr-nummer-fjernet-3.txt',
      'a/cpr-nummer-fjernet-2.txt',
      'a/plain.txt',
    ]);
  });
});

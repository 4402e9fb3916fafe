/**
 * Issue 11, point 4: the published document is the legal record. A PDF or
 * Word file given as input is published beside its meeting, byte for byte,
 * and linked (format and size in the link's text) from the meeting page and
 * every item page; text minutes get no link. Removing the source removes the
 * document from the site, and the incremental output equals a full build.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

const fixtures = new URL('../fixtures/documents/', import.meta.url).pathname;
let work: string;

async function build(out: string, ...flags: string[]): Promise<{ code: number; err: string[] }> {
  const err: string[] = [];
  const code = await main(['build', '--input', join(work, 'in'), '--content', join(work, `${out}-content`), '--out', join(work, out), ...flags], { out: () => {}, err: (line) => err.push(line) });
  return { code, err };
}
const html = (path: string): string => readFileSync(join(work, 'site', path, 'index.html'), 'utf8');
const link = (page: string): string | undefined => /<p class="document-link"><a href="([^"]+)" type="([^"]+)">([^<]+)<\/a><\/p>/.exec(page)?.slice(1).join(' | ');


beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'referat-documents-site-'));
  mkdirSync(join(work, 'in', 'fjordby'), { recursive: true });
  mkdirSync(join(work, 'in', 'solbakke'), { recursive: true });
  copyFileSync(join(fixtures, 'fjordby-kmu-2024-03-14.pdf'), join(work, 'in', 'fjordby', 'kmu-2024-03-14.pdf'));
  copyFileSync(join(fixtures, 'solbakke-bsu-2023-10-02.docx'), join(work, 'in', 'solbakke', 'bsu-2023-10-02.docx'));
  expect((await build('site')).code).toBe(0);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the published document in the site', () => {
  const fjordby = 'fjordby/klima-og-miljoeudvalget/2024-03-14';
  const solbakke = 'solbakke/boerne-og-skoleudvalget/2023-10-02';

  it('is the input file, byte for byte, beside its meeting', () => {
    expect(readFileSync(join(work, 'site', fjordby, 'referat.pdf')).equals(readFileSync(join(fixtures, 'fjordby-kmu-2024-03-14.pdf')))).toBe(true);
    expect(readFileSync(join(work, 'site', solbakke, 'referat.docx')).equals(readFileSync(join(fixtures, 'solbakke-bsu-2023-10-02.docx')))).toBe(true);
  });

  it('is linked from the meeting page and every item page, with its format and size', () => {
    const size = (readFileSync(join(fixtures, 'fjordby-kmu-2024-03-14.pdf')).length / 1000).toFixed(1).replace('.', ',');
    const expected = `/${fjordby}/referat.pdf | application/pdf | Hent referatet som PDF (${size}\u00a0kB)`;
    expect(link(html(fjordby))).toBe(expected);
    const items = readdirSync(join(work, 'site', fjordby)).filter((name) => name.startsWith('punkt-'));
    expect(items.length).toBeGreaterThan(2);
    for (const item of items) expect(link(html(`${fjordby}/${item}`)), item).toBe(expected);
    expect(link(html(solbakke))).toMatch(new RegExp(`^/${solbakke}/referat\\.docx \\| application/vnd\\.openxmlformats-officedocument\\.wordprocessingml\\.document \\| Hent referatet som Word-dokument \\(\\d+(,\\d)?\\u00a0kB\\)$`));
  });

  it('goes when its source goes, as in a full build; text minutes get no link', async () => {
    rmSync(join(work, 'in', 'fjordby', 'kmu-2024-03-14.pdf'));
    copyFileSync(join(fixtures, 'fjordby-kmu-2024-03-14.txt'), join(work, 'in', 'fjordby', 'kmu-2024-03-14.txt'));
    await build('site');
    expect(existsSync(join(work, 'site', fjordby, 'referat.pdf'))).toBe(false);
    expect(link(html(fjordby))).toBeUndefined();
    await build('full', '--full');
    const list = (dir: string) => (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
    const [a, b] = [list(join(work, 'site')), list(join(work, 'full'))];
    expect(a).toEqual(b);
    expect(a.filter((name) => !readFileSync(join(work, 'site', name)).equals(readFileSync(join(work, 'full', name))))).toEqual([]);
  }, 120_000);
});

/**
 * Issue 14, point 5: the sitemap index, its sitemap files and robots.txt,
 * from the routes; and the open data as build-site.ts writes it.
 */
import { mkdtemp, readFile, readdir, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import { sitemapFiles } from '../../src/open-data/sitemap.ts';
import { openDataFiles } from '../../src/open-data/index.ts';
import { writeOpenData } from '../../src/open-data/write.ts';
import { fakeBase, fakeSite, openDataInput, type FakeMeeting } from '../support/open-data-site.ts';

const at = (path: string): string => `${fakeSite}${fakeBase}${path.replace(/^\//, '')}`;
const meetings: FakeMeeting[] = [
  { municipality: 'Testby Kommune', committee: 'Kulturudvalget', date: '2024-03-05', items: [{ title: 'A' }, { title: 'B' }] },
  { municipality: 'Testby Kommune', committee: 'Kulturudvalget', date: '2024-05-07', items: [{ title: 'C' }] },
  { municipality: 'Prøvested Kommune', committee: 'Økonomiudvalget', date: '2023-12-01', items: [{ title: 'D' }] },
];

/** The `<loc>` and `<lastmod>` of every entry of a sitemap or sitemap index. */
function entries(xml: string, tag: 'url' | 'sitemap'): [string, string | undefined][] {
  const document = parseDocument(xml, { xmlMode: true });
  const { getElementsByTagName, textContent } = DomUtils;
  return getElementsByTagName(tag, document).map((entry) => {
    const lastmod = getElementsByTagName('lastmod', entry)[0];
    return [textContent(getElementsByTagName('loc', entry)[0]!), lastmod && textContent(lastmod)];
  });
}

describe('sitemap', () => {
  const input = openDataInput(meetings);

  it('should list every page of the site once, with the date of its data', () => {
    const files = sitemapFiles(input);
    expect([...files.keys()].sort()).toEqual(['robots.txt', 'sitemap-0.xml', 'sitemap-index.xml']);
    const urls = entries(files.get('sitemap-0.xml')!, 'url');
    expect(urls.map(([loc]) => loc)).toEqual([...input.pages].sort().map(at));
    const dated = new Map(urls);
    expect(dated.get(at('/testby/kulturudvalget/2024-03-05/punkt-2/'))).toBe('2024-03-05');
    expect(dated.get(at('/testby/kulturudvalget/2024-03-05/'))).toBe('2024-03-05');
    expect(dated.get(at('/testby/kulturudvalget/'))).toBe('2024-05-07');
    expect(dated.get(at('/proevested/'))).toBe('2023-12-01');
    expect(dated.get(at('/'))).toBe('2024-05-07');
    // Nothing in the minutes dates the accessibility statement page.
    expect(dated.get(at('/was/'))).toBeUndefined();
  });

  it('should split the pages into files of at most the limit, all named by the index', () => {
    const files = sitemapFiles(input, 4);
    const index = entries(files.get('sitemap-index.xml')!, 'sitemap');
    const count = Math.ceil(input.pages.size / 4);
    expect(index.map(([loc]) => loc)).toEqual(Array.from({ length: count }, (_, n) => at(`/sitemap-${n}.xml`)));
    const all = index.flatMap(([loc]) => entries(files.get(loc.slice(at('/').length))!, 'url').map(([url]) => url));
    expect(all).toEqual([...input.pages].sort().map(at));
    for (const [loc] of index) expect(entries(files.get(loc.slice(at('/').length))!, 'url').length).toBeLessThanOrEqual(4);
  });

  it('should name the sitemap index in robots.txt', () => {
    expect(sitemapFiles(input).get('robots.txt')).toBe(`User-agent: *\nDisallow:\n\nSitemap: ${at('/sitemap-index.xml')}\n`);
  });

  it('should write robots.txt alone without a public address (sitemaps take absolute URLs only), and the build say so', () => {
    const bare = openDataInput(meetings, { site: undefined });
    expect([...sitemapFiles(bare)]).toEqual([['robots.txt', 'User-agent: *\nDisallow:\n']]);
    const data = openDataFiles(bare);
    expect([...data.files.keys()].sort()).toEqual(['proevested/oekonomiudvalget/kalender.ics', 'robots.txt', 'testby/kulturudvalget/kalender.ics']);
    expect(data.warnings).toEqual([expect.stringMatching(/^Unexpected build without `--site`.*: not written/)]);
    expect(openDataFiles(input).warnings).toEqual([]);
  });
});

describe('writing the open data', () => {
  it('should write the files, keep unchanged ones as they are and delete what the previous build wrote and this one does not', async () => {
    const out = await mkdtemp(join(tmpdir(), 'referat-open-data-'));
    try {
      const first = await writeOpenData(out, new Map([['a/b/feed.xml', 'one'], ['a/kalender.ics', 'two'], ['robots.txt', 'three']]), []);
      expect(first).toEqual(['a/b/feed.xml', 'a/kalender.ics', 'robots.txt']);
      await mkdir(join(out, 'a', 'page'), { recursive: true });
      await writeFile(join(out, 'a', 'page', 'index.html'), 'kept');
      const before = (await stat(join(out, 'robots.txt'))).mtimeMs;
      const second = await writeOpenData(out, new Map([['robots.txt', 'three'], ['c/feed.xml', 'four']]), first);
      expect(second).toEqual(['c/feed.xml', 'robots.txt']);
      expect((await stat(join(out, 'robots.txt'))).mtimeMs).toBe(before);
      const left = (await readdir(out, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(out.length + 1)).sort();
      // a/b/ went with its feed; a/ stays for the page in it.
      expect(left).toEqual(['a/page/index.html', 'c/feed.xml', 'robots.txt']);
      expect(await readFile(join(out, 'c/feed.xml'), 'utf8')).toBe('four');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});

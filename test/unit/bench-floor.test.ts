/**
 * Issue 16: the bench's floor — as many plain-Markdown pages as Referat's
 * build wrote, rendered by a minimal Astro site and indexed by one Pagefind
 * run — and the table that sets Referat's figures against it.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { writeFloorPages } from '../../src/bench/markdown-variant.ts';
import { formatTable, runChild, type BenchRow } from '../../src/bench/run-bench.ts';

// Fictional content in the shape `referat convert` writes.
const item = `---
municipality: "Testby Kommune"
committee: "Udvalget for Veje"
date: "2024-03-05"
number: 1
title: "Ny cykelsti ved Mølleåen"
---

<Decision committee="Udvalget for Veje" date="2024-03-05">
  Anbefalet over for byrådet.
</Decision>

<Section heading="Sagsfremstilling" kind="case">
  Stien skal gå langs åen.
</Section>
`;
const secondItem = item.replace('number: 1', 'number: 2').replace('Ny cykelsti ved Mølleåen', 'Eventuelt');
const meeting = `---
municipality: "Testby Kommune"
committee: "Udvalget for Veje"
date: "2024-03-05"
agenda:
  - number: 1
    title: "Ny cykelsti ved Mølleåen"
    decision: "Anbefalet over for byrådet."
  - number: 2
    title: "Eventuelt"
    decision: null
---
`;

let content: string;
let work: string;

async function put(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'referat-floor-'));
  content = join(work, 'content');
  await put(join(content, 'items/testby/veje/2024-03-05/01-cykelsti.mdx'), item);
  await put(join(content, 'items/testby/veje/2024-03-05/02-eventuelt.mdx'), secondItem);
  await put(join(content, 'meetings/testby/veje/2024-03-05.mdx'), meeting);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('floor pages', () => {
  test('as many pages as asked: every item, every meeting, then meetings again for the other pages', async () => {
    const target = join(work, 'pages-5');
    expect(await writeFloorPages(content, target, 5)).toBe(5);
    expect(await files(target)).toEqual([
      'items/testby/veje/2024-03-05/01-cykelsti.md',
      'items/testby/veje/2024-03-05/02-eventuelt.md',
      'meetings/testby/veje/2024-03-05.md',
      'more/0/testby/veje/2024-03-05.md',
      'more/1/testby/veje/2024-03-05.md',
    ]);
  });

  test('fewer pages than content files: items first', async () => {
    const target = join(work, 'pages-1');
    expect(await writeFloorPages(content, target, 1)).toBe(1);
    expect(await files(target)).toEqual(['items/testby/veje/2024-03-05/01-cykelsti.md']);
  });

  test('an item keeps its frontmatter and text, its components become headings; a meeting lists its agenda', async () => {
    const target = join(work, 'pages-3');
    await writeFloorPages(content, target, 3);
    const itemPage = await readFile(join(target, 'items/testby/veje/2024-03-05/01-cykelsti.md'), 'utf8');
    expect(itemPage).toBe(
      '---\nmunicipality: "Testby Kommune"\ncommittee: "Udvalget for Veje"\ndate: "2024-03-05"\nnumber: 1\ntitle: "Ny cykelsti ved Mølleåen"\n---\n\n' +
        '## Beslutning\n\nAnbefalet over for byrådet.\n\n## Sagsfremstilling\n\nStien skal gå langs åen.\n',
    );
    const meetingPage = await readFile(join(target, 'meetings/testby/veje/2024-03-05.md'), 'utf8');
    expect(meetingPage.slice(meetingPage.indexOf('\n---\n') + 5)).toBe(
      '\n# Udvalget for Veje 2024-03-05\n\n1. **Ny cykelsti ved Mølleåen**\n\n   Anbefalet over for byrådet.\n\n2. **Eventuelt**\n',
    );
  });
});

test('the floor site renders every page from Markdown and indexes them all in one Pagefind run', async () => {
  const target = join(work, 'pages-site');
  const site = join(work, 'floor-site');
  await writeFloorPages(content, target, 4);
  // Beside the floor's project, on its file system: a trash elsewhere would take it by deleting it.
  const trash = join('.cache', `test-trash-${process.pid}`);
  onTestFinished(() => rm(trash, { recursive: true, force: true }));
  const run = await runChild('src/bench/floor-site.ts', [target, site, '--trash', trash], () => {});
  expect(run.code).toBe(0);
  // Its project is kept in the trash (bench/trash.ts) for the bench to delete after its last figure, not deleted now.
  const discarded = await readdir(trash);
  expect(discarded).toHaveLength(1);
  expect(await readdir(join(trash, discarded[0]!, 'dist'))).toContain('pagefind');
  expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toMatchObject({ pages: 4, indexed: 4 });
  const html = await readFile(join(site, 'items/testby/veje/2024-03-05/01-cykelsti/index.html'), 'utf8');
  expect(html).toContain('<title>Ny cykelsti ved Mølleåen</title>');
  expect(html).toContain('<h2 id="beslutning">Beslutning</h2>\n<p>Anbefalet over for byrådet.</p>');
  const meetingHtml = await readFile(join(site, 'more/0/testby/veje/2024-03-05/index.html'), 'utf8');
  expect(meetingHtml).toContain('<strong>Eventuelt</strong>');
  const entry = JSON.parse(await readFile(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  expect(Object.fromEntries(Object.entries(entry.languages).map(([language, index]) => [language, index.page_count]))).toEqual({ da: 4 });
}, 120_000);

describe('bench table', () => {
  const row: BenchRow = {
    items: 42,
    meetings: 3,
    pages: 54,
    minutesBytes: 2_000_000,
    convert: 0.5,
    plan: 0.1,
    astro: 6,
    pagefind: 1.5,
    searchPeriods: 2,
    build: 9,
    peakRss: 2 ** 30,
    outputBytes: 3e6,
    floor: { seconds: 4, astro: 3, pagefind: 0.5, pages: 54, indexed: 54 },
    incremental: 2.5,
    incrementalRendered: 20,
    incrementalFloor: 2,
    firstSearch: 114_000,
  };
  const cells = (table: string): Record<string, string> => {
    const [header, , body] = table.split('\n').map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
    return Object.fromEntries(header!.map((title, i) => [title, body![i]!]));
  };

  test('Referat against the floor: the whole build, Astro and Pagefind, each with its ratio', () => {
    expect(cells(formatTable([row]))).toMatchObject({
      pages: '54',
      'build s': '9.0',
      'peak RSS': '1.00 GB',
      'floor s': '4.0',
      '× floor': '2.25×',
      'Astro s': '6.0',
      'floor Astro s': '3.0',
      '× Astro': '2.00×',
      'Pagefind s': '1.5',
      periods: '2',
      'floor Pagefind s': '0.5',
      '× Pagefind': '3.00×',
      'convert s': '0.5',
      'convert MB/s': '4.0',
      'incr. s': '2.5',
      'incr. pages': '20',
      'incr. floor s': '2.0',
      '× incr. floor': '1.25×',
      '1st search': '114 KB',
    });
  });

  test('a floor that failed shows as unknown, not as a ratio', () => {
    expect(cells(formatTable([{ ...row, floor: undefined, incrementalFloor: undefined }]))).toMatchObject({ 'floor s': '?', '× floor': '?', '× Astro': '?', '× Pagefind': '?', 'incr. floor s': '?', '× incr. floor': '?' });
  });
});

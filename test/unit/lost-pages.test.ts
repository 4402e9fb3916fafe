/**
 * Issue 10, "nothing lost": every item and meeting of the input gets a page
 * of its own, the agenda links reach each one, and the build says so when it
 * cannot. One `referat build` of a small fictional input serves all the
 * site-level assertions (builds are slow); the rest are unit checks.
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { importMinutes } from '../../src/minutes/import-minutes.ts';
import { meetingFiles } from '../../src/mdx/meeting-files.ts';
import { splitFrontmatter } from '../support/frontmatter.ts';
import { buildSiteIndex, itemRoute } from '../../src/utils/route-data.ts';
import { itemSearchHtml } from '../../src/search/record-html.ts';
import { siteRoutes } from '../../src/site/routes.ts';
import { contentDigest } from '../../src/manifest/digest.ts';
import { meetingContent } from '../../src/manifest/entries.ts';
import { Parser } from 'htmlparser2';
import type { ItemFrontmatter, MeetingFrontmatter } from '../../src/model/schema.ts';
import { meetingId, slugify, uniqueSlugs } from '../../src/model/paths.ts';
import fc from 'fast-check';
import { claimFolder } from '../../src/site/folders.ts';
import { decision, meeting as modelMeeting, openItem } from '../fixtures/mdx/meeting.ts';

function minutes(committee: string, date: string, ...items: string[]): string {
  return `REFERAT ${committee} d. ${date}\n\n${items.map((item) => `${item}\n\nBeslutning\n\nGodkendt.\n`).join('\n')}`;
}

/** Imports and writes the content files of one fictional minutes text. */
function contentOf(text: string, path = 'in/testby/a.txt') {
  const result = importMinutes(new TextEncoder().encode(text), { path, municipalityFolder: 'testby' });
  const files = meetingFiles(result.meeting!);
  const meeting = splitFrontmatter(files[0]!.contents).data as MeetingFrontmatter;
  const items = files.slice(1).map((file) => ({ id: file.path.replace(/^items\/|\.mdx$/g, ''), data: splitFrontmatter(file.contents).data as ItemFrontmatter }));
  return { result, files, meeting, items };
}

const twice = minutes('Testudvalget', '04-02-2021', 'Punkt 1: Sag', 'Punkt 2: Budget', 'Punkt 01: Anden sag', 'Punkt 1: Sag');

describe('two items with the same number (4a)', () => {
  const { result, meeting, items } = contentOf(twice);

  it('should warn with file, line and rule for each repeated number', () => {
    const warnings = result.file.messages.filter((m) => m.ruleId === 'duplicate-item-number');
    expect(warnings.map((m) => [m.file, m.line, m.fatal])).toEqual([
      ['in/testby/a.txt', 15, false],
      ['in/testby/a.txt', 21, false],
    ]);
    expect(warnings[0]!.reason).toBe('Unexpected item number 1 again ("Anden sag"), expected each number once: published as punkt-1-2');
  });

  it('should give each item its own page and link the agenda to each', () => {
    const site = buildSiteIndex([{ id: 'testby/testudvalget/2021-02-04', data: meeting }]);
    const agenda = site.routes.get('testby/testudvalget/2021-02-04')!.agenda;
    expect(agenda.map((entry) => [entry.title, entry.path])).toEqual([
      ['Sag', '/testby/testudvalget/2021-02-04/punkt-1/'],
      ['Anden sag', '/testby/testudvalget/2021-02-04/punkt-1-2/'],
      ['Sag', '/testby/testudvalget/2021-02-04/punkt-1-3/'],
      ['Budget', '/testby/testudvalget/2021-02-04/punkt-2/'],
    ]);
    const routes = items.map((item) => itemRoute(site, item));
    expect(routes.map((route) => route.path)).toEqual([
      '/testby/testudvalget/2021-02-04/punkt-1/',
      '/testby/testudvalget/2021-02-04/punkt-2/',
      '/testby/testudvalget/2021-02-04/punkt-1-2/',
      '/testby/testudvalget/2021-02-04/punkt-1-3/',
    ]);
    expect(new Set(routes.map((route) => route.path))).toEqual(new Set(agenda.map((entry) => entry.path)));
    // The pager walks the agenda through every page once.
    const second = routes.find((route) => route.path.endsWith('punkt-1-2/'))!;
    expect([second.previous?.path, second.next?.path]).toEqual(['/testby/testudvalget/2021-02-04/punkt-1/', '/testby/testudvalget/2021-02-04/punkt-1-3/']);
  });
});

/** The attributes of the first `<main>` of `html`, decoded, as Pagefind reads them. */
function mainAttributes(html: string): Record<string, string> {
  let found: Record<string, string> = {};
  const parser = new Parser({ onopentag: (name, attributes) => { if (name === 'main' && Object.keys(found).length === 0) found = attributes; } }, { decodeEntities: true });
  parser.end(html);
  return found;
}

describe('search pages whose names hold any text (4b)', () => {
  it('should give Pagefind the title, committee and municipality as written, ">" and "<main>" included', () => {
    const m = modelMeeting({ municipality: 'By > Land Kommune', committee: 'Plan > Teknik', items: [openItem({ number: 1, title: 'Vej > 5 m <main> bred "ny"' })] });
    const { entry } = meetingContent(m);
    const routes = siteRoutes({ version: 2, sources: {}, pages: {}, meetings: { [entry.id]: { ...entry, source: 'a.txt' } } });
    const page = routes.items[0]!;
    const html = itemSearchHtml(page.props.route, page.props.data, { decisions: [], sections: [] });
    const attributes = mainAttributes(html);
    expect([attributes['data-municipality'], attributes['data-committee'], attributes['data-title']]).toEqual(['By > Land Kommune', 'Plan > Teknik', 'Vej > 5 m <main> bred "ny"']);
    expect(attributes).toHaveProperty('data-pagefind-body');
    expect(attributes['data-pagefind-sort']).toBe('date:2021-02-04');
    // One <main> element: the title's "<main>" is text.
    let mains = 0;
    new Parser({ onopentag: (name) => void (name === 'main' && mains++) }).end(html);
    expect(mains).toBe(1);
  });
});

function meetingRecord(municipality: string | null, committee: string, date: string) {
  const data: MeetingFrontmatter = {
    municipality, committee, term: null, date, startTime: null, location: null, participants: [],
    source: { path: `${committee}.txt`, sha256: '0'.repeat(64), format: 'text', bytes: 0 },
    agenda: [{ number: 1, title: 'Sag', kind: null, closed: false, decision: null }],
  };
  return { id: meetingId(data), data };
}

describe('names that slug alike (4c)', () => {
  it('should give distinct names distinct slugs, decided by the sorted names alone', () => {
    const names = ['Økonomiudvalget', 'x', 'Oekonomiudvalget', '../../x', 'Udvalg 2', 'Oekonomiudvalget', 'oekonomiudvalget-2'];
    const { slugs, clashes } = uniqueSlugs(names, slugify);
    expect(Object.fromEntries(slugs)).toEqual({
      '../../x': 'x',
      Oekonomiudvalget: 'oekonomiudvalget',
      'Udvalg 2': 'udvalg-2',
      // "-2" is another name's own slug, so the next free number is used.
      'oekonomiudvalget-2': 'oekonomiudvalget-2',
      Økonomiudvalget: 'oekonomiudvalget-3',
      x: 'x-2',
    });
    expect(clashes).toEqual([
      { slug: 'oekonomiudvalget', names: ['Oekonomiudvalget', 'Økonomiudvalget'] },
      { slug: 'x', names: ['../../x', 'x'] },
    ]);
    expect(uniqueSlugs([...names].reverse(), slugify)).toEqual({ slugs: slugs, clashes });
    expect(Object.fromEntries(uniqueSlugs(['Søg', 'Soeg'], slugify, new Set(['soeg'])).slugs)).toEqual({ Soeg: 'soeg-2', Søg: 'soeg-3' });
  });

  it('should keep committees and municipalities apart in the site index, and list the clashes', () => {
    const site = buildSiteIndex([
      meetingRecord('Testby Kommune', 'Økonomiudvalget', '2021-03-01'),
      meetingRecord('Testby Kommune', 'Oekonomiudvalget', '2021-03-02'),
      meetingRecord('Testby', 'Oekonomiudvalget', '2021-03-03'),
      meetingRecord('Østby Kommune', 'Byrådet', '2021-03-01'),
      meetingRecord('Oestby Kommune', 'Byrådet', '2021-03-02'),
    ]);
    expect(site.municipalities.map((m) => [m.name, m.path, m.committees.map((c) => [c.name, c.path, c.meetings.map((x) => x.path)])])).toEqual([
      ['Oestby Kommune', '/oestby/', [['Byrådet', '/oestby/byraadet/', ['/oestby/byraadet/2021-03-02/']]]],
      ['Testby', '/testby/', [
        ['Oekonomiudvalget', '/testby/oekonomiudvalget/', ['/testby/oekonomiudvalget/2021-03-03/', '/testby/oekonomiudvalget/2021-03-02/']],
        ['Økonomiudvalget', '/testby/oekonomiudvalget-2/', ['/testby/oekonomiudvalget-2/2021-03-01/']],
      ]],
      ['Østby Kommune', '/oestby-2/', [['Byrådet', '/oestby-2/byraadet/', ['/oestby-2/byraadet/2021-03-01/']]]],
    ]);
    expect(site.clashes.map((c) => [c.kind, c.names.map((n) => [n.name, n.path, n.meetingId])])).toEqual([
      ['municipality', [['Oestby Kommune', '/oestby/', 'oestby/byraadet/2021-03-02'], ['Østby Kommune', '/oestby-2/', 'oestby/byraadet/2021-03-01']]],
      ['committee', [['Oekonomiudvalget', '/testby/oekonomiudvalget/', 'testby/oekonomiudvalget/2021-03-03'], ['Økonomiudvalget', '/testby/oekonomiudvalget-2/', 'testby/oekonomiudvalget/2021-03-01']]],
    ]);
    const item = { id: 'testby/oekonomiudvalget/2021-03-01/01-sag', data: { ...meetingRecord('Testby Kommune', 'Økonomiudvalget', '2021-03-01').data, number: 1, title: 'Sag' } as unknown as ItemFrontmatter };
    expect(itemRoute(site, item).path).toBe('/testby/oekonomiudvalget-2/2021-03-01/punkt-1/');
  });
});

/** Text that broke the old scan: U+2028 and U+2029 end a line for a JavaScript `m` regex, not for YAML. */
const separators = 'Godkendt.\u2028number: 5\u2029date: "1999-01-01"\u2028municipality: x';

describe('the manifest and the MDX frontmatter say the same (5)', () => {
  const frontmatterOf = (contents: string) => splitFrontmatter(contents).data;

  it('should write the same item data to the manifest and the frontmatter, line separators, quotes and key-like lines included', () => {
    const m = modelMeeting({ committee: 'Udvalg\u2028number: 7', items: [openItem({ number: 3, title: 'number: 9\u2029x', decision: separators, decisions: [decision({ text: separators })] })] });
    const { files, entry } = meetingContent(m);
    expect(entry.items[0]!.data).toEqual(frontmatterOf(files[1]!.contents));
    expect(entry.data).toEqual(frontmatterOf(files[0]!.contents));
    expect(entry.items[0]!.data).toMatchObject({ committee: 'Udvalg\u2028number: 7', number: 3, title: 'number: 9\u2029x' });
  });

  it('should write the same data whatever the text of every field', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(text, fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), text, text, fc.nat(300), (municipality, committee, title, words, number) => {
        const m = modelMeeting({ municipality, committee, items: [openItem({ number, title, decision: words, decisions: [decision({ text: words, committee: words })], caseNumbers: [words] })] });
        const { files, entry } = meetingContent(m);
        expect(entry.items[0]!.data).toEqual(frontmatterOf(files[1]!.contents));
        expect(entry.items[0]!.digest).toBe(contentDigest(files[1]!.contents));
      }),
      { numRuns: 300 },
    );
  });

  it('should read U+2028 and U+2029 in minutes as spaces', () => {
    const { result } = contentOf(minutes('Testudvalget', '04-02-2021', 'Punkt 1: Sag\u2028om\u2029veje').replace('Godkendt.', 'Godkendt.\u2028number: 5'));
    expect(result.meeting!.items.map((item) => [item.title, item.decision])).toEqual([['Sag om veje', 'Godkendt. number: 5']]);
  });
});

let work: string;
let code: number;
let err: string[];
const out = (path: string): string => readFileSync(join(work, 'out', path), 'utf8');
const pages = (): string[] => (readdirSync(join(work, 'out'), { recursive: true }) as string[]).filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind')).map((f) => f.split('\\').join('/')).sort();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'referat-lost-'));
  mkdirSync(join(work, 'in', 'testby'), { recursive: true });
  writeFileSync(join(work, 'in', 'testby', 'a.txt'), twice);
  writeFileSync(join(work, 'in', 'testby', 'b.txt'), minutes('Plan > Teknik', '05-02-2021', 'Punkt 1: Vej > 5 m <main> bred'));
  writeFileSync(join(work, 'in', 'testby', 'c.txt'), minutes('Økonomiudvalget', '01-03-2021', 'Punkt 1: Sag'));
  writeFileSync(join(work, 'in', 'testby', 'd.txt'), minutes('Oekonomiudvalget', '02-03-2021', 'Punkt 1: Sag'));
  writeFileSync(join(work, 'in', 'testby', 'e.txt'), minutes('../../x', '03-03-2021', 'Punkt 1: Sag'));
  writeFileSync(join(work, 'in', 'testby', 'f.txt'), minutes('x', '04-03-2021', 'Punkt 1: Sag'));
  for (const [folder, date] of [['østby', '01-03-2021'], ['oestby', '02-03-2021']] as const) {
    mkdirSync(join(work, 'in', folder));
    writeFileSync(join(work, 'in', folder, 'a.txt'), minutes('Byrådet', date, 'Punkt 1: Sag'));
  }
  // Content files as an older importer or a hand could have left them: the manifest does not list them.
  const content = join(work, 'content');
  // A content folder Referat made (its marker), so the build may write to it.
  await claimFolder(content, 'content', '--content');
  const hand = modelMeeting({ municipality: 'Testby Kommune', committee: 'Håndudvalget', date: '2021-05-05', items: [openItem({ number: 1, title: 'Sag' })] });
  for (const file of meetingFiles(hand)) {
    mkdirSync(join(content, file.path, '..'), { recursive: true });
    writeFileSync(join(content, file.path), file.contents);
  }
  err = [];
  code = await main(['build', '--input', join(work, 'in'), '--out', join(work, 'out'), '--content', join(work, 'content')], { out: () => {}, err: (line) => err.push(line) });
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('referat build of the fictional input', () => {
  it('should publish every item numbered 1 on its own page, linked from the agenda', () => {
    const meeting = 'testby/testudvalget/2021-02-04/';
    expect(pages().filter((page) => page.startsWith(meeting))).toEqual([
      `${meeting}index.html`,
      `${meeting}punkt-1-2/index.html`,
      `${meeting}punkt-1-3/index.html`,
      `${meeting}punkt-1/index.html`,
      `${meeting}punkt-2/index.html`,
    ]);
    const links = [...out(`${meeting}index.html`).matchAll(/<a class="agenda__title" href="([^"]*)"/g)].map((m) => m[1]);
    expect(links).toEqual(['/testby/testudvalget/2021-02-04/punkt-1/', '/testby/testudvalget/2021-02-04/punkt-1-2/', '/testby/testudvalget/2021-02-04/punkt-1-3/', '/testby/testudvalget/2021-02-04/punkt-2/']);
    const title = (page: string): string | undefined => /<h1[^>]*><span class="h1-kicker">[^<]*<\/span>(.*?)<\/h1>/.exec(out(`${meeting}${page}/index.html`))?.[1];
    expect(['punkt-1', 'punkt-1-2', 'punkt-1-3', 'punkt-2'].map(title)).toEqual(['Sag', 'Anden sag', 'Sag', 'Budget']);
    expect(err.filter((line) => line.includes('[duplicate-item-number]'))).toHaveLength(2);
  });

  it('should put every meeting and item page in the search index', () => {
    const built = pages().filter((page) => /^[^/]+\/[^/]+\/\d{4}-\d\d-\d\d\//.test(page));
    expect(built.length).toBeGreaterThan(10);
    expect(err.find((line) => line.startsWith('build: ') && line.includes('in the search index'))).toContain(`(${built.length} in the search index`);
  });

  it('should publish committees and municipalities whose names slug alike at distinct URLs, with a warning naming both', () => {
    const h1 = (path: string): string => /<h1>([^<]*)</.exec(out(`${path}index.html`))?.[1] ?? '';
    expect(['testby/oekonomiudvalget/', 'testby/oekonomiudvalget-2/', 'testby/x/', 'testby/x-2/', 'oestby/', 'oestby-2/'].map(h1)).toEqual([
      'Oekonomiudvalget', 'Økonomiudvalget', '../../x', 'x', 'Oestby Kommune', 'Østby Kommune',
    ]);
    expect(pages()).toEqual(expect.arrayContaining([
      'testby/oekonomiudvalget/2021-03-02/punkt-1/index.html',
      'testby/oekonomiudvalget-2/2021-03-01/punkt-1/index.html',
      'testby/x/2021-03-03/punkt-1/index.html',
      'testby/x-2/2021-03-04/punkt-1/index.html',
      'oestby/byraadet/2021-03-02/punkt-1/index.html',
      'oestby-2/byraadet/2021-03-01/punkt-1/index.html',
    ]));
    expect(err.filter((line) => line.includes('[url-clash]'))).toEqual([
      `${join(work, 'content', 'meetings', 'oestby', 'byraadet', '2021-03-01.mdx')}: warning: Unexpected municipality "Østby Kommune" whose URL would be that of "Oestby Kommune" (/oestby/, minutes oestby/a.txt), expected distinct names to have distinct URLs: published at /oestby-2/ (minutes østby/a.txt) [url-clash]`,
      `${join(work, 'content', 'meetings', 'testby', 'oekonomiudvalget', '2021-03-01.mdx')}: warning: Unexpected committee "Økonomiudvalget" whose URL would be that of "Oekonomiudvalget" (/testby/oekonomiudvalget/, minutes testby/d.txt), expected distinct names to have distinct URLs: published at /testby/oekonomiudvalget-2/ (minutes testby/c.txt) [url-clash]`,
      `${join(work, 'content', 'meetings', 'testby', 'x', '2021-03-04.mdx')}: warning: Unexpected committee "x" whose URL would be that of "../../x" (/testby/x/, minutes testby/e.txt), expected distinct names to have distinct URLs: published at /testby/x-2/ (minutes testby/f.txt) [url-clash]`,
    ]);
  });

  it('should leave content files the manifest does not list unpublished, naming each with a warning', () => {
    const content = join(work, 'content');
    expect(code).toBe(0);
    expect(err.filter((line) => line.includes('[unlisted-content]'))).toEqual(
      ['items/testby/haandudvalget/2021-05-05/01-sag.mdx', 'meetings/testby/haandudvalget/2021-05-05.mdx'].map(
        (file) => `${join(content, file)}: warning: Unexpected content file that manifest.json does not list, expected only files \`referat convert\` wrote: not published (convert again, or delete it) [unlisted-content]`,
      ),
    );
    expect(pages().filter((page) => page.startsWith('testby/haandudvalget/'))).toEqual([]);
  });

  it('should name the unlisted files again on the next build, and still build the rest', async () => {
    const again: string[] = [];
    const rebuilt = await main(['build', '--input', join(work, 'in'), '--out', join(work, 'out'), '--content', join(work, 'content')], { out: () => {}, err: (line) => again.push(line) });
    expect(rebuilt).toBe(0);
    expect(again.filter((line) => line.includes('[unlisted-content]'))).toEqual(err.filter((line) => line.includes('[unlisted-content]')));
    expect(again.find((line) => line.startsWith('build: ') && line.includes('pages ('))).toContain('incremental');
  }, 60_000);
});

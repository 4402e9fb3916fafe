/**
 * Issue 14, points 1 and 2: a site's OParl 1.1 data, made from the manifest
 * (src/open-data/oparl/), checked as a client and a validator would: exact
 * objects for a small fictional site; for it, the five seed minutes and a
 * generated archive, every object against the spec's own JSON Schema (ajv)
 * and every link, id and string as an OParl validator checks them.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertCommand } from '../../src/cli/commands/convert.ts';
import { pageConfig } from '../../src/config/page-config.ts';
import { configSchema } from '../../src/config/schema.ts';
import { readManifest } from '../../src/manifest/file.ts';
import type { SiteManifest } from '../../src/manifest/schema.ts';
import { writeArchive } from '../../src/bench/write-archive.ts';
import { siteRoutes } from '../../src/site/routes.ts';
import { listPages, pageSize } from '../../src/open-data/oparl/lists.ts';
import { oparlFiles, type OparlFile } from '../../src/open-data/oparl/site-oparl.ts';
import { oparlText } from '../../src/open-data/oparl/write.ts';
import { oparlType } from '../../src/open-data/oparl/objects.ts';
import { copenhagenDateTime } from '../../src/open-data/time.ts';
import { checkOparl, oparlObjects } from '../support/oparl-check.ts';
import { hasOparlSchemas, oparlSchemaDir, oparlValidator } from '../support/oparl-schema.ts';
import { seedNames, seedsDir } from '../support/seeds.ts';

const site = 'https://referater.example.dk';
const base = '/referater/';
const root = `${site}${base}`;
const v1 = `${root}oparl/v1/`;
const quiet = { out: () => {}, err: () => {} };
const config = pageConfig(
  configSchema.parse({
    title: 'Fjordby Kommunes referater',
    publisher: { name: 'Fjordby Kommune', email: 'politik@fjordby.example.dk' },
    openData: { licence: 'Må genbruges med kildeangivelse', url: 'https://creativecommons.org/licenses/by/4.0/' },
  }),
  null,
);

let work: string;

/** Converts `input` and makes its OParl files; also returns the paths the site would have. */
async function oparlOf(input: string, name: string): Promise<{ manifest: SiteManifest; files: OparlFile[]; sitePathExists: (path: string) => boolean }> {
  const content = join(work, `${name}-content`);
  await convertCommand({ input, content, progressEvery: 0 }, quiet);
  const read = await readManifest(content);
  if ('problem' in read) throw new Error(read.problem);
  const routes = siteRoutes(read.manifest);
  const paths = new Set(['/', ...routes.municipalities.map((p) => p.path), ...routes.committees.map((p) => p.path), ...routes.meetings.map((p) => p.path), ...routes.items.map((p) => p.path)]);
  for (const page of routes.meetings) if (page.props.route.document) paths.add(page.props.route.document.path);
  return { manifest: read.manifest, files: oparlFiles(read.manifest, routes, { site, base, config }), sitePathExists: (path) => paths.has(path) };
}

const byPath = (files: readonly OparlFile[], path: string): OparlFile['json'] => {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path}`);
  return file.json;
};

/** Fictional minutes, Lejre style: a summer meeting with an absent member, a closed item and a decision. */
const summerMinutes = [
  '',
  'REFERAT Klimaudvalget d. 02-06-2021',
  '',
  'Mødedato Onsdag d. 02. juni 2021 kl. 16:30',
  '',
  'Mødested Rådhuset, mødelokale 1',
  '',
  'Mødedeltagere Anna Andersen (A), Bo Berg (Afbud), Carl Dahl (V)',
  '',
  'Punkt 1: Godkendelse af dagsorden',
  '',
  'Beslutning',
  '',
  'Godkendt.',
  '',
  'Punkt 2: Lukket: Personsag',
  '',
  'Sagsfremstilling',
  '',
  'Fortrolig sagstekst.',
  '',
  'Beslutning',
  '',
  'Godkendt.',
  '',
  'Punkt 3: Cykelsti langs Fjordvej',
  '',
  'Sagsfremstilling',
  '',
  'Forvaltningen foreslår en cykelsti.',
  '',
  'Beslutning',
  '',
  'Udvalget anbefaler forslaget.',
  '',
].join('\n');

let small: Awaited<ReturnType<typeof oparlOf>>;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'referat-oparl-'));
  const input = join(work, 'small');
  mkdirSync(join(input, 'fjordby'), { recursive: true });
  writeFileSync(join(input, 'fjordby', 'klima-2021-06-02.txt'), summerMinutes);
  // A published PDF (fictional fixture), and a winter meeting of the same municipality.
  copyFileSync(new URL('../fixtures/documents/fjordby-kmu-2024-03-14.pdf', import.meta.url), join(input, 'fjordby', 'kmu-2024-03-14.pdf'));
  small = await oparlOf(input, 'small');
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('OParl of a small site', () => {
  it('should have its entry point at oparl/v1/system.json, with the config\'s name, licence and contact', () => {
    expect(byPath(small.files, 'oparl/v1/system.json')).toEqual({
      id: `${v1}system.json`,
      type: 'https://schema.oparl.org/1.1/System',
      oparlVersion: 'https://schema.oparl.org/1.1/',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      body: `${v1}bodies.json`,
      name: 'Fjordby Kommunes referater',
      contactEmail: 'politik@fjordby.example.dk',
      contactName: 'Fjordby Kommune',
      website: root,
    });
  });

  it('should publish a meeting with its Danish start time, place, committee, present members, agenda and web page', () => {
    const meeting = `${v1}meeting/fjordby/klimaudvalget/2021-06-02.json`;
    const item = (n: number) => `${v1}agenda-item/fjordby/klimaudvalget/2021-06-02/punkt-${n}.json`;
    const page = (n: number) => `${root}fjordby/klimaudvalget/2021-06-02/punkt-${n}/`;
    expect(byPath(small.files, 'oparl/v1/meeting/fjordby/klimaudvalget/2021-06-02.json')).toEqual({
      id: meeting,
      type: 'https://schema.oparl.org/1.1/Meeting',
      name: 'Klimaudvalget, 2. juni 2021',
      meetingState: 'durchgeführt',
      // 16:30 in Copenhagen in June is summer time.
      start: '2021-06-02T16:30:00+02:00',
      location: { id: `${v1}location/fjordby/raadhuset-moedelokale-1.json`, type: 'https://schema.oparl.org/1.1/Location', description: 'Rådhuset, mødelokale 1' },
      organization: [`${v1}organization/fjordby/klimaudvalget.json`],
      // Bo Berg sent his apologies: a Person of the body, but no participant.
      participant: [`${v1}person/fjordby/anna-andersen.json`, `${v1}person/fjordby/carl-dahl.json`],
      agendaItem: [
        { id: item(1), type: oparlType('AgendaItem'), meeting, number: '1', order: 0, name: 'Godkendelse af dagsorden', public: true, resolutionText: 'Godkendt.', web: page(1) },
        // Closed: the page shows its title only, and so does the data.
        { id: item(2), type: oparlType('AgendaItem'), meeting, number: '2', order: 1, name: 'Lukket: Personsag', public: false, web: page(2) },
        { id: item(3), type: oparlType('AgendaItem'), meeting, number: '3', order: 2, name: 'Cykelsti langs Fjordvej', public: true, resolutionText: 'Udvalget anbefaler forslaget.', web: page(3) },
      ],
      web: `${root}fjordby/klimaudvalget/2021-06-02/`,
    });
    expect(byPath(small.files, 'oparl/v1/agenda-item/fjordby/klimaudvalget/2021-06-02/punkt-3.json')).toMatchObject({ id: item(3), name: 'Cykelsti langs Fjordvej' });
    expect(byPath(small.files, 'oparl/v1/person/fjordby/bo-berg.json')).toEqual({ id: `${v1}person/fjordby/bo-berg.json`, type: oparlType('Person'), body: `${v1}body/fjordby.json`, name: 'Bo Berg' });
  });

  it('should describe a published PDF as the meeting\'s results protocol, at the document\'s public URL', () => {
    const meeting = byPath(small.files, 'oparl/v1/meeting/fjordby/klima-og-miljoeudvalget/2024-03-14.json');
    const id = `${v1}file/fjordby/klima-og-miljoeudvalget/2024-03-14/referat.json`;
    const file = { id, type: oparlType('File'), name: 'Referat – Klima- og Miljøudvalget, 14. marts 2024', fileName: 'fjordby-klima-og-miljoeudvalget-2024-03-14.pdf', mimeType: 'application/pdf', size: expect.any(Number), accessUrl: `${root}fjordby/klima-og-miljoeudvalget/2024-03-14/referat.pdf` };
    // Winter: +01:00.
    expect(meeting).toMatchObject({ start: '2024-03-14T16:00:00+01:00', resultsProtocol: file });
    expect((meeting.resultsProtocol as { size: number }).size).toBe(small.manifest.meetings['fjordby/klima-og-miljoeudvalget/2024-03-14']!.document!.bytes);
    // Standalone, with its back-reference; embedded, without (File.meeting).
    expect(byPath(small.files, 'oparl/v1/file/fjordby/klima-og-miljoeudvalget/2024-03-14/referat.json')).toEqual({ ...file, size: (meeting.resultsProtocol as { size: number }).size, meeting: [`${v1}meeting/fjordby/klima-og-miljoeudvalget/2024-03-14.json`] });
    expect(byPath(small.files, 'oparl/v1/meeting/fjordby/klimaudvalget/2021-06-02.json')).not.toHaveProperty('resultsProtocol');
  });

  it('should give the body every list OParl 1.1 requires, empty ones as one page with no data', () => {
    const body = byPath(small.files, 'oparl/v1/body/fjordby.json');
    expect(body).toMatchObject({ name: 'Fjordby Kommune', shortName: 'Fjordby', system: `${v1}system.json`, web: `${root}fjordby/`, legislativeTerm: [] });
    for (const key of ['organization', 'person', 'meeting', 'paper', 'agendaItem', 'consultation', 'file', 'membership', 'locationList', 'legislativeTermList']) expect(body[key], key).toMatch(/^https:\/\/referater\.example\.dk\/referater\/oparl\/v1\/body\/fjordby\/[a-z-]+\.json$/);
    const papers = `${v1}body/fjordby/papers.json`;
    expect(byPath(small.files, 'oparl/v1/body/fjordby/papers.json')).toEqual({ data: [], pagination: { totalElements: 0, elementsPerPage: pageSize, currentPage: 1, totalPages: 1 }, links: { first: papers, self: papers, last: papers } });
    const meetings = byPath(small.files, 'oparl/v1/body/fjordby/meetings.json') as { data: { id: string }[] };
    // Oldest first.
    expect(meetings.data.map((m) => m.id)).toEqual([`${v1}meeting/fjordby/klimaudvalget/2021-06-02.json`, `${v1}meeting/fjordby/klima-og-miljoeudvalget/2024-03-14.json`]);
  });

  it('should leave out what the minutes do not say, never writing null or ""', () => {
    const texts = small.files.map(oparlText).join('');
    expect(texts).not.toMatch(/:null|:""/);
  });

  it('should pass the checks of a validator: ids, links, lists and strings', () => {
    expect(checkOparl(small.files, { url: (path) => `${root}${path}`, sitePathExists: small.sitePathExists, root })).toEqual([]);
  });

  it('should be found out by those checks when a file is missing or an id is wrong', () => {
    const broken = small.files.filter((file) => file.path !== 'oparl/v1/person/fjordby/anna-andersen.json').map((file) => (file.path === 'oparl/v1/body/fjordby.json' ? { ...file, json: { ...file.json, id: `http://referater.example.dk${base}oparl/v1/body/fjordby.json` } } : file));
    const problems = checkOparl(broken, { url: (path) => `${root}${path}`, sitePathExists: small.sitePathExists, root });
    expect(problems).toEqual(expect.arrayContaining([
      `oparl/v1/meeting/fjordby/klimaudvalget/2021-06-02.json.participant: ${v1}person/fjordby/anna-andersen.json is no OParl object file`,
      'oparl/v1/body/fjordby.json: id http://referater.example.dk/referater/oparl/v1/body/fjordby.json is not https',
    ]));
  });
});

describe('OParl lists', () => {
  it('should cut a list into pages of 100 linked first, prev, self, next and last', () => {
    const objects = Array.from({ length: 250 }, (_, i) => ({ id: `${v1}person/x/p${String(i).padStart(3, '0')}.json`, type: oparlType('Person') }));
    const pages = listPages('oparl/v1/body/x/persons.json', objects, (path) => `${root}${path}`);
    const url = (n: string) => `${v1}body/x/persons${n}.json`;
    expect(pages.map((page) => page.path)).toEqual(['oparl/v1/body/x/persons.json', 'oparl/v1/body/x/persons-2.json', 'oparl/v1/body/x/persons-3.json']);
    expect(pages.map((page) => (page.json.data as unknown[]).length)).toEqual([100, 100, 50]);
    expect(pages[1]!.json.pagination).toEqual({ totalElements: 250, elementsPerPage: 100, currentPage: 2, totalPages: 3 });
    expect(pages[1]!.json.links).toEqual({ first: url(''), prev: url(''), self: url('-2'), next: url('-3'), last: url('-3') });
    expect(pages[2]!.json.links).toEqual({ first: url(''), prev: url('-2'), self: url('-3'), last: url('-3') });
  });
});

describe('Danish time', () => {
  it('should write a Copenhagen wall-clock time with the offset in force, across the clock changes', () => {
    expect(copenhagenDateTime('2021-03-27', '16:30')).toBe('2021-03-27T16:30:00+01:00');
    expect(copenhagenDateTime('2021-03-28', '16:30')).toBe('2021-03-28T16:30:00+02:00');
    expect(copenhagenDateTime('2021-10-30', '16:30')).toBe('2021-10-30T16:30:00+02:00');
    expect(copenhagenDateTime('2021-10-31', '16:30')).toBe('2021-10-31T16:30:00+01:00');
    // Before 1996 summer time ended in September.
    expect(copenhagenDateTime('1995-10-02', '16:30')).toBe('1995-10-02T16:30:00+01:00');
  });
});

describe.skipIf(!hasOparlSchemas)(`OParl against the spec's JSON Schema (${oparlSchemaDir})`, () => {
  const validate = (files: readonly OparlFile[]): string[] =>
    oparlObjects(files).flatMap(({ where, type, object }) => {
      const check = oparlValidator(type);
      return check(object) ? [] : (check.errors ?? []).map((error) => `${where}${error.instancePath}: ${error.message} ${JSON.stringify(error.params)}`);
    });

  it('should validate every object of the small site, standalone, listed and embedded', () => {
    expect(oparlObjects(small.files).length).toBeGreaterThan(small.files.length);
    expect(validate(small.files)).toEqual([]);
  });

  it('should reject an object the spec does not allow (the schemas are really applied)', () => {
    const meeting = { ...byPath(small.files, 'oparl/v1/meeting/fjordby/klimaudvalget/2021-06-02.json') };
    expect(validate([{ path: 'x.json', json: { ...meeting, start: '2021-06-02 16:30' } }])).toEqual([expect.stringContaining('x.json/start: must match format "date-time"')]);
    expect(validate([{ path: 'x.json', json: { ...meeting, agendaItem: [{ id: `${v1}x.json`, type: oparlType('AgendaItem') }] } }])).toEqual([
      expect.stringContaining("x.json/agendaItem/0: must have required property 'order'"),
      expect.stringContaining("x.json.agendaItem[0]: must have required property 'order'"),
    ]);
    expect(validate([{ path: 'x.json', json: { ...meeting, participants: [] } }])).toEqual([expect.stringContaining('must NOT have additional properties')]);
  });
});

describe('OParl of the five seed minutes and of a generated archive', () => {
  let seeds: Awaited<ReturnType<typeof oparlOf>>;
  let archive: Awaited<ReturnType<typeof oparlOf>>;

  beforeAll(async () => {
    const input = join(work, 'seeds');
    mkdirSync(input);
    for (const name of seedNames()) copyFileSync(join(seedsDir, name), join(input, name));
    seeds = await oparlOf(input, 'seeds');
    const generated = join(work, 'archive');
    await writeArchive(generated, { meetings: 40, seed: 14 });
    archive = await oparlOf(generated, 'archive');
  }, 120_000);

  it('should publish a Meeting per meeting, an AgendaItem per item and a Body per municipality', () => {
    for (const { manifest, files } of [seeds, archive]) {
      const meetings = Object.values(manifest.meetings);
      expect(files.filter((f) => f.path.startsWith('oparl/v1/meeting/'))).toHaveLength(meetings.length);
      expect(files.filter((f) => f.path.startsWith('oparl/v1/agenda-item/'))).toHaveLength(meetings.reduce((sum, m) => sum + m.items.length, 0));
      expect(files.filter((f) => /^oparl\/v1\/body\/[^/]+\.json$/.test(f.path))).toHaveLength(new Set(meetings.map((m) => m.id.split('/')[0])).size);
    }
    // The archive's lists are long enough to be paged.
    expect(archive.files.some((f) => f.path.endsWith('/agenda-items-2.json'))).toBe(true);
  });

  it('should pass the checks of a validator: ids, links, lists and strings', () => {
    for (const { files, sitePathExists } of [seeds, archive]) expect(checkOparl(files, { url: (path) => `${root}${path}`, sitePathExists, root })).toEqual([]);
  });

  it.skipIf(!hasOparlSchemas)('should validate every object against the spec\'s JSON Schema', () => {
    for (const { files } of [seeds, archive]) {
      const failures = oparlObjects(files).flatMap(({ where, type, object }) => {
        const check = oparlValidator(type);
        return check(object) ? [] : [`${where}: ${JSON.stringify(check.errors)}`];
      });
      expect(failures).toEqual([]);
    }
  });

  it('should make the same bytes from the same manifest', async () => {
    const again = oparlFiles(seeds.manifest, siteRoutes(seeds.manifest), { site, base, config });
    expect(again.map(oparlText)).toEqual(seeds.files.map(oparlText));
  });
});

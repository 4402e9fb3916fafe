/**
 * Issue 15: `referat snapshot` writes a WACZ and a BagIt bag of a built site,
 * byte-identical for the same input and SOURCE_DATE_EPOCH, and `referat
 * verify` passes on them and names the file when one is changed, missing or
 * added. A small generated archive (three meetings), built once.
 */
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import yauzl from 'yauzl';
import { WARCParser } from 'warcio';
import { writeArchive } from '../../src/bench/write-archive.ts';
import { convertCommand } from '../../src/cli/commands/convert.ts';
import { main } from '../../src/cli/main.ts';
import type { Reporter } from '../../src/cli/reporter.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { readManifest } from '../../src/manifest/file.ts';
import { siteRoutes } from '../../src/site/routes.ts';
import { parseCdxjLine, compareBytes } from '../../src/archive/cdxj.ts';
import { htmlHead } from '../../src/archive/html-head.ts';
import { folderBytes } from '../support/folder-bytes.ts';

const origin = 'https://referater.example.dk';
const base = '/referater/';
const siteUrl = `${origin}${base}`;
/** 2024-03-01T12:00:00Z */
const epoch = '1709294400';

let work: string;
let site: string;
let content: string;
let input: string;

function capture(): Reporter & { outText: string[]; errText: string[] } {
  const outText: string[] = [];
  const errText: string[] = [];
  return { outText, errText, out: (text) => outText.push(text), err: (text) => errText.push(text) };
}

/** Runs the CLI as a user would, with SOURCE_DATE_EPOCH (and a time zone) set for this run only. */
async function referat(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  const reporter = capture();
  try {
    const code = await main(args, reporter);
    return { code, out: reporter.outText.join('\n'), err: reporter.errText.join('\n') };
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

async function zipEntries(file: string): Promise<Map<string, { bytes: Buffer; method: number }>> {
  const zip = await yauzl.openPromise(file);
  const result = new Map<string, { bytes: Buffer; method: number }>();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    result.set(entry.fileName, { bytes: Buffer.concat(chunks), method: entry.compressionMethod });
  }
  zip.close();
  return result;
}

const snapshotName = 'eksempel';
const snapshotArgs = (out: string): string[] => ['snapshot', '--site', site, '--out', out, '--source', input, '--name', snapshotName];
const waczOf = (out: string): string => join(out, `${snapshotName}.wacz`);
const bagOf = (out: string): string => join(out, `${snapshotName}-bag`);

beforeAll(async () => {
  work = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'referat-snapshot-'));
  input = join(work, 'input');
  site = join(work, 'site');
  // Where `referat build` keeps it by default: the snapshot finds it there.
  content = join(work, '.site.content');
  await writeArchive(input, { meetings: 3, seed: 15 });
  const quiet: Reporter = { out: () => {}, err: () => {} };
  await convertCommand({ input, content, progressEvery: 0 }, quiet);
  await buildSite({ contentDir: content, outDir: site, base, site: origin, full: true });
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('referat snapshot', () => {
  let first: string;
  let second: string;

  beforeAll(async () => {
    first = join(work, 'snap-a');
    second = join(work, 'snap-b');
    const a = await referat(snapshotArgs(first), { SOURCE_DATE_EPOCH: epoch, TZ: 'UTC' });
    expect(a.code, a.err).toBe(0);
    // Another time zone: the ZIP's DOS timestamps are local time, and must not show it.
    const b = await referat(snapshotArgs(second), { SOURCE_DATE_EPOCH: epoch, TZ: 'America/Godthab' });
    expect(b.code, b.err).toBe(0);
  }, 60_000);

  test('writes the same bytes twice for the same site and SOURCE_DATE_EPOCH', async () => {
    const [a, b] = [await readFile(waczOf(first)), await readFile(waczOf(second))];
    expect(a.equals(b)).toBe(true);
    const [bagA, bagB] = [await folderBytes(bagOf(first)), await folderBytes(bagOf(second))];
    expect([...bagB.keys()]).toEqual([...bagA.keys()]);
    expect([...bagA.keys()].filter((path) => !bagA.get(path)!.equals(bagB.get(path)!))).toEqual([]);
  });

  test('puts the site, the content folder and the source minutes in the bag, with bag-info.txt', async () => {
    const bag = await folderBytes(bagOf(first));
    const siteFiles = [...(await folderBytes(site)).keys()].filter((path) => !path.split('/').some((part) => part.startsWith('.')));
    expect([...bag.keys()].filter((path) => path.startsWith('data/site/')).map((path) => path.slice('data/site/'.length))).toEqual(siteFiles);
    expect(bag.has('data/content/manifest.json')).toBe(true);
    expect([...bag.keys()].filter((path) => path.startsWith('data/source/'))).toHaveLength(3);
    expect(bag.get('bagit.txt')!.toString()).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const info = bag.get('bag-info.txt')!.toString();
    const payload = [...bag].filter(([path]) => path.startsWith('data/'));
    expect(info).toContain(`Payload-Oxum: ${payload.reduce((sum, [, bytes]) => sum + bytes.length, 0)}.${payload.length}\n`);
    expect(info).toContain('Bagging-Date: 2024-03-01\n');
    expect(info).toMatch(/^External-Identifier: urn:sha256:[0-9a-f]{64}$/m);
    expect(info).toMatch(/^Bag-Software-Agent: referat \d+\.\d+\.\d+$/m);
    // Three municipalities' minutes and no config: no one organisation to name.
    expect(info).not.toContain('Source-Organization');
  });

  test("names the config's publisher as the bag's Source-Organization", async () => {
    const config = join(work, 'referat.config.json');
    await writeFile(config, JSON.stringify({ publisher: { name: 'Eksempel Kommune', address: 'Rådhuspladsen 1, 9999 Eksempelby', email: 'politik@example.dk' } }));
    const out = join(work, 'snap-config');
    const result = await referat([...snapshotArgs(out), '--config', config], { SOURCE_DATE_EPOCH: epoch });
    expect(result.code, result.err).toBe(0);
    const info = await readFile(join(bagOf(out), 'bag-info.txt'), 'utf8');
    expect(info.split('\n').slice(0, 3)).toEqual(['Source-Organization: Eksempel Kommune', 'Organization-Address: Rådhuspladsen 1, 9999 Eksempelby', 'Contact-Email: politik@example.dk']);
  });

  test('stores every entry of the WACZ uncompressed, with a datapackage that names each file, its size and hash', async () => {
    const entries = await zipEntries(waczOf(first));
    expect([...entries.keys()]).toEqual(['archive/data.warc', 'indexes/index.cdx', 'pages/pages.jsonl', 'datapackage.json', 'datapackage-digest.json']);
    expect([...entries.values()].map((entry) => entry.method)).toEqual([0, 0, 0, 0, 0]);
    const datapackage = JSON.parse(entries.get('datapackage.json')!.bytes.toString()) as Record<string, unknown> & { resources: { path: string; hash: string; bytes: number }[] };
    expect(datapackage).toMatchObject({ profile: 'data-package', wacz_version: '1.1.1', created: '2024-03-01T12:00:00Z', mainPageUrl: siteUrl, mainPageDate: '2024-03-01T12:00:00Z' });
    expect(datapackage.title).toMatch(/^Forside – /);
    const { createHash } = await import('node:crypto');
    for (const resource of datapackage.resources) {
      const bytes = entries.get(resource.path)!.bytes;
      expect(resource).toEqual({ name: resource.path.split('/').at(-1), path: resource.path, hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, bytes: bytes.length });
    }
    const digest = JSON.parse(entries.get('datapackage-digest.json')!.bytes.toString()) as unknown;
    expect(digest).toEqual({ path: 'datapackage.json', hash: `sha256:${createHash('sha256').update(entries.get('datapackage.json')!.bytes).digest('hex')}` });
  });

  test('indexes every file of the site at its public URL, in sorted CDXJ lines that point at its record', async () => {
    const entries = await zipEntries(waczOf(first));
    const warc = entries.get('archive/data.warc')!.bytes;
    const lines = entries.get('indexes/index.cdx')!.bytes.toString().trimEnd().split('\n');
    const parsed = lines.map((line) => parseCdxjLine(line));
    expect(parsed.filter((line) => 'problem' in line)).toEqual([]);
    expect([...lines].sort(compareBytes)).toEqual(lines);
    const siteFiles = [...(await folderBytes(site)).keys()].filter((path) => !path.startsWith('.') && path !== '_headers');
    const expected = siteFiles
      .flatMap((path) => {
        const url = `${siteUrl}${path.replace(/(^|\/)index\.html$/, '$1')}`;
        // Pagefind's entry file also under a cache-busting query, so a replay's fuzzy match finds it.
        return path.endsWith('/pagefind-entry.json') ? [url, `${url}?ts=0`] : [url];
      })
      .sort();
    expect(expected.filter((url) => url.endsWith('?ts=0')).length).toBeGreaterThan(0);
    const urls = parsed.map((line) => (line as { url: string }).url);
    expect([...urls].sort()).toEqual(expected);
    for (const line of parsed as { url: string; offset: number; length: number; timestamp: string }[]) {
      const record = await WARCParser.parse([warc.subarray(line.offset, line.offset + line.length)]);
      expect(record?.warcTargetURI).toBe(line.url);
      expect(record?.warcDate).toBe('2024-03-01T12:00:00Z');
      expect(line.timestamp).toBe('20240301120000');
    }
    // An item page: served as HTML, its bytes those of the built file.
    const item = (parsed as { url: string; offset: number; length: number }[]).find((line) => /\/punkt-1\/$/.test(line.url))!;
    const record = (await WARCParser.parse([warc.subarray(item.offset, item.offset + item.length)]))!;
    expect(record.httpHeaders?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const path = item.url.slice(siteUrl.length);
    expect(Buffer.from(await record.readFully()).equals(await readFile(join(site, path, 'index.html')))).toBe(true);
    // A feed: recorded with the type the site serves it with (site/headers.ts), not as plain XML.
    const types = async (pattern: RegExp): Promise<(string | null | undefined)[]> => {
      const found = (parsed as { url: string; offset: number; length: number }[]).filter((line) => pattern.test(line.url));
      return Promise.all(found.map(async (line) => (await WARCParser.parse([warc.subarray(line.offset, line.offset + line.length)]))?.httpHeaders?.headers.get('content-type')));
    };
    expect(new Set(await types(/\/feed\.xml$/))).toEqual(new Set(['application/atom+xml; charset=utf-8']));
    expect(new Set(await types(/\/sitemap-index\.xml$/))).toEqual(new Set(['application/xml; charset=utf-8']));
  });

  test('gives every record an id of its own, derived from its content', async () => {
    const warc = (await zipEntries(waczOf(first))).get('archive/data.warc')!.bytes;
    const ids: string[] = [];
    for await (const record of new WARCParser([warc])) {
      ids.push(record.warcHeader('WARC-Record-ID') ?? '');
      await record.skipFully();
    }
    expect(ids.every((id) => /^<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}>$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('lists the front page first and then every meeting and item page with its title in pages.jsonl', async () => {
    const entries = await zipEntries(waczOf(first));
    const [header, ...pages] = entries.get('pages/pages.jsonl')!.bytes.toString().trimEnd().split('\n').map((line) => JSON.parse(line) as { url: string; ts: string; title?: string });
    expect(header).toEqual({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' });
    expect(pages[0]!.url).toBe(siteUrl);
    const read = await readManifest(content);
    if ('problem' in read) throw new Error(read.problem);
    const routes = siteRoutes(read.manifest);
    const byUrl = new Map(pages.map((page) => [page.url, page]));
    for (const page of [...routes.meetings, ...routes.items]) {
      const listed = byUrl.get(`${origin}${base.slice(0, -1)}${page.path}`);
      expect(listed, page.path).toBeDefined();
      expect(listed!.title).toBe(htmlHead(await readFile(join(site, page.path, 'index.html'), 'utf8')).title);
      expect(listed!.ts).toBe('2024-03-01T12:00:00Z');
    }
    for (const item of routes.items) expect(byUrl.get(`${origin}${base.slice(0, -1)}${item.path}`)!.title).toContain(item.props.data.title);
    expect(pages.some((page) => page.url.endsWith('404.html'))).toBe(false);
  });
});

describe('referat verify', () => {
  let out: string;
  beforeAll(async () => {
    out = join(work, 'snap-verify');
    const result = await referat(snapshotArgs(out), { SOURCE_DATE_EPOCH: epoch });
    expect(result.code, result.err).toBe(0);
  }, 60_000);

  test('passes a fresh snapshot: its bag and its WACZ', async () => {
    const result = await referat(['verify', bagOf(out), waczOf(out)]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/-bag: ok \(bag: \d+ payload files checked\)\n.*\.wacz: ok \(WACZ: \d+ WARC records checked\)$/);
  });

  /** A copy of the bag, changed by `change`. */
  async function changedBag(name: string, change: (bag: string) => Promise<void>): Promise<string> {
    const bag = join(work, name);
    await cp(bagOf(out), bag, { recursive: true });
    await change(bag);
    return bag;
  }

  test('fails a bag with one changed byte, naming the file', async () => {
    const bag = await changedBag('bag-byte', async (dir) => {
      const file = join(dir, 'data/site/index.html');
      const bytes = await readFile(file);
      bytes[200] = bytes[200]! ^ 1;
      await writeFile(file, bytes);
    });
    const result = await referat(['verify', bag]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`^${bag}/data/site/index\\.html: error: sha256 [0-9a-f]{64} differs from manifest-sha256\\.txt line \\d+ \\([0-9a-f]{64}\\): the file changed \\[checksum-mismatch\\]$`, 'm'));
    expect(result.err.split('\n').filter((line) => line.includes(': error: '))).toHaveLength(1);
  });

  test('fails a bag with a missing file, naming it', async () => {
    const bag = await changedBag('bag-missing', (dir) => rm(join(dir, 'data/content/manifest.json')));
    const result = await referat(['verify', bag]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`^${bag}/data/content/manifest\\.json: error: missing: listed in manifest-sha256\\.txt line \\d+ \\[missing-file\\]$`, 'm'));
    expect(result.err).toMatch(/bag-info\.txt: error: Payload-Oxum .* \[payload-oxum\]$/m);
  });

  test('fails a bag with an extra file, naming it', async () => {
    const bag = await changedBag('bag-extra', (dir) => writeFile(join(dir, 'data/site/.uninvited'), 'not part of the snapshot\n'));
    const result = await referat(['verify', bag]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`^${bag}/data/site/\\.uninvited: error: not listed in manifest-sha256\\.txt: a file the bag does not account for \\[unlisted-file\\]$`, 'm'));
  });

  test('fails a bag whose tag file changed', async () => {
    const bag = await changedBag('bag-info', (dir) => appendFile(join(dir, 'bag-info.txt'), 'Internal-Sender-Description: added later\n'));
    const result = await referat(['verify', bag]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`^${bag}/bag-info\\.txt: error: sha256 [0-9a-f]{64} differs from tagmanifest-sha256\\.txt line \\d+ .*\\[checksum-mismatch\\]$`, 'm'));
  });

  test('fails a WACZ with a wrong hash, naming the file inside it', async () => {
    const wacz = join(work, 'wrong-hash.wacz');
    const bytes = await readFile(waczOf(out));
    // One byte of the first page's text inside the STOREd WARC.
    const at = bytes.indexOf('<title>');
    bytes[at + 8] = bytes[at + 8]! ^ 1;
    await writeFile(wacz, bytes);
    const result = await referat(['verify', wacz]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`^${wacz}!/archive/data\\.warc: error: its hash differs from datapackage\\.json \\(sha256:[0-9a-f]{64}\\): the file changed \\[checksum-mismatch\\]$`, 'm'));
    expect(result.err).toMatch(/!\/archive\/data\.warc: error: the payload of the record of https:\/\/\S+ at offset \d+ differs from its WARC-Payload-Digest/m);
    expect(result.err).toMatch(/!\/indexes\/index\.cdx:\d+: error: digest [0-9a-f]{64} differs from the payload of the record/m);
  });

  test('fails a WACZ whose index points beside its records', async () => {
    const { ZipWriter } = await import('../../src/archive/zip.ts');
    const entries = await zipEntries(waczOf(out));
    const cdx = entries.get('indexes/index.cdx')!.bytes.toString().replace(/"offset":"(\d+)"/, (_, offset: string) => `"offset":"${Number(offset) + 1}"`);
    const wacz = join(work, 'wrong-offset.wacz');
    const zip = new ZipWriter(wacz, new Date(0));
    for (const [name, entry] of entries) zip.buffer(name, name === 'indexes/index.cdx' ? cdx : entry.bytes);
    await zip.close();
    const result = await referat(['verify', wacz]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`^${wacz}!/indexes/index\\.cdx:1: error: offset \\d+ is not where a record of data\\.warc starts \\[index-mismatch\\]$`, 'm'));
    expect(result.err).toMatch(/!\/indexes\/index\.cdx: error: its hash differs from datapackage\.json/m);
  });

  test('says in one line that a file is not a WACZ, or not there, with no stack trace', async () => {
    const notZip = join(work, 'notes.wacz');
    await writeFile(notZip, 'just text\n');
    const result = await referat(['verify', notZip, join(work, 'nothing-here.wacz')]);
    expect(result.code).toBe(1);
    expect(result.err.split('\n').filter((line) => line.includes(': error: '))).toEqual([
      `${notZip}: error: not a ZIP file, so not a WACZ (End of central directory record signature not found. Either not a zip file, or file is truncated.) [not-an-archive]`,
      `${join(work, 'nothing-here.wacz')}: error: missing: no such file or folder [missing-file]`,
    ]);
    expect(result.err).not.toMatch(/\n\s+at /);
  });
});

describe('referat snapshot options', () => {
  test('takes the public address from the front page\'s canonical link when --url is not given', async () => {
    const out = join(work, 'snap-url');
    const result = await referat(snapshotArgs(out), { SOURCE_DATE_EPOCH: epoch });
    expect(result.code, result.err).toBe(0);
    expect(result.err).toContain(`as ${siteUrl}, dated 2024-03-01T12:00:00Z (SOURCE_DATE_EPOCH)`);
  });

  test('without SOURCE_DATE_EPOCH, dates the snapshot by the newest meeting, not the clock', async () => {
    const out = join(work, 'snap-dated');
    const result = await referat(['snapshot', '--site', site, '--out', out, '--url', 'https://andet.example.dk/arkiv'], { SOURCE_DATE_EPOCH: '' });
    expect(result.code, result.err).toBe(0);
    const read = await readManifest(content);
    if ('problem' in read) throw new Error(read.problem);
    const newest = Object.values(read.manifest.meetings).map((meeting) => meeting.data.date).sort().at(-1)!;
    const name = `andet.example.dk-arkiv-${newest.replace(/-/g, '')}-000000`;
    expect(result.out.split('\n')).toEqual([join(out, `${name}.wacz`), join(out, `${name}-bag`)]);
    const datapackage = JSON.parse((await zipEntries(join(out, `${name}.wacz`))).get('datapackage.json')!.bytes.toString()) as { created: string; mainPageUrl: string };
    expect(datapackage).toMatchObject({ created: `${newest}T00:00:00Z`, mainPageUrl: 'https://andet.example.dk/arkiv/' });
  });

  test('refuses a site built without --site when no --url is given, in one line', async () => {
    const bare = join(work, 'bare-site');
    await mkdirWithIndex(bare);
    const result = await referat(['snapshot', '--site', bare, '--out', join(work, 'snap-bare')]);
    expect(result.code).toBe(2);
    expect(result.err.split('\n')[0]).toBe(`referat snapshot: the site ${bare} was built without --site, so its public address is unknown: give it with --url https://…`);
  });

  test.each([
    [['verify'], 'referat verify: verify needs a PATH: a snapshot bag folder or a .wacz file'],
    [['snapshot', '--out', 'x'], 'referat snapshot: missing --site: the folder `referat build --out` wrote'],
    [['snapshot', '--site', 'x'], 'referat snapshot: missing --out: the folder to write the snapshot into'],
  ])('exits 2 with one line for %j', async (args, line) => {
    const result = await referat(args);
    expect(result.code).toBe(2);
    expect(result.err.split('\n')[0]).toBe(line);
  });

  test('refuses an output folder inside the site', async () => {
    const result = await referat(['snapshot', '--site', site, '--out', join(site, 'arkiv'), '--url', siteUrl]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--site .* contains --out .*: they must be separate folders/);
  });
});

async function mkdirWithIndex(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await cp(join(site, '404.html'), join(dir, 'index.html'));
}

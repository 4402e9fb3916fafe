/**
 * The `referat` command as a user runs it: what it prints, what it writes
 * and its exit codes (0 ok, 1 some inputs failed, 2 usage error).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { convertCommand } from '../../src/cli/commands/convert.ts';
import { readManifest } from '../../src/manifest/file.ts';
import { seed } from '../support/seeds.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { reporter: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const temps: string[] = [];
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'referat-cli-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).sort();
}

/** A tiny but complete minutes text, in the Lejre layout. */
function minutes(committee: string, date: string, body = 'Godkendt.'): string {
  const [y, m, d] = date.split('-');
  return `\n\nREFERAT ${committee} d. ${d}-${m}-${y}\n\nMødedato Onsdag d. ${d}. januar ${y} kl. 16:30\n\nMødested Rådhuset\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning ${committee} den ${d}-${m}-${y}\n\n${body}\n`;
}

describe('referat parse', () => {
  it('should print one JSON object with the contract fields for one file', async () => {
    const { reporter, out } = capture();
    const path = join(temp(), 'a.txt');
    writeFileSync(path, seed('001').bytes);
    expect(await main(['parse', path, '--json'], reporter)).toBe(0);
    const json = JSON.parse(out.join('\n'));
    expect(Object.keys(json)).toEqual(['source', 'municipality', 'committee', 'term', 'date', 'startTime', 'location', 'participants', 'items', 'warnings']);
    expect(json.source.path).toBe(path);
    expect(json.items).toHaveLength(11);
    expect(Object.keys(json.items[1])).toEqual(['number', 'title', 'kind', 'caseNumbers', 'closed', 'decision', 'decisions', 'attachments', 'sections']);
    expect(Object.keys(json.items[1].sections[0])).toEqual(['heading', 'kind', 'text']);
    expect(Object.keys(json.items[1].decisions[0])).toEqual(['committee', 'date', 'text']);
    // Each warning keeps its rule, so scripts can filter by it as the console lines allow.
    expect(json.warnings[0]).toEqual({ line: 22, message: expect.stringContaining('table of contents'), ruleId: 'toc-mismatch' });
  });

  it('should print an array for several files, and fail with one line per bad file', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'good.txt'), minutes('Udvalget for Test', '2020-01-08'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 0xff]));
    writeFileSync(join(dir, 'letter.txt'), 'Kære borger,\n\ntak for dit brev.\n');
    const { reporter, out, err } = capture();
    const code = await main(['parse', '--json', '--municipality', 'Testby Kommune', ...['good', 'empty', 'binary', 'letter'].map((n) => join(dir, `${n}.txt`))], reporter);
    expect(code).toBe(1);
    expect(JSON.parse(out.join('\n'))).toHaveLength(1);
    expect(err).toEqual([
      `${join(dir, 'empty.txt')}: error: Unexpected empty file, expected the text of minutes [empty-input]`,
      `${join(dir, 'binary.txt')}: error: Unexpected binary content, expected plain-text minutes (UTF-8 or Windows-1252) [binary-input]`,
      `${join(dir, 'letter.txt')}: error: Unexpected text, expected minutes with a "REFERAT <udvalg> d. DD-MM-YYYY" heading and "Punkt N: …" items [not-minutes]`,
    ]);
  });
});

describe('referat convert', () => {
  it('should write one MDX file per meeting and per item, then skip unchanged sources', async () => {
    const input = temp();
    const content = temp();
    cpSync('examples', input, { recursive: true });
    const first = capture();
    expect(await main(['convert', '--input', input, '--content', content], first.reporter)).toBe(0);
    const written = files(content);
    const manifest = readFileSync(join(content, 'manifest.json'), 'utf8');
    expect(written.filter((f) => f.startsWith('meetings/'))).toHaveLength(5);
    expect(written).toContain('meetings/roskilde/beskaeftigelses-og-socialudvalget/2021-03-11.mdx');
    expect(written.some((f) => f.startsWith('items/helsingoer/'))).toBe(true);
    const second = capture();
    expect(await main(['convert', '--input', input, '--content', content], second.reporter)).toBe(0);
    expect(second.err.at(-1)).toMatch(/^convert: 5 sources: 0 converted, 5 unchanged, 0 failed, 0 removed/);
    expect(files(content)).toEqual(written);
    // The same content, the same manifest, byte for byte, whether a meeting was converted now or read back (a snapshot's bag holds it).
    expect(readFileSync(join(content, 'manifest.json'), 'utf8')).toBe(manifest);
  });

  it('should not read a settled source again while its stamp holds, and convert one edited behind the same size and time', async () => {
    const input = temp();
    const content = temp();
    const file = join(input, 'testby', 'udvalget-2020-01-08.txt');
    mkdirSync(join(input, 'testby'));
    writeFileSync(file, minutes('Udvalget for Test', '2020-01-08'));
    writeFileSync(join(input, 'testby', 'udvalget-2020-01-22.txt'), minutes('Udvalget for Test', '2020-01-22'));
    // A file changed within the last seconds is always read (its stamp could miss a change in the same tick).
    const first = await convertCommand({ input, content }, capture().reporter);
    expect([first.converted, first.unread]).toEqual([2, 0]);
    await new Promise((resolve) => setTimeout(resolve, 3100));
    const settled = await convertCommand({ input, content }, capture().reporter);
    expect([settled.converted, settled.skipped, settled.unread]).toEqual([0, 2, 0]);
    const stamped = await convertCommand({ input, content }, capture().reporter);
    expect([stamped.converted, stamped.skipped, stamped.unread]).toEqual([0, 2, 2]);
    // Same length, same modification time: only the change time (and the bytes) tell.
    const { mtime } = statSync(file);
    writeFileSync(file, minutes('Udvalget for Test', '2020-01-08', 'Afvist.  '));
    utimesSync(file, mtime, mtime);
    expect(statSync(file).size).toBe(Buffer.byteLength(minutes('Udvalget for Test', '2020-01-08')));
    // Settled again, so only its stamp (the change time) can tell it was edited.
    await new Promise((resolve) => setTimeout(resolve, 3100));
    const edited = await convertCommand({ input, content }, capture().reporter);
    expect([edited.converted, edited.skipped, edited.unread]).toEqual([1, 1, 1]);
    expect(readFileSync(join(content, 'items/testby/udvalget-for-test/2020-01-08/01-godkendelse-af-dagsorden.mdx'), 'utf8')).toContain('Afvist.');
  }, 30_000);

  it('should give the build the manifest it wrote: the one reading the file gives, in the same order', async () => {
    const input = temp();
    const content = temp();
    cpSync('examples', input, { recursive: true });
    for (const run of ['first (every meeting converted)', 'second (the first meeting converted again, the others read back)']) {
      if (run.startsWith('second')) writeFileSync(join(input, 'gladsaxe/biu-2018-04-10.txt'), `${readFileSync(join(input, 'gladsaxe/biu-2018-04-10.txt'), 'utf8')}\n`);
      const result = await convertCommand({ input, content }, capture().reporter);
      expect(result.converted, run).toBe(run.startsWith('first') ? 5 : 1);
      const read = await readManifest(content);
      expect('manifest' in read && JSON.stringify(read.manifest), run).toBe(JSON.stringify(result.manifest));
    }
  });

  it('should say which inputs it skipped and why, and follow no symbolic link', async () => {
    const input = temp();
    const content = temp();
    mkdirSync(join(input, 'testby', '.git'), { recursive: true });
    writeFileSync(join(input, 'testby', 'a.txt'), minutes('Udvalget for Test', '2020-01-08'));
    writeFileSync(join(input, 'testby', 'referat.png'), 'not minutes');
    writeFileSync(join(input, 'testby', '.udkast.txt'), minutes('Udvalget for Test', '2020-02-08'));
    symlinkSync(join(input, 'testby', 'a.txt'), join(input, 'testby', 'link.txt'));
    const run = capture();
    expect(await main(['convert', '--input', input, '--content', content], run.reporter)).toBe(0);
    expect(run.err.filter((l) => l.includes('[skipped-input]'))).toEqual([
      'testby/link.txt: warning: skipped (symbolic link) [skipped-input]',
      'testby/referat.png: warning: skipped (not a .txt, .pdf or .docx file) [skipped-input]',
      `${input}: info: skipped 2 hidden or site files (not minutes): testby/.git, testby/.udkast.txt [skipped-input]`,
    ]);
    expect(files(content).filter((f) => f.startsWith('meetings/'))).toEqual(['meetings/testby/udvalget-for-test/2020-01-08.mdx']);
  });

  it('should convert an unchanged source again when one of its content files was deleted since', async () => {
    const input = temp();
    const content = temp();
    cpSync('examples', input, { recursive: true });
    expect(await main(['convert', '--input', input, '--content', content], capture().reporter)).toBe(0);
    const written = files(content);
    const item = written.find((f) => f.startsWith('items/helsingoer/'))!;
    const before = readFileSync(join(content, item), 'utf8');
    rmSync(join(content, item));
    const run = capture();
    expect(await main(['convert', '--input', input, '--content', content], run.reporter)).toBe(0);
    expect(run.err.at(-1)).toMatch(/^convert: 5 sources: 1 converted, 4 unchanged, 0 failed, 0 removed/);
    expect(files(content)).toEqual(written);
    expect(readFileSync(join(content, item), 'utf8')).toBe(before);
  });

  it('should write again only the content files an edit changed: the others keep their bytes and times', async () => {
    const input = temp();
    const content = temp();
    mkdirSync(join(input, 'testby'));
    const source = join(input, 'testby', 'a.txt');
    const twoItems = (decision: string) => `${minutes('Udvalget for Test', '2020-01-08')}\nPunkt 2: Budget\n\nBeslutning Udvalget for Test den 08-01-2020\n\n${decision}\n`;
    writeFileSync(source, twoItems('Godkendt.'));
    expect(await main(['convert', '--input', input, '--content', content], capture().reporter)).toBe(0);
    const written = files(content);
    expect(written).toHaveLength(3);
    // Set back an hour, so a file written again shows it.
    const past = new Date(Date.now() - 3_600_000);
    for (const file of written) utimesSync(join(content, file), past, past);
    writeFileSync(source, twoItems('Udsat.'));
    const result = await convertCommand({ input, content }, capture().reporter);
    expect(result.converted).toBe(1);
    const budget = 'items/testby/udvalget-for-test/2020-01-08/02-budget.mdx';
    // The meeting's entry names its source's hash, so it changes with any edit; the first item's does not.
    const changed = ['meetings/testby/udvalget-for-test/2020-01-08.mdx', budget].sort();
    expect(result.changedOutputs.filter((file) => file.endsWith('.mdx')).sort()).toEqual(changed);
    const touched = written.filter((file) => statSync(join(content, file)).mtimeMs > past.getTime() + 1000);
    expect(touched.sort()).toEqual(changed);
    expect(readFileSync(join(content, budget), 'utf8')).toContain('Udsat.');
  });

  it('should replace the pages of a changed source and delete those of a removed one', async () => {
    const input = temp();
    const content = temp();
    mkdirSync(join(input, 'testby'));
    writeFileSync(join(input, 'testby', 'a.txt'), minutes('Udvalget for Test', '2020-01-08'));
    writeFileSync(join(input, 'testby', 'b.txt'), minutes('Udvalget for Test', '2020-02-08'));
    expect(await main(['convert', '--input', input, '--content', content], capture().reporter)).toBe(0);
    expect(files(content)).toHaveLength(4);
    writeFileSync(join(input, 'testby', 'a.txt'), minutes('Udvalget for Prøve', '2020-01-08'));
    rmSync(join(input, 'testby', 'b.txt'));
    const run = capture();
    expect(await main(['convert', '--input', input, '--content', content], run.reporter)).toBe(0);
    expect(run.err.at(-1)).toMatch(/1 converted, 0 unchanged, 0 failed, 1 removed/);
    expect(files(content)).toEqual([
      'items/testby/udvalget-for-proeve/2020-01-08/01-godkendelse-af-dagsorden.mdx',
      'meetings/testby/udvalget-for-proeve/2020-01-08.mdx',
    ]);
  });

  it('should keep going past a bad file, report it by name and exit 1', async () => {
    const input = temp();
    const content = temp();
    writeFileSync(join(input, 'a-empty.txt'), '');
    writeFileSync(join(input, 'b-good.txt'), minutes('Udvalget for Test', '2020-01-08'));
    const run = capture();
    expect(await main(['convert', '--input', input, '--content', content, '--municipality', 'Testby Kommune'], run.reporter)).toBe(1);
    expect(run.err.some((l) => l.endsWith('a-empty.txt: error: Unexpected empty file, expected the text of minutes [empty-input]'))).toBe(true);
    expect(files(content)).toEqual([
      'items/testby/udvalget-for-test/2020-01-08/01-godkendelse-af-dagsorden.mdx',
      'meetings/testby/udvalget-for-test/2020-01-08.mdx',
    ]);
  });

  it('should redact a CPR number with a warning naming file and line, and refuse the file with --strict', async () => {
    const input = temp();
    writeFileSync(join(input, 'cpr.txt'), minutes('Udvalget for Test', '2020-01-08', 'Borgeren med cpr.nr. 010203-1234 fik medhold.'));
    const content = temp();
    const run = capture();
    expect(await main(['convert', '--input', input, '--content', content, '--municipality', 'Testby'], run.reporter)).toBe(0);
    expect(run.err).toContain(`${join(input, 'cpr.txt')}:13: warning: Unexpected CPR number in published text, expected none: redacted [cpr-number]`);
    const item = readFileSync(join(content, files(content).find((f) => f.startsWith('items/'))!), 'utf8');
    expect(item).toContain('Borgeren med cpr.nr. \\[CPR-nummer fjernet] fik medhold.');
    expect(item).not.toContain('010203');

    const strictContent = temp();
    const strict = capture();
    expect(await main(['convert', '--input', input, '--content', strictContent, '--strict'], strict.reporter)).toBe(1);
    expect(strict.err.some((l) => l.includes(':13: error: Unexpected CPR number'))).toBe(true);
    expect(existsSync(join(strictContent, 'meetings'))).toBe(false);
  });

  it('should publish a closed item with title, number and decision only — never its case text', async () => {
    const input = temp();
    const content = temp();
    const text = minutes('Udvalget for Test', '2020-01-08').replace(
      /\n$/,
      '\n\nPunkt 2: Lukket: Personalesag\n\nSagsfremstilling\n\nFortrolige oplysninger om en medarbejder.\n\nBilag\n\nLægeerklæring\n\nBeslutning Udvalget for Test den 08-01-2020\n\nGodkendt.\n',
    );
    writeFileSync(join(input, 'a.txt'), text);
    expect(await main(['convert', '--input', input, '--content', content, '--municipality', 'Testby'], capture().reporter)).toBe(0);
    const closed = files(content).find((f) => f.includes('/02-'))!;
    const mdx = readFileSync(join(content, closed), 'utf8');
    expect(mdx).toContain('title: "Lukket: Personalesag"');
    expect(mdx).toContain('closed: true');
    expect(mdx).toContain('Godkendt.');
    for (const f of files(content)) {
      const all = readFileSync(join(content, f), 'utf8');
      expect(all).not.toContain('Fortrolige');
      expect(all).not.toContain('Lægeerklæring');
    }
  });

  it('should refuse a second file for the same meeting instead of overwriting the first', async () => {
    const input = temp();
    writeFileSync(join(input, 'a.txt'), minutes('Udvalget for Test', '2020-01-08', 'Første.'));
    writeFileSync(join(input, 'b.txt'), minutes('Udvalget for Test', '2020-01-08', 'Anden.'));
    const run = capture();
    expect(await main(['convert', '--input', input, '--content', temp(), '--municipality', 'Testby'], run.reporter)).toBe(1);
    expect(run.err.some((l) => /b\.txt: error: Unexpected second minutes for the same meeting/.test(l))).toBe(true);
  });
});

describe('usage errors', () => {
  it.each([
    [['convert', '--input', 'x']],
    [['convert', '--bogus']],
    [['frobnicate']],
    [['parse']],
  ])('should exit 2 with a one-line reason for %j', async (args) => {
    const run = capture();
    expect(await main(args, run.reporter)).toBe(2);
    expect(run.err[0]).toMatch(/^referat/);
    expect(run.err.join('\n')).not.toMatch(/\n\s+at /); // no stack trace
  });
});

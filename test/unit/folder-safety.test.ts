/**
 * Issue 10, point 1: `referat build` and `convert` never delete what they did
 * not write. The input, content and output folders must be separate trees,
 * and an existing non-empty folder is only used when Referat made it.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { checkSeparate, markerNames } from '../../src/site/folders.ts';

const work = mkdtempSync(join(tmpdir(), 'referat-folders-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let count = 0;
/** A fresh folder holding `in/testby/a.txt`: fictional one-item minutes. */
function project(): string {
  const dir = join(work, `p${count++}`);
  mkdirSync(join(dir, 'in', 'testby'), { recursive: true });
  writeFileSync(join(dir, 'in', 'testby', 'a.txt'), 'REFERAT Testudvalget d. 04-02-2021\n\nPunkt 1: Sag\n\nBeslutning\n\nGodkendt.\n');
  return dir;
}

function capture() {
  const err: string[] = [];
  return { reporter: { out: () => {}, err: (t: string) => err.push(t) }, err };
}

/** Every file below `dir`, relative and sorted. */
function tree(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

async function run(args: string[]): Promise<{ code: number; err: string[] }> {
  const { reporter, err } = capture();
  return { code: await main(args, reporter), err };
}

describe('separate folders', () => {
  it.each([
    ['the same folder', 'site', 'site', 'is the same folder as'],
    ['a parent', 'site/minutes', 'site', 'lies inside'],
    ['a child', 'site', 'site/out', 'contains'],
  ])('should refuse --out as %s of --input', async (_, input, out, relation) => {
    await expect(checkSeparate([{ flag: '--input', path: join(work, input) }, { flag: '--out', path: join(work, out) }])).rejects.toThrow(
      new RegExp(`^--input \\S+ ${relation} --out \\S+: they must be separate folders`),
    );
  });

  it('should see through a symbolic link', async () => {
    const dir = project();
    symlinkSync(join(dir, 'in'), join(dir, 'link'));
    await expect(checkSeparate([{ flag: '--input', path: join(dir, 'link', 'testby') }, { flag: '--out', path: join(dir, 'in') }])).rejects.toThrow(/lies inside --out/);
  });

  it('should accept siblings whose names share a prefix', async () => {
    await expect(checkSeparate([{ flag: '--input', path: join(work, 'site') }, { flag: '--out', path: join(work, 'site-out') }])).resolves.toBeUndefined();
  });
});

describe('referat build and convert refuse folders they could destroy', () => {
  it.each([
    ['--out equal to --input', (d: string) => ['build', '--input', join(d, 'in'), '--out', join(d, 'in'), '--content', join(d, 'content')]],
    ['--out a parent of --input', (d: string) => ['build', '--input', join(d, 'in', 'testby'), '--out', join(d, 'in'), '--content', join(d, 'content')]],
    ['--out inside --input', (d: string) => ['build', '--input', join(d, 'in'), '--out', join(d, 'in', 'site'), '--content', join(d, 'content')]],
    ['--content equal to --input', (d: string) => ['build', '--input', join(d, 'in'), '--out', join(d, 'out'), '--content', join(d, 'in')]],
    ['--content inside --out', (d: string) => ['build', '--input', join(d, 'in'), '--out', join(d, 'out'), '--content', join(d, 'out', 'content')]],
    ['convert --content inside --input', (d: string) => ['convert', '--input', join(d, 'in'), '--content', join(d, 'in', 'testby', 'content')]],
    ['convert --content a parent of --input', (d: string) => ['convert', '--input', join(d, 'in'), '--content', d]],
  ])('should exit 2 with one line and delete nothing for %s', async (_, args) => {
    const dir = project();
    const before = tree(dir);
    const { code, err } = await run(args(dir));
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^referat (build|convert): --\w+ \S+ (is the same folder as|contains|lies inside) --\w+ \S+: they must be separate folders, none inside another$/);
    expect(tree(dir)).toEqual(before);
  });

  it('should refuse a non-empty folder Referat did not make, as --out or as --content', async () => {
    const dir = project();
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'notes.txt'), 'Mine egne noter.\n');
    for (const args of [
      ['build', '--input', join(dir, 'in'), '--out', join(dir, 'mine'), '--content', join(dir, 'content')],
      ['build', '--input', join(dir, 'in'), '--out', join(dir, 'out'), '--content', join(dir, 'mine')],
      ['convert', '--input', join(dir, 'in'), '--content', join(dir, 'mine')],
    ]) {
      const { code, err } = await run(args);
      expect(code).toBe(2);
      expect(err).toEqual([expect.stringMatching(/^referat (build|convert): --(out|content) \S+mine is not empty and was not made by Referat \(it has no \.referat-(output|content) file\): choose a new or empty folder$/)]);
    }
    expect(tree(dir)).toEqual(['in/testby/a.txt', 'mine/notes.txt']);
  });

  it('should refuse a content folder as --out', async () => {
    const dir = project();
    expect((await run(['convert', '--input', join(dir, 'in'), '--content', join(dir, 'content')])).code).toBe(0);
    const before = tree(dir);
    const { code, err } = await run(['build', '--input', join(dir, 'in'), '--out', join(dir, 'content'), '--content', join(dir, 'other')]);
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringMatching(/--out \S+content is a Referat content folder \(--content\), not a site folder$/)]);
    expect(tree(dir)).toEqual(before);
  });
});

describe('folders Referat made', () => {
  it('should mark a new output folder, keep the mark across builds and replace everything else in a full build', async () => {
    const dir = project();
    const args = ['build', '--input', join(dir, 'in'), '--out', join(dir, 'out'), '--content', join(dir, 'content')];
    expect((await run(args)).code).toBe(0);
    const marker = readFileSync(join(dir, 'out', markerNames.output), 'utf8');
    expect(marker).toBe('This folder is a site written by `referat build`. Every full build replaces all of its files.\n');
    expect(readFileSync(join(dir, 'content', markerNames.content), 'utf8')).toMatch(/^This folder holds the collections written by `referat convert`/);
    expect(tree(join(dir, 'out'))).toContain('testby/testudvalget/2021-02-04/index.html');

    const stray = `stray-${process.pid}.html`;
    writeFileSync(join(dir, 'out', stray), '<p>Left over</p>\n');
    const again = await run([...args, '--full']);
    expect(again.code).toBe(0);
    const files = tree(join(dir, 'out'));
    expect(files).not.toContain(stray);
    // The previous site was set aside while the new one was written (folders.ts emptyOutput with `aside`), and is gone now.
    const setAside = readdirSync('.cache/referat', { recursive: true }) as string[];
    expect(setAside.filter((file) => file.endsWith(stray))).toEqual([]);
    expect(files).toContain(markerNames.output);
    expect(files).toContain('testby/testudvalget/2021-02-04/index.html');
    expect(readFileSync(join(dir, 'out', markerNames.output), 'utf8')).toBe(marker);
  }, 60_000);

  it('should take over a content folder from before the markers (it has the manifest)', async () => {
    const dir = project();
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, 'content', '.referat-manifest.json'), '{"version":1,"sources":{}}\n');
    expect((await run(['convert', '--input', join(dir, 'in'), '--content', join(dir, 'content')])).code).toBe(0);
    expect(tree(join(dir, 'content'))).toContain(markerNames.content);
  });
});

describe('two sites built from one folder', () => {
  it('should keep each site its own content folder by default, so neither deletes the other', async () => {
    const dir = project();
    mkdirSync(join(dir, 'other', 'andeby'), { recursive: true });
    writeFileSync(join(dir, 'other', 'andeby', 'b.txt'), 'REFERAT Andeudvalget d. 05-02-2021\n\nPunkt 1: Sag\n\nBeslutning\n\nGodkendt.\n');
    expect((await run(['build', '--input', join(dir, 'in'), '--out', join(dir, 'one')])).code).toBe(0);
    expect((await run(['build', '--input', join(dir, 'other'), '--out', join(dir, 'two')])).code).toBe(0);
    const again = await run(['build', '--input', join(dir, 'in'), '--out', join(dir, 'one')]);
    expect(again.err.find((line) => line.startsWith('convert: '))).toMatch(/1 unchanged, 0 failed, 0 removed/);
    expect(tree(join(dir, '.one.content')).filter((file) => file.startsWith('meetings/'))).toEqual(['meetings/testby/testudvalget/2021-02-04.mdx']);
    expect(tree(join(dir, '.two.content')).filter((file) => file.startsWith('meetings/'))).toEqual(['meetings/andeby/andeudvalget/2021-02-05.mdx']);
  }, 120_000);
});

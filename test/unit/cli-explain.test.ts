/**
 * `referat parse --explain` and `--dropped` on every fixture and seed: the
 * layout named is the one the file imitates, and every dropped line is listed
 * with its file, line and rule — the same lines the importer reports as data.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { importMinutes } from '../../src/minutes/index.ts';
import { fixtureNames, fixturesDir, readExpected, readInput } from '../support/import-fixtures.ts';
import { readSeed, seedNames, seedsDir } from '../support/seeds.ts';

async function parse(args: string[]): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await main(['parse', ...args], { out: (t) => out.push(...t.split('\n')), err: () => {} });
  return { code, out };
}

const seedLayouts: Record<string, string> = { '000': 'roskilde', '001': 'lejre', '002': 'helsingoer', '003': 'gladsaxe', '004': 'odense' };

const cases = [
  ...fixtureNames().map((name) => ({ label: `fixture ${name}`, path: join(fixturesDir, name, 'input.txt'), bytes: readInput(name), layout: (readExpected(name) as { layout: string }).layout })),
  ...seedNames().map((name) => ({ label: `seed ${name}`, path: join(seedsDir, name), bytes: readSeed(name), layout: seedLayouts[name.slice(0, 3)]! })),
];

describe('referat parse --explain --dropped', () => {
  for (const c of cases) {
    it(`should name the layout of ${c.label} and list each dropped line with its place and rule`, async () => {
      const { out } = await parse(['--explain', '--dropped', c.path]);
      expect(out[0]).toMatch(new RegExp(`^${c.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: layout ${c.layout} \\(score \\d+\\)`));
      expect(out.some((l) => /^ {2}scores: roskilde \d+, lejre \d+, helsingoer \d+, gladsaxe \d+, odense \d+, generic \d+$/.test(l))).toBe(true);
      const listed = out.filter((l) => l.includes(': info: Left out')).map((l) => /:(\d+): info: Left out ([\w-]+)/.exec(l)!.slice(1, 3).join(' '));
      const dropped = importMinutes(c.bytes, { path: c.path }).dropped.map((d) => `${d.line} ${d.reason}`);
      expect(listed).toEqual(dropped);
    });
  }
  it('should refuse a layout it does not know, naming the ones it does', async () => {
    const err: string[] = [];
    const code = await main(['parse', '--layout', 'aarhus', 'x.txt'], { out: () => {}, err: (t) => err.push(t) });
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('--layout takes one of roskilde, lejre, helsingoer, gladsaxe, odense, generic, got "aarhus"');
  });
});

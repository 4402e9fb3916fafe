import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as generator from '../../src/bench/generate-archive.ts';
import { createRandom, generateMeeting, layouts, planArchive } from '../../src/bench/generate-archive.ts';
import { writeArchive } from '../../src/bench/write-archive.ts';
import { importMinutes } from '../../src/minutes/index.ts';

/** Table-of-contents titles and "Punkt N: title" lines of one file. */
function outline(text: string): { toc: string[]; items: { number: number; title: string }[] } {
  const toc = [...text.matchAll(/^(.*)\.{5}\t\d+$/gm)].map((match) => match[1] ?? '');
  const items = [...text.matchAll(/^Punkt (\d+): (.*)$/gm)].map((match) => ({ number: Number(match[1]), title: match[2] ?? '' }));
  return { toc, items };
}

describe('generate-archive', () => {
  it('should expose the planner, the generator, the PRNG and the layouts', () => {
    expect(Object.keys(generator).sort()).toEqual(['createRandom', 'generateMeeting', 'layouts', 'planArchive']);
  });

  it('should draw the same numbers from the same seed and different ones from another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('should plan exactly N meetings with unique paths', () => {
    for (const meetings of [0, 1, 7, 25, 300]) {
      const specs = planArchive({ meetings, seed: 1 });
      expect(specs).toHaveLength(meetings);
      expect(new Set(specs.map((spec) => spec.path)).size).toBe(meetings);
    }
  });

  it('should plan a realistic archive: 25 committees, all layouts, 2016–2025, 8–22 items', () => {
    const specs = planArchive({ meetings: 5000, seed: 9 });
    expect(new Set(specs.map((spec) => `${spec.folder}/${spec.committee}`)).size).toBe(25);
    expect(new Set(specs.map((spec) => spec.layout))).toEqual(new Set(layouts));
    expect(new Set(specs.map((spec) => spec.folder)).size).toBeGreaterThanOrEqual(5);
    for (const spec of specs) {
      expect(spec.date >= '2016-01-01' && spec.date <= '2025-12-31').toBe(true);
      expect(spec.items).toBeGreaterThanOrEqual(8);
      expect(spec.items).toBeLessThanOrEqual(22);
      expect(spec.path).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.txt$/);
    }
    const years = new Set(specs.map((spec) => spec.date.slice(0, 4)));
    expect(years.size).toBe(10);
    const average = specs.reduce((sum, spec) => sum + spec.items, 0) / specs.length;
    expect(average).toBeGreaterThan(13);
    expect(average).toBeLessThan(17);
  });

  it('should give identical text for the same seed and different text for another seed', () => {
    const same = planArchive({ meetings: 10, seed: 5 }).map(generateMeeting);
    expect(planArchive({ meetings: 10, seed: 5 }).map(generateMeeting)).toEqual(same);
    expect(planArchive({ meetings: 10, seed: 6 }).map(generateMeeting)).not.toEqual(same);
  });

  it('should start every file with the REFERAT header and number items as in its table of contents', () => {
    for (const spec of planArchive({ meetings: 50, seed: 11 })) {
      const text = generateMeeting(spec);
      expect(text.startsWith(`\n\nREFERAT ${spec.committee}`)).toBe(true);
      expect(text.endsWith('\n')).toBe(false);
      const { toc, items } = outline(text);
      expect(items).toHaveLength(spec.items);
      expect(toc).toHaveLength(spec.items);
      items.forEach((item, index) => {
        expect(item.number).toBe(spec.firstItem + index);
        // Odense's table of contents cuts long titles short.
        expect(item.title.startsWith(toc[index] ?? '\u0000')).toBe(true);
      });
    }
  });

  it('should use each layout’s decision form', () => {
    const specs = planArchive({ meetings: 25, seed: 2 });
    const text = (layout: string) => generateMeeting(specs.find((spec) => spec.layout === layout)!);
    expect(text('roskilde')).toMatch(/^.+, \d{2}-\d{2}-\d{4}, pkt\. \d+$/m);
    expect(text('lejre')).toMatch(/^Beslutning .+ den \d{2}-\d{2}-\d{4}$/m);
    expect(text('helsingoer')).toMatch(/^Beslutninger .+ \d{4}-\d{4} den \d{2}-\d{2}-\d{4}$/m);
    expect(text('gladsaxe')).toMatch(/^Dagsordenpunkt\*\*.+\*\*\n\nBeslutning$/m);
    expect(text('gladsaxe')).toMatch(/,\n\n\d{2}\.\d{2}\.\d{4}\n\nGladsaxe Kommune\n/);
    expect(text('odense')).toMatch(/^INDSTILLING$/m);
  });

  it('should write minutes that the importer reads with the layout they imitate, every item found', () => {
    for (const spec of planArchive({ meetings: 25, seed: 3 })) {
      const result = importMinutes(new TextEncoder().encode(generateMeeting(spec)), { path: spec.path });
      expect([spec.path, result.layout?.layout.name]).toEqual([spec.path, spec.layout]);
      expect(result.meeting?.items.length).toBe(spec.items);
    }
  });

  it('should average roughly 2 KB of text per item', () => {
    const specs = planArchive({ meetings: 200, seed: 4 });
    const bytes = specs.reduce((sum, spec) => sum + Buffer.byteLength(generateMeeting(spec)), 0);
    const perItem = bytes / specs.reduce((sum, spec) => sum + spec.items, 0);
    expect(perItem).toBeGreaterThan(1500);
    expect(perItem).toBeLessThan(3000);
  });

  it('should write one file per meeting at <municipality>/<committee>-<date>.txt', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'referat-archive-'));
    try {
      const written = await writeArchive(dir, { meetings: 30, seed: 3 });
      expect(written.files).toHaveLength(30);
      const folders = await readdir(dir);
      const files = (await Promise.all(folders.map(async (folder) => (await readdir(join(dir, folder))).map((name) => `${folder}/${name}`)))).flat();
      expect(files.sort()).toEqual([...written.files].sort());
      const spec = planArchive({ meetings: 30, seed: 3 })[7]!;
      expect(await readFile(join(dir, spec.path), 'utf8')).toBe(generateMeeting(spec));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

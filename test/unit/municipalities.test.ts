/**
 * Issue 12, point 2: municipalities are identities. The built-in table of the
 * 98 Danish municipalities decides the display name and the URL segment,
 * matched tolerantly from a folder name, `--municipality` or the text; the
 * config adds or overrides entries; flat and sub-folder input give the same URLs.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertCommand } from '../../src/cli/commands/convert.ts';
import { siteRoutes } from '../../src/site/routes.ts';
import type { SiteManifest } from '../../src/manifest/schema.ts';
import { builtinMunicipalities, danishMunicipalities, looseKey, municipalityTable } from '../../src/model/municipalities.ts';
import { municipalitySlug } from '../../src/model/paths.ts';
import { importMinutes } from '../../src/minutes/index.ts';
import { seed, seedNames, seedsDir } from '../support/seeds.ts';

const match = (text: string) => {
  const found = builtinMunicipalities.match(text);
  return found && { name: found.name, slug: found.slug, code: found.code };
};

describe('the table of Danish municipalities', () => {
  it('should have 98 municipalities, each with its own four-digit code, slug and comparison key', () => {
    expect(danishMunicipalities).toHaveLength(98);
    expect(danishMunicipalities.every((m) => /^\d{4}$/.test(m.code!))).toBe(true);
    expect(new Set(danishMunicipalities.map((m) => m.code)).size).toBe(98);
    expect(new Set(danishMunicipalities.map((m) => m.slug)).size).toBe(98);
    expect(new Set(danishMunicipalities.map((m) => looseKey(m.name))).size).toBe(98);
    // Every slug is a plain URL segment, and every name is found again by its slug.
    for (const m of danishMunicipalities) {
      expect(m.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(builtinMunicipalities.match(m.slug)?.name).toBe(m.name);
    }
  });

  it('should know the official names that are not "<Name> Kommune"', () => {
    expect(match('København')).toEqual({ name: 'Københavns Kommune', slug: 'koebenhavn', code: '0101' });
    expect(match('Københavns Kommune')).toEqual({ name: 'Københavns Kommune', slug: 'koebenhavn', code: '0101' });
    expect(match('Bornholms Regionskommune')).toEqual({ name: 'Bornholms Regionskommune', slug: 'bornholm', code: '0400' });
    expect(match('Høje Taastrup')).toEqual({ name: 'Høje-Taastrup Kommune', slug: 'hoeje-taastrup', code: '0169' });
    expect(match('0217')).toEqual({ name: 'Helsingør Kommune', slug: 'helsingoer', code: '0217' });
    expect(match('217')).toEqual({ name: 'Helsingør Kommune', slug: 'helsingoer', code: '0217' });
    expect(match('Testby Kommune')).toBeUndefined();
    expect(match('Christiansø')).toBeUndefined();
  });

  it('should match every spelling of the five seed municipalities to one name and slug', () => {
    const spellings: Record<string, string[]> = {
      'Roskilde Kommune|roskilde|0265': ['roskilde', 'Roskilde', 'ROSKILDE KOMMUNE', 'Roskilde Kommune'],
      'Lejre Kommune|lejre|0350': ['lejre', 'Lejre Kommune'],
      'Helsingør Kommune|helsingoer|0217': ['helsingor', 'helsingoer', 'helsingør', 'Helsingør', 'Helsingør Kommune', 'Helsingor Kommune', 'HELSINGØR'],
      'Gladsaxe Kommune|gladsaxe|0159': ['gladsaxe', 'Gladsaxe Kommune'],
      'Odense Kommune|odense|0461': ['odense', 'Odense Kommune', 'odense_kommune'],
    };
    for (const [expected, list] of Object.entries(spellings)) {
      const [name, slug, code] = expected.split('|');
      for (const spelling of list) expect(match(spelling), spelling).toEqual({ name, slug, code });
    }
    expect(municipalitySlug('Helsingor Kommune')).toBe('helsingoer');
    expect(municipalitySlug('Testby Kommune')).toBe('testby');
  });

  it('should name each seed municipality alike from its text, a folder or --municipality', () => {
    const expected: Record<string, [string, string]> = {
      '000': ['Roskilde Kommune', 'roskilde'],
      '001': ['Lejre Kommune', 'lejre'],
      '002': ['Helsingør Kommune', 'helsingor'],
      '003': ['Gladsaxe Kommune', 'gladsaxe'],
      '004': ['Odense Kommune', 'odense'],
    };
    for (const [prefix, [name, folder]] of Object.entries(expected)) {
      const { bytes } = seed(prefix);
      expect(importMinutes(bytes, { path: 'x' }).meeting?.municipality).toBe(name);
      expect(importMinutes(bytes, { path: 'x', municipalityFolder: folder }).meeting?.municipality).toBe(name);
      expect(importMinutes(bytes, { path: 'x', municipality: folder }).meeting?.municipality).toBe(name);
    }
  });
});

describe('municipalities from the config', () => {
  const table = municipalityTable([
    { name: 'Region Hovedstaden', code: '1084', aliases: ['regionh'] },
    { name: 'Helsingør Kommune', slug: 'helsingor' },
    { name: 'Fælles Beredskab Nordsjælland' },
  ]);

  it('should add entries with a slug of their name, and override a built-in one', () => {
    expect(table.match('regionh')?.name).toBe('Region Hovedstaden');
    expect(table.match('region-hovedstaden')?.slug).toBe('region-hovedstaden');
    expect(table.match('1084')?.name).toBe('Region Hovedstaden');
    expect(table.match('Faelles Beredskab Nordsjaelland')?.slug).toBe('faelles-beredskab-nordsjaelland');
    expect(table.match('helsingoer')?.slug).toBe('helsingor');
    expect(table.entries.filter((m) => m.name === 'Helsingør Kommune')).toHaveLength(1);
    expect(table.entries).toHaveLength(98 + 2);
  });

  it('should give a config entry its name in the importer', () => {
    const minutes = new TextEncoder().encode('REFERAT Forretningsudvalget d. 08-01-2020\n\nMødedato Onsdag d. 08. januar 2020 kl. 16:30\n\nPunkt 1: Eventuelt\n\nIntet.\n');
    expect(importMinutes(minutes, { path: 'x', municipalityFolder: 'regionh', municipalities: [{ name: 'Region Hovedstaden', aliases: ['regionh'] }] }).meeting?.municipality).toBe('Region Hovedstaden');
  });
});

describe('flat and sub-folder input', () => {
  const work = mkdtempSync(join(tmpdir(), 'referat-municipalities-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const quiet = { out: () => {}, err: () => {} };

  /** Converts the seeds laid out by `folderOf` and returns every page path of the site, with the municipalities' names. */
  async function site(name: string, folderOf: (seedName: string) => string): Promise<{ paths: string[]; names: string[] }> {
    const input = join(work, `${name}-input`);
    for (const file of seedNames()) {
      const folder = join(input, folderOf(file));
      mkdirSync(folder, { recursive: true });
      copyFileSync(join(seedsDir, file), join(folder, file));
    }
    const content = join(work, `${name}-content`);
    const result = await convertCommand({ input, content, progressEvery: 0 }, quiet);
    expect(result.failed).toBe(0);
    const routes = siteRoutes(JSON.parse(readFileSync(join(content, 'manifest.json'), 'utf8')) as SiteManifest);
    const paths = [...routes.municipalities, ...routes.committees, ...routes.meetings, ...routes.items].map((page) => page.path).sort();
    return { paths, names: routes.index.municipalities.map((m) => `${m.name} ${m.path}`) };
  }

  it('should publish the same URLs and names whether the minutes lie flat or in municipality folders', async () => {
    const folders: Record<string, string> = { '000': 'roskilde', '001': 'lejre', '002': 'helsingor', '003': 'Gladsaxe', '004': 'odense' };
    const flat = await site('flat', () => '');
    const nested = await site('nested', (file) => folders[file.slice(0, 3)]!);
    expect(flat.names).toEqual(['Gladsaxe Kommune /gladsaxe/', 'Helsingør Kommune /helsingoer/', 'Lejre Kommune /lejre/', 'Odense Kommune /odense/', 'Roskilde Kommune /roskilde/']);
    expect(nested.names).toEqual(flat.names);
    expect(nested.paths).toEqual(flat.paths);
    expect(flat.paths).toContain('/helsingoer/social-og-beskaeftigelsesudvalget/2019-11-06/punkt-2/');
  }, 120_000);
});

/**
 * Municipalities are identities, not folder names: a table (the 98 Danish
 * ones, municipality-table.ts, plus what the config adds or overrides)
 * decides a municipality's display name and its URL segment, matched by a
 * tolerant comparison from a folder name, a `--municipality` value or the
 * minutes' "<Name> Kommune". "helsingor", "helsingoer", "Helsingør" and
 * "Helsingør Kommune" are all Helsingør Kommune, published under /helsingoer/.
 *
 * Pure: no I/O, so the importer (on worker threads) and the site share it.
 */
import { danishMunicipalityRows } from './municipality-table.ts';

export interface Municipality {
  /** The name pages show, e.g. "Helsingør Kommune". */
  name: string;
  /** The URL segment, e.g. "helsingoer". Never changes once published. */
  slug: string;
  /** Four-digit kommunekode (or another register's code), or null. */
  code: string | null;
  /** Further spellings that name it (matched as tolerantly as the name). */
  aliases: readonly string[];
}

/** An entry the config adds, or (same code, slug or name) puts in place of a built-in one. */
export interface MunicipalityEntry {
  name: string;
  slug?: string | undefined;
  code?: string | undefined;
  aliases?: readonly string[] | undefined;
}

export const danishMunicipalities: readonly Municipality[] = danishMunicipalityRows.map(([code, name, slug]) => ({ name, slug, code, aliases: [] }));

/** " Kommune", "-kommune", "_Regionskommune": not part of the name. */
const suffix = /[\s_-]+(?:regions)?kommunes?$/i;

/**
 * The comparison key: case, accents, hyphens and spaces do not count, and the
 * ASCII spellings of æ, ø, å ("ae"/"a", "oe"/"o", "aa"/"a") equal the letters.
 * Unique over the 98 names (tested), so no two municipalities share one.
 */
export function looseKey(text: string): string {
  return text
    .trim()
    .replace(suffix, '')
    .toLowerCase()
    .replace(/æ/g, 'a')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/aa/g, 'a')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/[^a-z0-9]/g, '');
}

export class MunicipalityTable {
  readonly entries: readonly Municipality[];
  private readonly byKey = new Map<string, Municipality>();
  private readonly byCode = new Map<string, Municipality>();

  constructor(entries: readonly Municipality[]) {
    this.entries = entries;
    for (const entry of entries) {
      if (entry.code !== null) this.byCode.set(entry.code, entry);
      for (const spelling of [entry.name, entry.slug, ...entry.aliases]) {
        const key = looseKey(spelling);
        if (key !== '' && !this.byKey.has(key)) this.byKey.set(key, entry);
      }
    }
  }

  /**
   * The municipality a folder name, a value or a name from the text means, or
   * undefined. Also by kommunekode ("217", "0217"), and in the genitive
   * ("Helsingørs Kommune", "Københavns").
   */
  match(text: string | null | undefined): Municipality | undefined {
    if (!text) return undefined;
    const trimmed = text.trim();
    if (/^\d{3,4}$/.test(trimmed)) return this.byCode.get(trimmed.padStart(4, '0'));
    const key = looseKey(trimmed);
    return this.byKey.get(key) ?? (key.endsWith('s') ? this.byKey.get(key.slice(0, -1)) : undefined);
  }
}

/**
 * The built-in table with the config's entries: an entry with the code, slug
 * or name of a built-in one replaces it; any other is added (a region, a joint
 * committee, another country's councils). A config entry's own spellings are
 * matched before the built-in ones.
 */
export function municipalityTable(extra: readonly MunicipalityEntry[] = []): MunicipalityTable {
  if (extra.length === 0) return builtinMunicipalities;
  const added: Municipality[] = extra.map((entry) => ({
    name: entry.name,
    slug: entry.slug ?? defaultSlug(entry.name),
    code: entry.code ?? null,
    aliases: entry.aliases ?? [],
  }));
  const replaced = (builtin: Municipality): boolean =>
    added.some((entry) => (entry.code !== null && entry.code === builtin.code) || entry.slug === builtin.slug || looseKey(entry.name) === looseKey(builtin.name));
  return new MunicipalityTable([...added, ...danishMunicipalities.filter((builtin) => !replaced(builtin))]);
}

/** "Region Hovedstaden" → "region-hovedstaden"; "Fælles Udvalg Kommune" → "faelles-udvalg". */
export function defaultSlug(name: string): string {
  return (
    name
      .replace(suffix, '')
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

export const builtinMunicipalities = new MunicipalityTable(danishMunicipalities);

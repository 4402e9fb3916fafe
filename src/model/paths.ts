/**
 * Stable names: content file paths and public URLs.
 *
 * A URL once published must never change for the same meeting and item, so
 * URLs are built only from municipality, committee, date and item number —
 * never from titles, which the minutes sometimes correct.
 */
import { slug } from 'github-slugger';
import { cprPathToken, redactCpr } from '../minutes/redact.ts';
import { builtinMunicipalities, type MunicipalityTable } from './municipalities.ts';

export const unknownMunicipality = 'ukendt-kommune';

/**
 * Lower-case ASCII slug; Danish letters are transliterated (æ→ae, ø→oe, å→aa).
 * A CPR number never reaches a URL, whatever text the slug is made from
 * (NFKD below would turn full-width digits into plain ones).
 */
export function slugify(value: string): string {
  const transliterated = redactCpr(value, cprPathToken)
    .text.toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const full = slug(transliterated).replace(/-+/g, '-').replace(/^-|-$/g, '') || 'x';
  return full.length <= maxSlugLength ? full : `${full.slice(0, maxSlugLength - 9).replace(/-[^-]*$/, '')}-${hash(full)}`;
}

/** Longer names are cut, with a hash of the whole so two long names stay apart: file systems refuse names over 255 bytes. */
const maxSlugLength = 100;

/** FNV-1a, 8 hex digits: stable across runs and platforms. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * "Roskilde Kommune" and a folder named "roskilde" name the same municipality: a
 * municipality of the table (municipalities.ts) has its slug from there, any
 * other name the slug of its name.
 */
export function municipalitySlug(municipality: string | null, table: MunicipalityTable = builtinMunicipalities): string {
  if (!municipality) return unknownMunicipality;
  return table.match(municipality)?.slug ?? slugify(municipality.replace(/\s+kommune\s*$/i, ''));
}

export interface MeetingKey {
  municipality: string | null;
  committee: string;
  date: string;
}

/** Path segments shared by content files and URLs: municipality/committee/date. */
export function meetingSegments(meeting: MeetingKey): [string, string, string] {
  return [municipalitySlug(meeting.municipality), slugify(meeting.committee), meeting.date];
}

/** Content collection id of a meeting, e.g. "roskilde/beskaeftigelses-og-socialudvalget/2021-02-04". */
export function meetingId(meeting: MeetingKey): string {
  return meetingSegments(meeting).join('/');
}

/** Two-digit item number used in file names so they sort in agenda order. */
export function itemFileStem(item: { number: number; title: string }): string {
  return `${String(item.number).padStart(2, '0')}-${slugify(item.title).slice(0, 60).replace(/-$/, '')}`;
}

/** Content collection id of an item, e.g. ".../2021-02-04/16-godkendelse-af-oekonomisk-handleplan". */
export function itemId(meeting: MeetingKey, item: { number: number; title: string }): string {
  return `${meetingId(meeting)}/${itemFileStem(item)}`;
}

/** Public path (without base) of a meeting page: /roskilde/beskaeftigelses-og-socialudvalget/2021-02-04/ */
export function meetingPath(meeting: MeetingKey): string {
  return `/${meetingSegments(meeting).join('/')}/`;
}

/** An item's number, and which item of that number it is in its meeting (absent or 1: the first). */
export interface ItemNumber {
  number: number;
  occurrence?: number | undefined;
}

/**
 * Which item of its number each item is: minutes sometimes repeat a number
 * ("Punkt 1" twice, "Punkt 01" beside "Punkt 1"); the second is 2, and so on.
 */
export function occurrences(items: readonly { number: number }[]): number[] {
  const seen = new Map<number, number>();
  return items.map((item) => {
    const nth = (seen.get(item.number) ?? 0) + 1;
    seen.set(item.number, nth);
    return nth;
  });
}

/** Last path segment of an item page: "punkt-16", or "punkt-16-2" for the second item numbered 16. */
export function itemSegment(item: ItemNumber): string {
  return item.occurrence !== undefined && item.occurrence > 1 ? `punkt-${item.number}-${item.occurrence}` : `punkt-${item.number}`;
}

/** Public path (without base) of an item page: .../2021-02-04/punkt-16/ */
export function itemPath(meeting: MeetingKey, item: ItemNumber): string {
  return `${meetingPath(meeting)}${itemSegment(item)}/`;
}

export function committeePath(meeting: Omit<MeetingKey, 'date'>): string {
  return `/${municipalitySlug(meeting.municipality)}/${slugify(meeting.committee)}/`;
}

export function municipalityPath(municipality: string | null): string {
  return `/${municipalitySlug(municipality)}/`;
}

/** Top-level folders of the site that are not municipalities. */
export const reservedMunicipalitySlugs: ReadonlySet<string> = new Set(['soeg', 'sider', 'pagefind', '_astro', '404', 'was', 'oparl', 'data']);

export interface SlugClash {
  /** The slug the names share. */
  slug: string;
  /** Sorted; the first keeps `slug` (unless reserved), the others get "-2", "-3", … */
  names: string[];
}

/**
 * One URL segment per distinct name, even where names slug alike
 * ("Økonomiudvalget" and "Oekonomiudvalget", "../../x" and "x"): the names
 * of a shared slug in code-unit order keep it, then "-2", "-3", … skipping
 * every slug another name has, so the same names get the same URLs on every
 * build. `reserved` slugs are never handed out.
 */
export function uniqueSlugs(
  names: Iterable<string>,
  slugOf: (name: string) => string,
  reserved: ReadonlySet<string> = new Set(),
): { slugs: Map<string, string>; clashes: SlugClash[] } {
  const groups = new Map<string, string[]>();
  for (const name of [...new Set(names)].sort()) {
    const slug = slugOf(name);
    groups.set(slug, [...(groups.get(slug) ?? []), name]);
  }
  const taken = new Set([...reserved, ...groups.keys()]);
  const slugs = new Map<string, string>();
  const clashes: SlugClash[] = [];
  for (const [slug, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let next = 2;
    group.forEach((name, index) => {
      if (index === 0 && !reserved.has(slug)) {
        slugs.set(name, slug);
        return;
      }
      while (taken.has(`${slug}-${next}`)) next++;
      taken.add(`${slug}-${next}`);
      slugs.set(name, `${slug}-${next}`);
    });
    if (group.length > 1 || reserved.has(slug)) clashes.push({ slug, names: group });
  }
  return { slugs, clashes };
}

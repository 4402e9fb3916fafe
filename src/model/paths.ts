/**
 * Stable names: content file paths and public URLs.
 *
 * A URL once published must never change for the same meeting and item, so
 * URLs are built only from municipality, committee, date and item number —
 * never from titles, which the minutes sometimes correct.
 */
import { slug } from 'github-slugger';
import { cprPathToken, redactCpr } from '../minutes/redact.ts';

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

/** "Roskilde Kommune" and a folder named "roskilde" name the same municipality. */
export function municipalitySlug(municipality: string | null): string {
  return municipality ? slugify(municipality.replace(/\s+kommune\s*$/i, '')) : unknownMunicipality;
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

/** Public path (without base) of an item page: .../2021-02-04/punkt-16/ */
export function itemPath(meeting: MeetingKey, item: { number: number }): string {
  return `${meetingPath(meeting)}punkt-${item.number}/`;
}

export function committeePath(meeting: Omit<MeetingKey, 'date'>): string {
  return `/${municipalitySlug(meeting.municipality)}/${slugify(meeting.committee)}/`;
}

export function municipalityPath(municipality: string | null): string {
  return `/${municipalitySlug(municipality)}/`;
}

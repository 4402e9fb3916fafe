/**
 * Page data, computed once per build from the meetings' frontmatter.
 *
 * 75 000 item pages call getStaticPaths/props, so everything a listing or a
 * pager needs is grouped and sorted here a single time (O(n log n)) and then
 * only looked up. Item bodies are never needed for listings: a meeting's
 * `agenda` carries one line per item.
 *
 * Pure functions only: no `astro:content`, so this is unit-testable;
 * `site-data.ts` feeds it the collections.
 */
import type { AgendaEntry, ItemFrontmatter, MeetingFrontmatter } from '../model/schema.ts';
import {
  itemSegment,
  meetingId,
  municipalitySlug,
  reservedMunicipalitySlugs,
  slugify,
  uniqueSlugs,
  unknownMunicipality,
} from '../model/paths.ts';
import { builtinMunicipalities, type MunicipalityTable } from '../model/municipalities.ts';
import { formatShortDate, yearOf } from './format-date.ts';
import { t } from './i18n.ts';

export interface MeetingRecord {
  id: string;
  data: MeetingFrontmatter;
}

export interface ItemRecord {
  id: string;
  data: ItemFrontmatter;
}

export interface Link {
  label: string;
  /** Site path without base, e.g. "/roskilde/". */
  path: string;
}

export interface MunicipalityRef {
  name: string;
  slug: string;
  path: string;
}

export interface CommitteeRef {
  name: string;
  path: string;
  municipality: MunicipalityRef;
}

export interface MeetingSummary {
  id: string;
  path: string;
  date: string;
  committee: CommitteeRef;
  itemCount: number;
}

export interface YearGroup {
  year: string;
  meetings: MeetingSummary[];
}

export interface CommitteeGroup extends CommitteeRef {
  slug: string;
  /** Newest first. */
  meetings: MeetingSummary[];
  /** Newest year first, meetings newest first. */
  years: YearGroup[];
}

export interface MunicipalityGroup extends MunicipalityRef {
  /** Alphabetical (Danish collation). */
  committees: CommitteeGroup[];
  meetingCount: number;
}

export interface AgendaLink extends AgendaEntry {
  path: string;
}

/** The published document of a meeting (PDF, DOCX), served beside its page. */
export interface DocumentLink {
  /** Site path, e.g. "/roskilde/oekonomiudvalget/2021-03-02/referat.pdf". */
  path: string;
  format: 'pdf' | 'docx';
  bytes: number;
}

/** Where the site publishes a meeting's document, or undefined for text minutes. */
export function documentLink(source: MeetingFrontmatter['source'], meetingPath: string): DocumentLink | undefined {
  return source.format === 'text' ? undefined : { path: `${meetingPath}referat.${source.format}`, format: source.format, bytes: source.bytes };
}

export interface MeetingRoute {
  summary: MeetingSummary;
  /** The published document, linked from the meeting page and its items' pages. */
  document: DocumentLink | undefined;
  data: MeetingFrontmatter;
  /** In agenda order (by item number). */
  agenda: AgendaLink[];
  /** The committee's meeting before this one (older), if any. */
  previous: MeetingSummary | undefined;
  /** The committee's meeting after this one (newer), if any. */
  next: MeetingSummary | undefined;
  breadcrumbs: Link[];
}

export interface ItemRoute {
  path: string;
  /** The meeting's published document. */
  document: DocumentLink | undefined;
  committee: CommitteeRef;
  /** Undefined when the item's meeting file is missing. */
  meeting: MeetingSummary | undefined;
  previous: AgendaLink | undefined;
  next: AgendaLink | undefined;
  breadcrumbs: Link[];
}

/** Distinct names that slug alike, and the URL each got instead (paths.ts `uniqueSlugs`). */
export interface NameClash {
  kind: 'municipality' | 'committee';
  /** The slug they share. */
  slug: string;
  /** In the order they got their URLs: the first keeps the plain one. */
  names: { name: string; path: string; /** Its newest meeting. */ meeting: MeetingFrontmatter; meetingId: string }[];
}

export interface SiteIndex {
  /** Alphabetical. */
  municipalities: MunicipalityGroup[];
  /** All committees, keyed "<municipality-slug>/<committee-slug>" (the slugs of their URL). */
  committees: Map<string, CommitteeGroup>;
  /** Distinct names whose URLs would have been the same. */
  clashes: NameClash[];
  /** All meetings, newest first. */
  meetings: MeetingSummary[];
  /** By content id. */
  routes: Map<string, MeetingRoute>;
  /** The committee of a meeting or item, by its names (undefined: no meeting of it). */
  committeeOf: (data: { municipality: string | null; committee: string }) => CommitteeGroup | undefined;
  /** The municipalities the names are matched against (model/municipalities.ts). */
  table: MunicipalityTable;
}

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/** Newest first; same-day meetings by committee name, then id, so output is stable. */
export function compareNewestFirst(a: MeetingSummary, b: MeetingSummary): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return collator.compare(a.committee.name, b.committee.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The table's name of a municipality ("Helsingor Kommune" → "Helsingør Kommune"), else the name as written. */
export function municipalityName(municipality: string | null, table: MunicipalityTable = builtinMunicipalities): string {
  return municipality === null ? t('municipality.unknown') : (table.match(municipality)?.name ?? municipality);
}

/**
 * One identity per municipality: the table's entry ("Helsingør Kommune", "Helsingor" and "helsingoer" are one),
 * else the name without "Kommune" ("Testby Kommune" and "Testby" are one); null (unknown) is "".
 */
function municipalityIdentity(municipality: string | null, table: MunicipalityTable): string {
  if (municipality === null) return '';
  return table.match(municipality)?.name ?? municipality.replace(/\s+kommune\s*$/i, '');
}

/** Groups and sorts all meetings once. */
export function buildSiteIndex(records: readonly MeetingRecord[], table: MunicipalityTable = builtinMunicipalities): SiteIndex {
  const identitySlug = (identity: string): string => (identity === '' ? unknownMunicipality : municipalitySlug(identity, table));
  /** Committees are told apart by municipality and exact name. */
  const committeeIdentity = (data: { municipality: string | null; committee: string }): string => `${municipalityIdentity(data.municipality, table)}\0${data.committee}`;
  const municipalityIdentityOf = (municipality: string | null): string => municipalityIdentity(municipality, table);
  const committees = new Map<string, CommitteeGroup>();
  const byIdentity = new Map<string, CommitteeGroup>();
  const municipalities = new Map<string, MunicipalityGroup>();
  const meetings: MeetingSummary[] = [];
  const dataById = new Map<string, MeetingFrontmatter>();

  // Newest first, so the first meeting seen names its municipality and is the one a clash names.
  const sorted = records
    .map((record) => ({ record, date: record.data.date }))
    .sort((a, b) => (a.date === b.date ? (a.record.id < b.record.id ? -1 : 1) : a.date < b.date ? 1 : -1));

  // Distinct names get distinct URLs, decided from the sorted names alone.
  const municipalitySlugs = uniqueSlugs(records.map((r) => municipalityIdentityOf(r.data.municipality)), identitySlug, reservedMunicipalitySlugs);
  const committeeNames = new Map<string, string[]>();
  for (const { data } of records) {
    const mSlug = municipalitySlugs.slugs.get(municipalityIdentityOf(data.municipality))!;
    committeeNames.set(mSlug, [...(committeeNames.get(mSlug) ?? []), data.committee]);
  }
  const committeeSlugs = new Map([...committeeNames].map(([mSlug, names]) => [mSlug, uniqueSlugs(names, slugify)]));
  // The newest meeting of each municipality (by identity) and committee, which a clash names.
  const newestOfMunicipality = new Map<string, MeetingRecord>();
  const newestOfCommittee = new Map<CommitteeGroup, MeetingRecord>();

  for (const { record } of sorted) {
    const { data } = record;
    const mIdentity = municipalityIdentityOf(data.municipality);
    const mSlug = municipalitySlugs.slugs.get(mIdentity)!;
    if (!newestOfMunicipality.has(mIdentity)) newestOfMunicipality.set(mIdentity, record);
    let municipality = municipalities.get(mSlug);
    if (!municipality) {
      municipality = {
        name: municipalityName(data.municipality, table),
        slug: mSlug,
        path: `/${mSlug}/`,
        committees: [],
        meetingCount: 0,
      };
      municipalities.set(mSlug, municipality);
    }
    const identity = committeeIdentity(data);
    let committee = byIdentity.get(identity);
    if (!committee) {
      const slug = committeeSlugs.get(mSlug)!.slugs.get(data.committee)!;
      committee = {
        name: data.committee,
        slug,
        path: `${municipality.path}${slug}/`,
        municipality: { name: municipality.name, slug: municipality.slug, path: municipality.path },
        meetings: [],
        years: [],
      };
      committees.set(`${mSlug}/${slug}`, committee);
      byIdentity.set(identity, committee);
      newestOfCommittee.set(committee, record);
      municipality.committees.push(committee);
    }
    const ref: CommitteeRef = { name: committee.name, path: committee.path, municipality: committee.municipality };
    const summary: MeetingSummary = {
      id: record.id,
      path: `${committee.path}${data.date}/`,
      date: data.date,
      committee: ref,
      itemCount: data.agenda.length,
    };
    meetings.push(summary);
    committee.meetings.push(summary);
    municipality.meetingCount += 1;
    dataById.set(record.id, data);
  }

  const clashes: NameClash[] = [];
  for (const clash of municipalitySlugs.clashes) {
    const names = clash.names.map((identity) => {
      const record = newestOfMunicipality.get(identity)!;
      return { name: municipalityName(record.data.municipality, table), path: `/${municipalitySlugs.slugs.get(identity)!}/`, meeting: record.data, meetingId: record.id };
    });
    clashes.push({ kind: 'municipality', slug: clash.slug, names });
  }
  for (const [mSlug, assigned] of committeeSlugs) {
    for (const clash of assigned.clashes) {
      const names = clash.names.map((name) => {
        const committee = committees.get(`${mSlug}/${assigned.slugs.get(name)!}`)!;
        const record = newestOfCommittee.get(committee)!;
        return { name, path: committee.path, meeting: record.data, meetingId: record.id };
      });
      clashes.push({ kind: 'committee', slug: clash.slug, names });
    }
  }

  meetings.sort(compareNewestFirst);
  for (const committee of committees.values()) {
    committee.meetings.sort(compareNewestFirst);
    committee.years = groupByYear(committee.meetings);
  }
  const municipalityList = [...municipalities.values()].sort((a, b) => collator.compare(a.name, b.name));
  for (const municipality of municipalityList) {
    municipality.committees.sort((a, b) => collator.compare(a.name, b.name));
  }

  const routes = new Map<string, MeetingRoute>();
  for (const committee of committees.values()) {
    const list = committee.meetings; // newest first
    list.forEach((summary, index) => {
      const data = dataById.get(summary.id)!;
      routes.set(summary.id, {
        summary,
        document: documentLink(data.source, summary.path),
        data,
        agenda: agendaLinks(data, summary.path),
        previous: list[index + 1],
        next: index > 0 ? list[index - 1] : undefined,
        breadcrumbs: [
          { label: t('nav.home'), path: '/' },
          { label: committee.municipality.name, path: committee.municipality.path },
          { label: committee.name, path: committee.path },
          { label: formatShortDate(summary.date), path: summary.path },
        ],
      });
    });
  }

  return { municipalities: municipalityList, committees, clashes, meetings, routes, committeeOf: (data) => byIdentity.get(committeeIdentity(data)), table };
}

/** Meetings (already newest first) grouped by year, newest year first. */
export function groupByYear(meetings: readonly MeetingSummary[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const meeting of meetings) {
    const year = yearOf(meeting.date);
    const last = groups.at(-1);
    if (last && last.year === year) last.meetings.push(meeting);
    else groups.push({ year, meetings: [meeting] });
  }
  return groups;
}

/** The agenda of a meeting whose page is at `meetingPath`. */
export function agendaLinks(data: MeetingFrontmatter, meetingPath: string): AgendaLink[] {
  return [...data.agenda]
    .sort((a, b) => a.number - b.number)
    .map((entry) => ({ ...entry, path: `${meetingPath}${itemSegment(entry)}/` }));
}

/**
 * What an item's route is made of besides the item: its meeting's page (summary, document, agenda), or without
 * one the committee it sits below. One object for all of a meeting's items, so the build plan hashes it once.
 */
export interface ItemRouteContext {
  committee: CommitteeRef;
  /** Undefined when the item's meeting has no page. */
  meeting: MeetingSummary | undefined;
  document: DocumentLink | undefined;
  /** The meeting's agenda; empty without its page. */
  agenda: AgendaLink[];
}

/** The context of a meeting's items, from its page's route. */
export function itemContextOf(route: MeetingRoute): ItemRouteContext {
  return { committee: route.summary.committee, meeting: route.summary, document: route.document, agenda: route.agenda };
}

/** The context of an item of meeting `meeting` (`data`: the item's, for a meeting without a page). */
export function itemRouteContext(index: SiteIndex, data: ItemFrontmatter, meeting: string = meetingId(data)): ItemRouteContext {
  const route = index.routes.get(meeting);
  if (route) return itemContextOf(route);
  // Without its meeting file the item still sits below its committee, if the site has one.
  const group = index.committeeOf(data);
  const committee: CommitteeRef = (group && { name: group.name, path: group.path, municipality: group.municipality }) ?? {
    name: data.committee,
    path: `/${municipalitySlug(data.municipality, index.table)}/${slugify(data.committee)}/`,
    municipality: {
      name: municipalityName(data.municipality, index.table),
      slug: municipalitySlug(data.municipality, index.table),
      path: `/${municipalitySlug(data.municipality, index.table)}/`,
    },
  };
  return { committee, meeting: undefined, document: undefined, agenda: [] };
}

/**
 * Breadcrumbs, pager and meeting link of one item page; O(agenda length). `meeting`: the id of the meeting the item
 * belongs to, when the caller knows it (the manifest lists items under their meeting): else made from the item's data.
 */
export function itemRoute(index: SiteIndex, item: ItemRecord, meeting: string = meetingId(item.data)): ItemRoute {
  return itemRouteIn(itemRouteContext(index, item.data, meeting), item.data);
}

/** An item's route from its context and its data alone (pure: the build plan fingerprints the two instead of the route). */
export function itemRouteIn(context: ItemRouteContext, data: ItemFrontmatter): ItemRoute {
  const { committee, agenda } = context;
  const occurrence = data.occurrence ?? 1;
  const position = agenda.findIndex((entry) => entry.number === data.number && (entry.occurrence ?? 1) === occurrence);
  const meetingPath = context.meeting?.path ?? `${committee.path}${data.date}/`;
  const path = `${meetingPath}${itemSegment(data)}/`;
  return {
    path,
    document: context.document,
    committee,
    meeting: context.meeting,
    previous: position > 0 ? agenda[position - 1] : undefined,
    next: position >= 0 ? agenda[position + 1] : undefined,
    breadcrumbs: [
      { label: t('nav.home'), path: '/' },
      { label: committee.municipality.name, path: committee.municipality.path },
      { label: committee.name, path: committee.path },
      { label: formatShortDate(data.date), path: meetingPath },
      { label: t('item.number', { number: data.number }), path },
    ],
  };
}

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
  committeePath,
  itemPath,
  meetingId,
  meetingPath,
  municipalityPath,
  municipalitySlug,
  slugify,
} from '../model/paths.ts';
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

export interface MeetingRoute {
  summary: MeetingSummary;
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
  committee: CommitteeRef;
  /** Undefined when the item's meeting file is missing. */
  meeting: MeetingSummary | undefined;
  previous: AgendaLink | undefined;
  next: AgendaLink | undefined;
  breadcrumbs: Link[];
}

export interface SiteIndex {
  /** Alphabetical. */
  municipalities: MunicipalityGroup[];
  /** All committees, keyed "<municipality-slug>/<committee-slug>". */
  committees: Map<string, CommitteeGroup>;
  /** All meetings, newest first. */
  meetings: MeetingSummary[];
  /** By content id. */
  routes: Map<string, MeetingRoute>;
}

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/** Newest first; same-day meetings by committee name, then id, so output is stable. */
export function compareNewestFirst(a: MeetingSummary, b: MeetingSummary): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return collator.compare(a.committee.name, b.committee.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function municipalityName(municipality: string | null): string {
  return municipality ?? t('municipality.unknown');
}

function committeeKey(data: { municipality: string | null; committee: string }): string {
  return `${municipalitySlug(data.municipality)}/${slugify(data.committee)}`;
}

/** Groups and sorts all meetings once. */
export function buildSiteIndex(records: readonly MeetingRecord[]): SiteIndex {
  const committees = new Map<string, CommitteeGroup>();
  const municipalities = new Map<string, MunicipalityGroup>();
  const meetings: MeetingSummary[] = [];
  const dataById = new Map<string, MeetingFrontmatter>();

  // Newest first, so the first meeting seen names its committee and municipality.
  const sorted = records
    .map((record) => ({ record, date: record.data.date }))
    .sort((a, b) => (a.date === b.date ? (a.record.id < b.record.id ? -1 : 1) : a.date < b.date ? 1 : -1));

  for (const { record } of sorted) {
    const { data } = record;
    const mSlug = municipalitySlug(data.municipality);
    let municipality = municipalities.get(mSlug);
    if (!municipality) {
      municipality = {
        name: municipalityName(data.municipality),
        slug: mSlug,
        path: municipalityPath(data.municipality),
        committees: [],
        meetingCount: 0,
      };
      municipalities.set(mSlug, municipality);
    }
    const key = committeeKey(data);
    let committee = committees.get(key);
    if (!committee) {
      committee = {
        name: data.committee,
        slug: slugify(data.committee),
        path: committeePath(data),
        municipality: { name: municipality.name, slug: municipality.slug, path: municipality.path },
        meetings: [],
        years: [],
      };
      committees.set(key, committee);
      municipality.committees.push(committee);
    }
    const ref: CommitteeRef = { name: committee.name, path: committee.path, municipality: committee.municipality };
    const summary: MeetingSummary = {
      id: record.id,
      path: meetingPath(data),
      date: data.date,
      committee: ref,
      itemCount: data.agenda.length,
    };
    meetings.push(summary);
    committee.meetings.push(summary);
    municipality.meetingCount += 1;
    dataById.set(record.id, data);
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
        data,
        agenda: agendaLinks(data),
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

  return { municipalities: municipalityList, committees, meetings, routes };
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

export function agendaLinks(data: MeetingFrontmatter): AgendaLink[] {
  return [...data.agenda]
    .sort((a, b) => a.number - b.number)
    .map((entry) => ({ ...entry, path: itemPath(data, entry) }));
}

/** Breadcrumbs, pager and meeting link of one item page; O(agenda length). */
export function itemRoute(index: SiteIndex, item: ItemRecord): ItemRoute {
  const { data } = item;
  const route = index.routes.get(meetingId(data));
  const committee: CommitteeRef = route?.summary.committee ?? {
    name: data.committee,
    path: committeePath(data),
    municipality: {
      name: municipalityName(data.municipality),
      slug: municipalitySlug(data.municipality),
      path: municipalityPath(data.municipality),
    },
  };
  const agenda = route?.agenda ?? [];
  const occurrence = data.occurrence ?? 1;
  const position = agenda.findIndex((entry) => entry.number === data.number && (entry.occurrence ?? 1) === occurrence);
  const path = itemPath(data, data);
  return {
    path,
    committee,
    meeting: route?.summary,
    previous: position > 0 ? agenda[position - 1] : undefined,
    next: position >= 0 ? agenda[position + 1] : undefined,
    breadcrumbs: [
      { label: t('nav.home'), path: '/' },
      { label: committee.municipality.name, path: committee.municipality.path },
      { label: committee.name, path: committee.path },
      { label: formatShortDate(data.date), path: meetingPath(data) },
      { label: t('item.number', { number: data.number }), path },
    ],
  };
}

/**
 * What a page says about itself to search engines and link previews: its
 * meta description (and Open Graph description) and its schema.org JSON-LD.
 * One function per kind of page, from the props the page renders.
 *
 * Addresses come from `urlOf`: absolute with `--site`, else paths with the
 * base (JSON-LD resolves them against the page, as a browser does).
 *
 * Pure.
 */
import type { PageConfig } from '../config/page-config.ts';
import type { ItemPage } from '../site/routes.ts';
import type { CommitteeGroup, CommitteeRef, DocumentLink, MeetingRoute, MunicipalityGroup } from '../utils/route-data.ts';
import { formatLongDate, formatShortDate } from '../utils/format-date.ts';
import { t, tCount } from '../utils/i18n.ts';
import { copenhagenDateTime } from './time.ts';
import { descriptionLength, summaryLine } from './text.ts';

export type UrlOf = (path: string) => string;

/** A JSON-LD node. */
export type JsonLd = Record<string, unknown>;

export interface PageMeta {
  description: string;
  jsonLd: JsonLd | undefined;
}

const context = 'https://schema.org';
const oneLine = (text: string): string => summaryLine(text, descriptionLength);

const organizerOf = (committee: CommitteeRef, urlOf: UrlOf): JsonLd => ({
  '@type': 'Organization',
  name: committee.name,
  url: urlOf(committee.path),
  parentOrganization: { '@type': 'GovernmentOrganization', name: committee.municipality.name, url: urlOf(committee.municipality.path) },
});

const minutesName = (committee: CommitteeRef, date: string): string => t('meta.minutes', { committee: committee.name, date: formatShortDate(date) });

interface MeetingFacts {
  committee: CommitteeRef;
  /** The meeting page. */
  path: string;
  date: string;
  startTime: string | null;
  location: string | null;
}

/** The meeting as a schema.org Event. */
function eventOf(meeting: MeetingFacts, urlOf: UrlOf): JsonLd {
  return {
    '@type': 'Event',
    name: `${meeting.committee.name}, ${formatShortDate(meeting.date)}`,
    url: urlOf(meeting.path),
    startDate: copenhagenDateTime(meeting.date, meeting.startTime),
    ...(meeting.location ? { location: { '@type': 'Place', name: meeting.location } } : {}),
    organizer: organizerOf(meeting.committee, urlOf),
  };
}

/** The minutes, the CreativeWork a meeting is recorded in: the published document where there is one, else the meeting page. */
function minutesOf(meeting: MeetingFacts, document: DocumentLink | undefined, urlOf: UrlOf): JsonLd {
  return {
    '@type': document ? 'DigitalDocument' : 'CreativeWork',
    name: minutesName(meeting.committee, meeting.date),
    url: urlOf(document?.path ?? meeting.path),
    inLanguage: 'da',
    ...(document ? { encodingFormat: document.format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } : {}),
  };
}

/** A meeting: an Event with its participants, recorded in the minutes, whose parts are the items. */
export function meetingMeta(route: MeetingRoute, urlOf: UrlOf): PageMeta {
  const { data, summary } = route;
  const facts: MeetingFacts = { committee: summary.committee, path: summary.path, date: data.date, startTime: data.startTime, location: data.location };
  const description = oneLine(
    t('meta.meeting', {
      committee: summary.committee.name,
      municipality: summary.committee.municipality.name,
      date: formatLongDate(data.date),
      time: data.startTime ? t('meta.meetingTime', { time: data.startTime }) : '',
      place: data.location ? t('meta.meetingPlace', { place: data.location }) : '',
    }),
  );
  const attendees = data.participants.filter((participant) => !participant.absent);
  const parts = route.agenda.map((entry) => ({ '@type': 'CreativeWork', position: entry.number, name: t('item.title', { number: entry.number, title: entry.title }), url: urlOf(entry.path) }));
  return {
    description,
    jsonLd: {
      '@context': context,
      ...eventOf(facts, urlOf),
      ...(attendees.length > 0 ? { attendee: attendees.map((participant) => ({ '@type': 'Person', name: participant.name })) } : {}),
      recordedIn: { ...minutesOf(facts, route.document, urlOf), ...(parts.length > 0 ? { hasPart: parts } : {}) },
    },
  };
}

/**
 * An item: the start of its decision, else its title, committee and date. A
 * closed item's page shows no decision, so neither does its description.
 * In JSON-LD a part of the minutes, which record the meeting.
 */
export function itemMeta(page: ItemPage['props'], urlOf: UrlOf): PageMeta {
  const { data, route } = page;
  const title = t('item.title', { number: data.number, title: data.title });
  const decision = !data.closed && data.decision ? oneLine(data.decision) : undefined;
  const description = decision ?? oneLine(`${title} – ${route.committee.name}, ${formatShortDate(data.date)}`);
  const facts: MeetingFacts | undefined =
    route.meeting && page.meeting ? { committee: route.committee, path: route.meeting.path, date: data.date, startTime: page.meeting.startTime, location: page.meeting.location } : undefined;
  const jsonLd: JsonLd = {
    '@context': context,
    '@type': 'CreativeWork',
    name: title,
    url: urlOf(route.path),
    position: data.number,
    inLanguage: 'da',
    ...(decision ? { abstract: decision } : {}),
    ...(facts ? { isPartOf: { ...minutesOf(facts, route.document, urlOf), recordedAt: eventOf(facts, urlOf) } } : {}),
  };
  return { description, jsonLd };
}

export function committeeMeta(committee: CommitteeGroup, urlOf: UrlOf): PageMeta {
  const newest = committee.meetings[0];
  const count = tCount(committee.meetings.length, 'municipality.meetingCountOne', 'municipality.meetingCount');
  const description = newest
    ? oneLine(t('meta.committee', { count, committee: committee.name, municipality: committee.municipality.name, date: formatShortDate(newest.date) }))
    : oneLine(`${committee.name}, ${committee.municipality.name}`);
  return { description, jsonLd: { '@context': context, ...organizerOf(committee, urlOf) } };
}

export function municipalityMeta(municipality: MunicipalityGroup, urlOf: UrlOf): PageMeta {
  const count = tCount(municipality.meetingCount, 'municipality.meetingCountOne', 'municipality.meetingCount');
  const description = oneLine(t('meta.municipality', { count, municipality: municipality.name, committees: municipality.committees.map((committee) => committee.name).join(', ') }));
  return {
    description,
    jsonLd: {
      '@context': context,
      '@type': 'GovernmentOrganization',
      name: municipality.name,
      url: urlOf(municipality.path),
      subOrganization: municipality.committees.map((committee) => ({ '@type': 'Organization', name: committee.name, url: urlOf(committee.path) })),
    },
  };
}

/** The front page: the site, with its search. */
export function frontMeta(config: PageConfig, urlOf: UrlOf): PageMeta {
  return {
    description: config.description,
    jsonLd: {
      '@context': context,
      '@type': 'WebSite',
      name: config.title,
      description: config.description,
      url: urlOf('/'),
      inLanguage: 'da',
      ...(config.publisher ? { publisher: { '@type': 'Organization', name: config.publisher.name } } : {}),
      potentialAction: { '@type': 'SearchAction', target: `${urlOf('/soeg/')}?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
    },
  };
}

/** Any other page: a WebPage (a SearchResultsPage for search) with its name and description. */
export function webPageMeta(name: string, path: string, description: string, urlOf: UrlOf, type: 'WebPage' | 'SearchResultsPage' = 'WebPage'): PageMeta {
  return { description, jsonLd: { '@context': context, '@type': type, name, url: urlOf(path), description, inLanguage: 'da' } };
}

/** JSON-LD as the text of a `<script type="application/ld+json">`: no `</script>` can end it early. */
export function jsonLdText(value: JsonLd): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

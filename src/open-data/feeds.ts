/**
 * Atom feeds (the `feed` package): one for the whole site, one per
 * municipality and one per committee, each with the newest items, an item's
 * decision as its summary and a link to its page.
 *
 * Atom needs absolute addresses (an entry's id is an IRI, and `feed` refuses
 * relative links), so feeds are written only for a site with `--site`;
 * build-site.ts warns once without one. Every date comes from the minutes
 * (the meeting's day and start in Danish time), never from the clock, so the
 * same content gives the same bytes.
 *
 * Pure.
 */
import { Feed } from 'feed';
import { t } from '../utils/i18n.ts';
import { formatShortDate } from '../utils/format-date.ts';
import type { ItemPage } from '../site/routes.ts';
import type { CommitteeGroup, MeetingSummary } from '../utils/route-data.ts';
import { absoluteOf, fileOf, type OpenDataFiles, type OpenDataInput } from './input.ts';
import { feedPath } from './paths.ts';
import { copenhagenInstant } from './time.ts';
import { paragraphsHtml, textHtml, xmlSafe } from './text.ts';

/** Entries per feed: the newest items. */
export const feedEntries = 50;

interface Entry {
  page: ItemPage;
  instant: number;
  /** Position of its meeting in the site's newest-first order, for ties. */
  rank: number;
  occurrence: number;
}

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/** The meeting's start as an instant. */
const startOf = (input: OpenDataInput, meeting: MeetingSummary): number => copenhagenInstant(meeting.date, input.routes.index.routes.get(meeting.id)?.data.startTime ?? null).getTime();

/**
 * Every built item page, newest first: by the start of its meeting, then as
 * the site lists meetings of one day (committee name, id), then in agenda
 * order.
 */
function entriesOf(input: OpenDataInput): Entry[] {
  const rank = new Map(input.routes.index.meetings.map((meeting, index) => [meeting.id, index]));
  const entries: Entry[] = [];
  for (const page of input.routes.items) {
    if (!input.pages.has(page.path)) continue;
    const meeting = page.props.route.meeting;
    entries.push({
      page,
      instant: meeting ? startOf(input, meeting) : copenhagenInstant(page.props.data.date, null).getTime(),
      rank: meeting ? (rank.get(meeting.id) ?? Infinity) : Infinity,
      occurrence: page.props.data.occurrence ?? 1,
    });
  }
  return entries.sort(
    (a, b) =>
      b.instant - a.instant ||
      a.rank - b.rank ||
      collator.compare(a.page.props.route.committee.name, b.page.props.route.committee.name) ||
      a.page.props.data.number - b.page.props.data.number ||
      a.occurrence - b.occurrence ||
      (a.page.path < b.page.path ? -1 : 1),
  );
}

/**
 * The summary: the decision as the site publishes it. A closed item's page
 * shows no decision, only the meeting's agenda line does, so a closed item
 * gets that line.
 */
function summaryOf(input: OpenDataInput, page: ItemPage): string {
  const { data, route } = page.props;
  if (!data.closed) return data.decision ? paragraphsHtml(data.decision) : `<p>${textHtml(t('meeting.noDecision'))}</p>`;
  const meeting = route.meeting && input.routes.index.routes.get(route.meeting.id);
  const line = meeting?.agenda.find((entry) => entry.number === data.number && (entry.occurrence ?? 1) === (data.occurrence ?? 1))?.decision;
  return `<p>${textHtml(line ?? t('meeting.noDecision'))}</p><p>${textHtml(t('item.closedNotice'))}</p>`;
}

interface FeedSpec {
  /** The listing page the feed follows. */
  path: string;
  title: string;
  subtitle: string;
  author: string;
  entries: Entry[];
  /** The start of its newest meeting: the feed's `updated` (a meeting without items counts, too). */
  newest: number | undefined;
}

function render(input: OpenDataInput, spec: FeedSpec): string {
  const updated = spec.newest ?? spec.entries[0]?.instant ?? 0;
  const feed = new Feed({
    id: absoluteOf(input, spec.path),
    title: xmlSafe(spec.title),
    description: xmlSafe(spec.subtitle),
    link: absoluteOf(input, spec.path),
    feed: absoluteOf(input, feedPath(spec.path)),
    updated: new Date(updated),
    author: { name: xmlSafe(spec.author) },
    generator: 'Referat',
    ...(input.config.openData ? { copyright: xmlSafe(input.config.openData.licence) } : {}),
  });
  for (const { page, instant } of spec.entries) {
    const { data, route } = page.props;
    const url = absoluteOf(input, page.path);
    feed.addItem({
      title: textHtml(t('feed.entryTitle', { number: data.number, title: data.title, committee: route.committee.name, date: formatShortDate(data.date) })),
      id: url,
      link: url,
      date: new Date(instant),
      description: summaryOf(input, page),
    });
  }
  return `${feed.atom1()}\n`;
}

/** "/", each municipality's and each committee's feed, by file; none without a site. */
export function atomFeeds(input: OpenDataInput): OpenDataFiles {
  const files: OpenDataFiles = new Map();
  if (!input.site) return files;
  const entries = entriesOf(input);
  const { index } = input.routes;
  const publisher = input.config.publisher?.name;
  /** The latest start among the meetings of the newest day (meetings of one day are not ordered by time). */
  const newestOf = (meetings: readonly MeetingSummary[]): number | undefined => {
    let day = '';
    for (const meeting of meetings) if (meeting.date > day) day = meeting.date;
    const starts = meetings.filter((meeting) => meeting.date === day).map((meeting) => startOf(input, meeting));
    return starts.length === 0 ? undefined : Math.max(...starts);
  };

  // One pass fills every feed with its newest entries.
  const byMunicipality = new Map<string, Entry[]>();
  const byCommittee = new Map<string, Entry[]>();
  const add = (map: Map<string, Entry[]>, key: string, entry: Entry): void => {
    const list = map.get(key) ?? [];
    if (list.length < feedEntries) list.push(entry);
    map.set(key, list);
  };
  for (const entry of entries) {
    const committee = entry.page.props.route.committee;
    add(byMunicipality, committee.municipality.path, entry);
    add(byCommittee, committee.path, entry);
  }

  const write = (spec: FeedSpec): void => void files.set(fileOf(feedPath(spec.path)), render(input, spec));
  if (input.pages.has('/') && index.meetings.length > 0) {
    write({ path: '/', title: input.config.title, subtitle: input.config.description, author: publisher ?? input.config.title, entries: entries.slice(0, feedEntries), newest: newestOf(index.meetings) });
  }
  for (const { props: { municipality } } of input.routes.municipalities) {
    if (!input.pages.has(municipality.path)) continue;
    const meetings = municipality.committees.flatMap((committee) => committee.meetings.filter((meeting) => meeting.date === committee.meetings[0]?.date));
    write({ path: municipality.path, title: municipality.name, subtitle: t('feed.municipalitySubtitle', { municipality: municipality.name }), author: publisher ?? municipality.name, entries: byMunicipality.get(municipality.path) ?? [], newest: newestOf(meetings) });
  }
  for (const { props: { committee } } of input.routes.committees) {
    if (!input.pages.has(committee.path)) continue;
    write(committeeSpec(committee, byCommittee.get(committee.path) ?? [], publisher, newestOf(committee.meetings)));
  }
  return files;
}

function committeeSpec(committee: CommitteeGroup, entries: Entry[], publisher: string | undefined, newest: number | undefined): FeedSpec {
  return {
    path: committee.path,
    title: t('feed.committeeTitle', { committee: committee.name, municipality: committee.municipality.name }),
    subtitle: t('feed.committeeSubtitle', { committee: committee.name, municipality: committee.municipality.name }),
    author: publisher ?? committee.municipality.name,
    entries,
    newest,
  };
}

/**
 * A site's OParl 1.1 data (issue 14) from its manifest and routes: the System,
 * a Body per municipality, an Organization per committee, a Meeting per
 * meeting with its AgendaItems, location and participants, a Person per
 * participant name and a File per published document, every object at its
 * own URL (paths.ts) and every list paged (lists.ts).
 *
 * Made from the same routes as the pages (src/site/routes.ts), so an object's
 * `web` is the page that shows it, and from nothing else: no clock, no file
 * system. The same manifest gives the same files, byte for byte.
 *
 * Pure.
 */
import type { SiteManifest } from '../../manifest/schema.ts';
import type { PageConfig } from '../../config/page-config.ts';
import type { SiteRoutes } from '../../site/routes.ts';
import type { MeetingRoute, MunicipalityGroup } from '../../utils/route-data.ts';
import { slugify, uniqueSlugs } from '../../model/paths.ts';
import { formatShortDate } from '../../utils/format-date.ts';
import { copenhagenDateTime } from '../time.ts';
import { listPages, type OparlFile } from './lists.ts';
import {
  agendaItemObject,
  bodyObject,
  fileObject,
  locationObject,
  meetingObject,
  organizationObject,
  personObject,
  systemObject,
  type BodyListUrls,
  type OparlObject,
} from './objects.ts';
import { oparlPaths, publicUrls, type BodyList, type PublicUrls } from './paths.ts';

export interface OparlSettings {
  /** The public address of the site ("https://referater.example.dk"). */
  site: string;
  /** The base path, e.g. "/referater/". */
  base: string;
  config: PageConfig;
}

export type { OparlFile } from './lists.ts';

const mimeTypes = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

const byId = (a: OparlObject, b: OparlObject): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Oldest first, then by id: a new meeting mostly lands on a list's last page. */
const chronological = (a: MeetingRoute, b: MeetingRoute): number => (a.data.date !== b.data.date ? (a.data.date < b.data.date ? -1 : 1) : a.summary.id < b.summary.id ? -1 : 1);

/** Where the meeting was held, as the minutes say; null when they do not. */
const placeOf = (route: MeetingRoute): string | null => route.data.location?.trim() || null;

/** "2. juni 2021", with plain spaces: the pages' no-break spaces are typography, not data. */
const dateText = (iso: string): string => formatShortDate(iso).replace(/\u00a0/g, ' ');

/** Every OParl file of the site, sorted by path. */
export function oparlFiles(manifest: SiteManifest, routes: SiteRoutes, settings: OparlSettings): OparlFile[] {
  const urls = publicUrls(settings.site, settings.base);
  const itemsByPath = new Map(routes.items.map((page) => [page.path, page.props]));
  const files: OparlFile[] = [];
  const bodies = routes.index.municipalities.map((municipality) => {
    const meetings = municipality.committees.flatMap((committee) => committee.meetings.map((summary) => routes.index.routes.get(summary.id)!)).sort(chronological);
    return bodyFiles(municipality, meetings, { urls, itemsByPath, manifest, files });
  });
  const system = systemObject({
    id: urls.file(oparlPaths.system),
    bodies: urls.file(oparlPaths.bodies),
    name: settings.config.title,
    website: urls.page('/'),
    license: settings.config.openData?.url ?? null,
    contactEmail: settings.config.publisher?.email ?? null,
    contactName: settings.config.publisher?.name ?? null,
  });
  files.push({ path: oparlPaths.system, json: system });
  files.push(...listPages(oparlPaths.bodies, bodies.sort(byId), urls.file));
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

interface Context {
  urls: PublicUrls;
  itemsByPath: Map<string, SiteRoutes['items'][number]['props']>;
  manifest: SiteManifest;
  /** Where the files are collected. */
  files: OparlFile[];
}

/** The files of one municipality; returns its Body. */
function bodyFiles(municipality: MunicipalityGroup, meetings: readonly MeetingRoute[], { urls, itemsByPath, manifest, files }: Context): OparlObject {
  const slug = municipality.slug;
  const bodyId = urls.file(oparlPaths.body(slug));
  const listPath = (list: BodyList): string => oparlPaths.bodyList(slug, list);
  const add = (path: string, json: OparlObject): void => void files.push({ path, json });

  // Participants are people of the municipality by their name as printed; locations by their text.
  const names = uniqueSlugs(meetings.flatMap((meeting) => meeting.data.participants.map((p) => p.name)), slugify).slugs;
  const personUrl = (name: string): string => urls.file(oparlPaths.person(slug, names.get(name)!));
  const places = uniqueSlugs(meetings.flatMap((meeting) => placeOf(meeting) ?? []), slugify).slugs;
  const locationUrl = (place: string): string => urls.file(oparlPaths.location(slug, places.get(place)!));

  const organizations = municipality.committees.map((committee) => {
    const path = oparlPaths.organization(committee.path);
    const organization = organizationObject({ id: urls.file(path), body: bodyId, name: committee.name, meetings: urls.file(oparlPaths.organizationMeetings(committee.path)), web: urls.page(committee.path) });
    add(path, organization);
    return organization;
  });

  const meetingObjects = new Map<string, OparlObject>();
  const agendaItems: OparlObject[] = [];
  const documents: OparlObject[] = [];
  const meetingsAt = new Map<string, string[]>();
  for (const route of meetings) {
    const { data, summary } = route;
    const meetingPath = oparlPaths.meeting(summary.path);
    const meetingId = urls.file(meetingPath);
    const items = route.agenda.map((entry, order) => {
      const item = itemsByPath.get(entry.path)?.data;
      const path = oparlPaths.agendaItem(entry.path);
      const object = agendaItemObject({
        id: urls.file(path),
        meeting: meetingId,
        number: String(entry.number),
        order,
        name: entry.title,
        public: !entry.closed,
        // A closed item's page shows no more than its title: neither does its data.
        resolutionText: entry.closed ? null : (item?.decision ?? null),
        web: urls.page(entry.path),
      });
      add(path, object);
      return object;
    });
    agendaItems.push(...items);
    let protocol: OparlObject | null = null;
    const document = manifest.meetings[summary.id]?.document;
    if (route.document && document) {
      const path = oparlPaths.minutesFile(summary.path);
      const [, committeeSlug] = summary.path.split('/').filter(Boolean);
      const file = {
        id: urls.file(path),
        name: `Referat – ${summary.committee.name}, ${dateText(data.date)}`,
        fileName: `${slug}-${committeeSlug}-${data.date}.${route.document.format}`,
        mimeType: mimeTypes[route.document.format],
        size: document.bytes,
        accessUrl: urls.page(route.document.path),
      };
      protocol = fileObject(file);
      const standalone = fileObject({ ...file, meetings: [meetingId] });
      add(path, standalone);
      documents.push(standalone);
    }
    const place = placeOf(route);
    if (place !== null) meetingsAt.set(place, [...(meetingsAt.get(place) ?? []), meetingId]);
    const participants = [...new Set(data.participants.filter((p) => !p.absent).map((p) => personUrl(p.name)))];
    const meeting = meetingObject({
      id: meetingId,
      name: `${summary.committee.name}, ${dateText(data.date)}`,
      start: data.startTime ? copenhagenDateTime(data.date, data.startTime) : null,
      location: place === null ? null : locationObject({ id: locationUrl(place), description: place }),
      organizations: [urls.file(oparlPaths.organization(summary.committee.path))],
      participants,
      resultsProtocol: protocol,
      agendaItems: items,
      web: urls.page(summary.path),
    });
    add(meetingPath, meeting);
    meetingObjects.set(summary.id, meeting);
  }

  const persons = [...names].map(([name, personSlug]) => {
    const path = oparlPaths.person(slug, personSlug);
    const person = personObject({ id: urls.file(path), body: bodyId, name });
    add(path, person);
    return person;
  });
  const locations = [...places].map(([place, placeSlug]) => {
    const path = oparlPaths.location(slug, placeSlug);
    const location = locationObject({ id: urls.file(path), description: place, bodies: [bodyId], meetings: meetingsAt.get(place) ?? [] });
    add(path, location);
    return location;
  });

  const byCommittee = new Map<string, OparlObject[]>(municipality.committees.map((committee) => [committee.path, []]));
  for (const route of meetings) byCommittee.get(route.summary.committee.path)!.push(meetingObjects.get(route.summary.id)!);
  for (const [committeePath, own] of byCommittee) files.push(...listPages(oparlPaths.organizationMeetings(committeePath), own, urls.file));
  const lists: Record<BodyList, OparlObject[]> = {
    organizations: organizations.sort(byId),
    persons: persons.sort(byId),
    meetings: [...meetingObjects.values()],
    // The minutes name no papers, consultations, memberships or terms with dates: required lists, empty.
    papers: [],
    'agenda-items': agendaItems,
    consultations: [],
    files: documents,
    memberships: [],
    locations: locations.sort(byId),
    'legislative-terms': [],
  };
  for (const [list, objects] of Object.entries(lists) as [BodyList, OparlObject[]][]) files.push(...listPages(listPath(list), objects, urls.file));
  const listUrl = (list: BodyList): string => urls.file(listPath(list));
  const listUrls: BodyListUrls = {
    organization: listUrl('organizations'),
    person: listUrl('persons'),
    meeting: listUrl('meetings'),
    paper: listUrl('papers'),
    agendaItem: listUrl('agenda-items'),
    consultation: listUrl('consultations'),
    file: listUrl('files'),
    membership: listUrl('memberships'),
    locationList: listUrl('locations'),
    legislativeTermList: listUrl('legislative-terms'),
  };
  const body = bodyObject({ id: bodyId, system: urls.file(oparlPaths.system), name: municipality.name, web: urls.page(municipality.path), lists: listUrls });
  add(oparlPaths.body(slug), body);
  return body;
}

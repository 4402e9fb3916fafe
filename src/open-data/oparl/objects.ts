/**
 * The OParl 1.1 objects a Referat site publishes, as plain JSON values
 * (https://schema.oparl.org/1.1/, the spec's `schema/*.json`). Only what the
 * minutes say is filled in; a property without data is left out, never
 * `null` or `""` (spec 2.4: "null-Werte und leere Listen"), except the
 * lists the spec requires, which are `[]` when empty.
 *
 * Pure.
 */

export const oparlVersion = 'https://schema.oparl.org/1.1/';

export type OparlTypeName = 'System' | 'Body' | 'Organization' | 'Meeting' | 'AgendaItem' | 'Person' | 'File' | 'Location';

export const oparlType = (name: OparlTypeName): string => `${oparlVersion}${name}`;

/** A JSON value as written. */
export type Json = string | number | boolean | Json[] | { [key: string]: Json };
export type OparlObject = { id: string; type: string } & { [key: string]: Json };

/**
 * The object without the properties that have no data (undefined, null, "",
 * []): OParl asks to leave them out rather than write them empty. Key order
 * is kept, so the JSON reads the same on every build.
 */
export function compact(object: Readonly<Record<string, Json | null | undefined>>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

export interface SystemData {
  id: string;
  bodies: string;
  name: string;
  website: string;
  license: string | null;
  contactEmail: string | null;
  contactName: string | null;
}

export function systemObject(data: SystemData): OparlObject {
  return {
    id: data.id,
    type: oparlType('System'),
    ...compact({ oparlVersion, license: data.license, body: data.bodies, name: data.name, contactEmail: data.contactEmail, contactName: data.contactName, website: data.website }),
  };
}

/** The Body's external lists (OParl 1.1 requires every one of them, empty or not). */
export interface BodyListUrls {
  organization: string;
  person: string;
  meeting: string;
  paper: string;
  agendaItem: string;
  consultation: string;
  file: string;
  membership: string;
  locationList: string;
  legislativeTermList: string;
}

export interface BodyData {
  id: string;
  system: string;
  name: string;
  /** Its page on the site. */
  web: string;
  lists: BodyListUrls;
}

export function bodyObject(data: BodyData): OparlObject {
  const { lists } = data;
  // "Roskilde Kommune" is known as "Roskilde"; a name without the suffix has no shorter form.
  const shortName = /^(.+) Kommune$/.exec(data.name)?.[1];
  return {
    id: data.id,
    type: oparlType('Body'),
    ...compact({
      system: data.system,
      shortName,
      name: data.name,
      organization: lists.organization,
      person: lists.person,
      meeting: lists.meeting,
      paper: lists.paper,
      agendaItem: lists.agendaItem,
      consultation: lists.consultation,
      file: lists.file,
      membership: lists.membership,
      locationList: lists.locationList,
      legislativeTermList: lists.legislativeTermList,
      web: data.web,
    }),
    // Required, embedded: the minutes name a committee's term, never its dates.
    legislativeTerm: [],
  };
}

export interface OrganizationData {
  id: string;
  body: string;
  name: string;
  meetings: string;
  web: string;
}

export function organizationObject(data: OrganizationData): OparlObject {
  // "Gremium": the spec's value for a committee (Organization.organizationType).
  return { id: data.id, type: oparlType('Organization'), ...compact({ body: data.body, name: data.name, meeting: data.meetings, organizationType: 'Gremium', web: data.web }) };
}

export interface PersonData {
  id: string;
  body: string;
  name: string;
}

export function personObject(data: PersonData): OparlObject {
  return { id: data.id, type: oparlType('Person'), ...compact({ body: data.body, name: data.name }) };
}

export interface LocationData {
  id: string;
  description: string;
  /** Back-references, written only where the Location is not embedded (Location.bodies, .meetings). */
  bodies?: string[];
  meetings?: string[];
}

export function locationObject(data: LocationData): OparlObject {
  return { id: data.id, type: oparlType('Location'), ...compact({ description: data.description, bodies: data.bodies, meetings: data.meetings }) };
}

export interface FileData {
  id: string;
  name: string;
  fileName: string;
  mimeType: string;
  size: number;
  accessUrl: string;
  /** Back-reference, only where the File is not embedded (File.meeting). */
  meetings?: string[];
}

export function fileObject(data: FileData): OparlObject {
  // No downloadUrl: the spec wants `Content-Disposition: attachment` there, which the document's one URL does not send.
  return { id: data.id, type: oparlType('File'), ...compact({ name: data.name, fileName: data.fileName, mimeType: data.mimeType, size: data.size, accessUrl: data.accessUrl, meeting: data.meetings }) };
}

export interface AgendaItemData {
  id: string;
  meeting: string;
  /** As the minutes number it ("16"). */
  number: string;
  /** Position in the meeting's agenda, from 0. */
  order: number;
  name: string;
  public: boolean;
  resolutionText: string | null;
  web: string;
}

export function agendaItemObject(data: AgendaItemData): OparlObject {
  return {
    id: data.id,
    type: oparlType('AgendaItem'),
    ...compact({ meeting: data.meeting, number: data.number, order: data.order, name: data.name, public: data.public, resolutionText: data.resolutionText, web: data.web }),
  };
}

export interface MeetingData {
  id: string;
  name: string;
  /** `YYYY-MM-DDTHH:MM:SS±HH:MM`, or null when the minutes give no time. */
  start: string | null;
  location: OparlObject | null;
  organizations: string[];
  participants: string[];
  resultsProtocol: OparlObject | null;
  agendaItems: OparlObject[];
  web: string;
}

export function meetingObject(data: MeetingData): OparlObject {
  return {
    id: data.id,
    type: oparlType('Meeting'),
    ...compact({
      name: data.name,
      // The spec's value for a meeting whose minutes are out ("after the protocol is released").
      meetingState: 'durchgeführt',
      start: data.start,
      location: data.location,
      organization: data.organizations,
      participant: data.participants,
      resultsProtocol: data.resultsProtocol,
      agendaItem: data.agendaItems,
      web: data.web,
    }),
  };
}

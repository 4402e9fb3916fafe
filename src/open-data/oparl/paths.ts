/**
 * Where each OParl object of a site is published: one JSON file per object,
 * below `oparl/v1/` of the site, and its `id` is the public URL of that file
 * (`<site><base>oparl/v1/…`). A static host serves files, not routes, so every
 * id ends in `.json`, and a list's pages are files of their own:
 *
 *     oparl/v1/system.json                                  System (the entry point)
 *     oparl/v1/bodies.json, bodies-2.json, …                the System's Body list
 *     oparl/v1/body/<municipality>.json                     Body
 *     oparl/v1/body/<municipality>/<list>.json              the Body's lists (meetings, persons, …)
 *     oparl/v1/organization/<municipality>/<committee>.json Organization (a committee)
 *     oparl/v1/organization/<municipality>/<committee>/meetings.json
 *     oparl/v1/meeting/<municipality>/<committee>/<date>.json
 *     oparl/v1/agenda-item/<municipality>/<committee>/<date>/punkt-<n>.json
 *     oparl/v1/file/<municipality>/<committee>/<date>/referat.json  the published minutes
 *     oparl/v1/person/<municipality>/<name>.json
 *     oparl/v1/location/<municipality>/<place>.json
 *
 * The segments are the site's own URL segments (src/site/routes.ts), which
 * never change once published, so neither do these ids.
 *
 * Pure.
 */
import { absoluteUrl } from '../../utils/url.ts';

/** Folder of the OParl files below the site root. */
export const oparlFolder = 'oparl';
/** The entry point (System) below the site root. */
export const systemPath = `${oparlFolder}/v1/system.json`;

const v1 = `${oparlFolder}/v1`;

/** "/roskilde/oekonomiudvalget/2021-03-02/" → "roskilde/oekonomiudvalget/2021-03-02". */
const segments = (sitePath: string): string => sitePath.replace(/^\/+|\/+$/g, '');

/** File paths (below the site root) of the objects and lists. */
export const oparlPaths = {
  system: systemPath,
  bodies: `${v1}/bodies.json`,
  body: (municipality: string) => `${v1}/body/${municipality}.json`,
  /** A list of a Body, e.g. "meetings": `oparl/v1/body/<municipality>/meetings.json`. */
  bodyList: (municipality: string, list: BodyList) => `${v1}/body/${municipality}/${list}.json`,
  /** From the committee's site path ("/roskilde/oekonomiudvalget/"). */
  organization: (committeePath: string) => `${v1}/organization/${segments(committeePath)}.json`,
  organizationMeetings: (committeePath: string) => `${v1}/organization/${segments(committeePath)}/meetings.json`,
  /** From the meeting's site path. */
  meeting: (meetingPath: string) => `${v1}/meeting/${segments(meetingPath)}.json`,
  /** From the item's site path ("/…/2021-03-02/punkt-16/"). */
  agendaItem: (itemPath: string) => `${v1}/agenda-item/${segments(itemPath)}.json`,
  /** The published document of the meeting at `meetingPath`. */
  minutesFile: (meetingPath: string) => `${v1}/file/${segments(meetingPath)}/referat.json`,
  person: (municipality: string, slug: string) => `${v1}/person/${municipality}/${slug}.json`,
  location: (municipality: string, slug: string) => `${v1}/location/${municipality}/${slug}.json`,
} as const;

/** The external lists of a Body, by file name. */
export const bodyLists = ['organizations', 'persons', 'meetings', 'papers', 'agenda-items', 'consultations', 'files', 'memberships', 'locations', 'legislative-terms'] as const;
export type BodyList = (typeof bodyLists)[number];

/** Page `page` (1-based) of the list whose first page is `listPath`: "meetings.json", "meetings-2.json", … */
export function listPagePath(listPath: string, page: number): string {
  return page === 1 ? listPath : listPath.replace(/\.json$/, `-${page}.json`);
}

/** Public URLs of site paths, for one build's `site` and `base`. */
export interface PublicUrls {
  /** URL of a file below the site root ("oparl/v1/system.json"). */
  file: (path: string) => string;
  /** URL of a page of the site ("/roskilde/"). */
  page: (sitePath: string) => string;
}

export function publicUrls(site: string, base: string): PublicUrls {
  const url = (path: string): string => absoluteUrl(site, base, path)!;
  return { file: url, page: url };
}

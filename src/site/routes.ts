/**
 * Every dynamic page of the site with its props, computed once per build from
 * the manifest (Starlight's `utils/routing` is the model). The pages only look
 * their props up; the build plan fingerprints the same props, and the search
 * indexer takes each page's path and names from here, so what a page shows,
 * what an incremental build compares and what the index says cannot drift.
 *
 * Pure: the manifest comes in, no `astro:content`.
 */
import type { ItemFrontmatter } from '../model/schema.ts';
import type { MeetingEntry, SiteManifest } from '../manifest/schema.ts';

type BodyFileRef = MeetingEntry['bodies'];
import type { SitePageFrontmatter } from '../site-pages/schema.ts';
import { builtinMunicipalities, type MunicipalityTable } from '../model/municipalities.ts';
import {
  buildSiteIndex,
  itemRoute,
  type CommitteeGroup,
  type ItemRoute,
  type MeetingRoute,
  type MunicipalityGroup,
  type SiteIndex,
} from '../utils/route-data.ts';

export interface Page<Params, Props> {
  /** Site path without base, e.g. "/roskilde/". */
  path: string;
  params: Params;
  props: Props;
}

export type MunicipalityPage = Page<{ municipality: string }, { municipality: MunicipalityGroup }>;
export type CommitteePage = Page<{ municipality: string; committee: string }, { committee: CommitteeGroup }>;
export type MeetingPage = Page<{ municipality: string; committee: string; date: string }, { route: MeetingRoute }>;
export type ItemPage = Page<
  { municipality: string; committee: string; date: string; number: string },
  {
    route: ItemRoute;
    data: ItemFrontmatter;
    /** Content id of the item (its entry in the items collection, its key in the body file). */
    id: string;
    /** The meeting's body file, which holds the item's rendered HTML; its digest makes a changed body a changed page. */
    body: BodyFileRef;
    /** Its meeting's start and place (the page's JSON-LD), null without the meeting: props, so a changed place renders the page again. */
    meeting: { startTime: string | null; location: string | null } | null;
  }
>;

export type SitePage = Page<{ slug: string }, { slug: string; data: SitePageFrontmatter }>;

export interface SiteRoutes {
  index: SiteIndex;
  /** The municipality's own pages, in footer order. */
  pages: SitePage[];
  municipalities: MunicipalityPage[];
  committees: CommitteePage[];
  meetings: MeetingPage[];
  items: ItemPage[];
}

const segments = (path: string): string[] => path.split('/').filter(Boolean);

/** `table`: the built-in municipalities and the config's (model/municipalities.ts), which decide names and URL segments. */
export function siteRoutes(manifest: SiteManifest, table: MunicipalityTable = builtinMunicipalities): SiteRoutes {
  const entries = Object.values(manifest.meetings);
  const index = buildSiteIndex(entries.map(({ id, data }) => ({ id, data })), table);
  const municipalities = index.municipalities.map((municipality) => ({
    path: municipality.path,
    params: { municipality: municipality.slug },
    props: { municipality },
  }));
  const committees = [...index.committees.values()].map((committee) => ({
    path: committee.path,
    params: { municipality: committee.municipality.slug, committee: committee.slug },
    props: { committee },
  }));
  const meetings = [...index.routes.values()].map((route) => {
    const [municipality, committee, date] = segments(route.summary.path) as [string, string, string];
    return { path: route.summary.path, params: { municipality, committee, date }, props: { route } };
  });
  const items = entries.flatMap((meeting) =>
    meeting.items.map((item) => {
      const route = itemRoute(index, item, meeting.id);
      const [municipality, committee, date, page] = segments(route.path) as [string, string, string, string];
      // "punkt-16", or "punkt-16-2" for a second item numbered 16 (paths.ts itemSegment).
      const meetingData = route.meeting ? index.routes.get(route.meeting.id)?.data : undefined;
      const meetingFacts = meetingData ? { startTime: meetingData.startTime, location: meetingData.location } : null;
      return { path: route.path, params: { municipality, committee, date, number: page.slice('punkt-'.length) }, props: { route, data: item.data, id: item.id, body: meeting.bodies, meeting: meetingFacts } };
    }),
  );
  const collator = new Intl.Collator('da');
  const pages = Object.entries(manifest.pages)
    .map(([slug, entry]) => ({ path: `/sider/${slug}/`, params: { slug }, props: { slug, data: entry.data } }))
    .sort((a, b) => (a.props.data.order ?? Infinity) - (b.props.data.order ?? Infinity) || collator.compare(a.props.data.title, b.props.data.title) || (a.path < b.path ? -1 : 1));
  return { index, pages, municipalities, committees, meetings, items };
}

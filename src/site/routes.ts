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
  itemContextOf,
  itemRouteContext,
  itemRouteIn,
  type CommitteeGroup,
  type ItemRoute,
  type ItemRouteContext,
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
/** What an item page's props are made of besides the item: its meeting's part, one object for all of the meeting's items. */
export interface ItemPageContext {
  route: ItemRouteContext;
  /** The meeting's body file, which holds the item's rendered HTML; its digest makes a changed body a changed page. */
  body: BodyFileRef;
  /** Its meeting's start and place (the page's JSON-LD), null without the meeting: props, so a changed place renders the page again. */
  meeting: { startTime: string | null; location: string | null } | null;
}

/** An item page's props are `itemPageProps(input)`: the build plan fingerprints the input, hashing each meeting's part once. */
export interface ItemPageInput {
  context: ItemPageContext;
  /** Content id of the item (its entry in the items collection, its key in the body file). */
  id: string;
  data: ItemFrontmatter;
}

export type ItemPage = Page<
  { municipality: string; committee: string; date: string; number: string },
  {
    route: ItemRoute;
    data: ItemFrontmatter;
    id: string;
    body: BodyFileRef;
    meeting: ItemPageContext['meeting'];
  }
> & { input: ItemPageInput };

/** Pure: all an item page shows of its item and meeting comes from here. */
export function itemPageProps({ context, id, data }: ItemPageInput): ItemPage['props'] {
  return { route: itemRouteIn(context.route, data), data, id, body: context.body, meeting: context.meeting };
}

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
  const items = entries.flatMap((meeting) => {
    const route = index.routes.get(meeting.id);
    const facts = route ? { startTime: route.data.startTime, location: route.data.location } : null;
    // Made once per meeting; without its page, each item's context is its own (its committee's).
    const shared = route ? { route: itemContextOf(route), body: meeting.bodies, meeting: facts } : undefined;
    return meeting.items.map((item): ItemPage => {
      const input = { context: shared ?? { route: itemRouteContext(index, item.data, meeting.id), body: meeting.bodies, meeting: facts }, id: item.id, data: item.data };
      const props = itemPageProps(input);
      // "punkt-16", or "punkt-16-2" for a second item numbered 16 (paths.ts itemSegment).
      const [municipality, committee, date, page] = segments(props.route.path) as [string, string, string, string];
      return { path: props.route.path, params: { municipality, committee, date, number: page.slice('punkt-'.length) }, props, input };
    });
  });
  const collator = new Intl.Collator('da');
  const pages = Object.entries(manifest.pages)
    .map(([slug, entry]) => ({ path: `/sider/${slug}/`, params: { slug }, props: { slug, data: entry.data } }))
    .sort((a, b) => (a.props.data.order ?? Infinity) - (b.props.data.order ?? Infinity) || collator.compare(a.props.data.title, b.props.data.title) || (a.path < b.path ? -1 : 1));
  return { index, pages, municipalities, committees, meetings, items };
}

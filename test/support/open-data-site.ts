/**
 * A small fictional site for the open-data generators (src/open-data/): the
 * manifest entries `convert` would write for the meetings given, and the
 * generators' input built from them as build-site.ts builds it.
 */
import { pageConfig } from '../../src/config/page-config.ts';
import { configSchema, type ReferatConfigInput } from '../../src/config/schema.ts';
import { manifestVersion, siteManifestSchema, type SiteManifest } from '../../src/manifest/schema.ts';
import { paragraphsToLine, shortenAtWord } from '../../src/mdx/one-line.ts';
import type { ItemFrontmatter, MeetingFrontmatter } from '../../src/model/schema.ts';
import { itemId, meetingId } from '../../src/model/paths.ts';
import type { OpenDataInput } from '../../src/open-data/input.ts';
import { staticPagePaths } from '../../src/open-data/paths.ts';
import { siteRoutes } from '../../src/site/routes.ts';

export interface FakeItem {
  title: string;
  decision?: string | null;
  closed?: boolean;
}

export interface FakeMeeting {
  municipality: string;
  committee: string;
  date: string;
  startTime?: string | null;
  location?: string | null;
  items: FakeItem[];
}

export const fakeSite = 'https://referater.example.dk';
export const fakeBase = '/referater/';

export function fakeManifest(meetings: readonly FakeMeeting[]): SiteManifest {
  const entries = meetings.map((meeting) => {
    const head = { municipality: meeting.municipality, committee: meeting.committee, term: null, date: meeting.date };
    const items = meeting.items.map((item, index) => ({ number: index + 1, title: item.title, kind: null, closed: item.closed ?? false, decision: item.decision ?? null }));
    const data: MeetingFrontmatter = {
      ...head,
      startTime: meeting.startTime ?? null,
      location: meeting.location ?? null,
      participants: [{ name: 'Anna Fiktiv', party: 'A', role: 'formand', absent: false }],
      source: { path: `${meeting.date}.txt`, sha256: '0'.repeat(64), format: 'text', bytes: 1 },
      agenda: items.map((item) => ({ ...item, decision: item.decision ? shortenAtWord(paragraphsToLine(item.decision), 200) : null })),
    };
    const id = meetingId(data);
    return {
      id,
      source: `${id}.txt`,
      file: `meetings/${id}.mdx`,
      digest: 'x',
      data,
      items: items.map((item) => {
        const itemData: ItemFrontmatter = { ...head, ...item, caseNumbers: [], decisions: [], attachments: [], sections: [] };
        const entryId = itemId(data, item);
        return { id: entryId, file: `items/${entryId}.mdx`, digest: 'x', data: itemData };
      }),
      document: null,
      bodies: { file: `bodies/${id}.json`, digest: 'x' },
    };
  });
  // Checked as the build checks a manifest: what the generators get is what convert could have written.
  return siteManifestSchema.parse({ version: manifestVersion, sources: {}, meetings: Object.fromEntries(entries.map((entry) => [entry.id, entry])), pages: {} });
}

/** The generators' input: every page built, unless `leaveOut` names some. */
export function openDataInput(meetings: readonly FakeMeeting[], options: { site?: string | undefined; leaveOut?: string[]; config?: ReferatConfigInput } = {}): OpenDataInput {
  const routes = siteRoutes(fakeManifest(meetings));
  const all = [...routes.municipalities, ...routes.committees, ...routes.meetings, ...routes.items].map((page) => page.path);
  const pages = new Set([...all, ...staticPagePaths].filter((path) => !options.leaveOut?.includes(path)));
  return { routes, pages, base: fakeBase, site: 'site' in options ? options.site : fakeSite, config: pageConfig(configSchema.parse(options.config ?? {}), null) };
}

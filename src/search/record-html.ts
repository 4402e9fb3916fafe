/**
 * The HTML Pagefind indexes for a page, made from the manifest and the
 * search text convert wrote (STYLE.md rule 7), not scraped from the built
 * page: the page's text in reading order, each block its own element so
 * words never run together, and the page's section headings with the ids the
 * rendered page gives them, so Pagefind's sub-results link to real anchors.
 * Filters, metadata and sort order sit on `<main>` (page-attributes.ts).
 *
 * Pure: routes in, a small HTML document out.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ItemSearchEntry } from '../manifest/schema.ts';
import type { ItemFrontmatter } from '../model/schema.ts';
import { createIdAllocator } from '../mdx/ids.ts';
import { decisionMeta } from '../mdx/components.ts';
import type { ItemRoute, MeetingRoute } from '../utils/route-data.ts';
import { municipalityName } from '../utils/route-data.ts';
import { formatLongDate, formatShortDate } from '../utils/format-date.ts';
import { kindBadge, kindLabel } from '../utils/kind-label.ts';
import { t } from '../utils/i18n.ts';
import { pagefindAttributes } from './page-attributes.ts';
import type { SitePageFrontmatter } from '../site-pages/schema.ts';

const paragraphs = (blocks: readonly string[]): Element[] => blocks.map((block) => h('p', block));
const detail = (label: string, value: string | null | undefined): Element[] => (value ? [h('p', `${label} ${value}`)] : []);

function document(main: Record<string, string>, children: ElementContent[]): string {
  return `<!doctype html><html lang="da"><body>${toHtml(h('main', main, children))}</body></html>\n`;
}

/** A page the municipality wrote: its title and text; no filters (it is no meeting's). */
export function sitePageSearchHtml(data: SitePageFrontmatter, blocks: readonly string[]): string {
  return document({ 'data-pagefind-body': '', 'data-title': data.title, 'data-pagefind-meta': 'title[data-title]' }, [h('h1', data.title), ...paragraphs(blocks)]);
}

/** The meeting page: its heading, details, participants and agenda. */
export function meetingSearchHtml(route: MeetingRoute): string {
  const { data, summary } = route;
  const committee = summary.committee;
  const title = t('meeting.title', { committee: committee.name, date: formatShortDate(data.date) });
  return document(pagefindAttributes({ municipality: committee.municipality.name, committee: committee.name, date: data.date, title }), [
    h('h1', `${committee.name}, ${formatLongDate(data.date)}`),
    ...detail(t('meeting.time'), data.startTime && t('meeting.timeValue', { time: data.startTime })),
    ...detail(t('meeting.place'), data.location),
    ...detail(t('meeting.municipality'), municipalityName(data.municipality)),
    ...detail(t('meeting.term'), data.term),
    ...(data.participants.length > 0
      ? [h('h2', t('meeting.participants')), ...data.participants.map((p) => h('p', `${p.name}${p.party ? ` (${p.party})` : ''}${p.role ? `, ${p.role}` : ''}${p.absent ? ` (${t('meeting.absent')})` : ''}`))]
      : []),
    h('h2', t('meeting.agenda')),
    ...route.agenda.flatMap((entry) => [
      h('p', [entry.title, ...(entry.closed ? [` ${t('item.closed')}`] : []), ...(kindBadge(entry.kind, entry.title) ? [` ${kindBadge(entry.kind, entry.title)}`] : [])].join('')),
      ...(entry.decision ? [h('p', `${t('meeting.decision')} ${entry.decision}`)] : []),
    ]),
  ]);
}

/**
 * The item page: title, details, then the decisions, the sections and the
 * attachments in the order the page shows them. The ids are allocated in the
 * order the page's components allocate them (src/mdx/components.ts).
 */
export function itemSearchHtml(route: ItemRoute, data: ItemFrontmatter, text: ItemSearchEntry): string {
  const ids = createIdAllocator();
  const label = { decision: t('mdx.decision'), attachments: t('mdx.attachments') };
  const body: ElementContent[] = [h('h1', data.title), ...detail(t('item.kind'), kindLabel(data.kind ?? undefined))];
  if (data.caseNumbers.length > 0) body.push(...detail(data.caseNumbers.length === 1 ? t('item.caseNumbers') : t('item.caseNumbersMany'), data.caseNumbers.join(', ')));
  if (data.closed) body.push(h('p', `${t('item.closed')}. ${t('item.closedNotice')}`));
  data.decisions.forEach((decision, index) => {
    const id = ids(label.decision);
    const meta = decisionMeta(decision.committee, decision.date);
    if (meta) ids(`${label.decision}-meta`);
    body.push(h('h2', { id }, label.decision), ...(meta ? [h('p', meta)] : []), ...paragraphs(text.decisions[index] ?? []));
  });
  if (!data.closed) {
    data.sections.forEach((section, index) => {
      const id = ids(section.heading);
      const blocks = text.sections[index] ?? [];
      // The page leaves an empty section's heading off (components.ts Section); its id is still given out there too.
      if (blocks.some((block) => block.trim() !== '')) body.push(h('h2', { id }, section.heading), ...paragraphs(blocks));
    });
    if (data.attachments.length > 0) body.push(h('h2', { id: ids(label.attachments) }, label.attachments), ...paragraphs(data.attachments));
  }
  const committee = route.committee;
  return document(
    pagefindAttributes({ municipality: committee.municipality.name, committee: committee.name, date: data.date, title: data.title, number: data.number, kind: data.kind ?? undefined }),
    body,
  );
}

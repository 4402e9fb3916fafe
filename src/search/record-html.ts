/**
 * The HTML Pagefind indexes for a page, made from the manifest and the
 * search text convert wrote (STYLE.md rule 7), not scraped from the built
 * page: the page's text in reading order, each block its own element so
 * words never run together.
 *
 * What a result shows beside its excerpt — title, municipality, committee,
 * date, item number, the decision's start, case numbers — is metadata on
 * `<main>` (page-attributes.ts), which Pagefind searches too, so it is not
 * repeated in the text: an excerpt never opens with the title and labels
 * again. Each decision and section is a `<section>` with the id the rendered
 * page gives its heading and its heading as `data-pagefind-title`, so
 * Pagefind's sub-results link to real anchors and say where the match is,
 * without the heading's words in the excerpt.
 *
 * A meeting's text is the meeting's own (time, place, term, participants),
 * not its agenda: its items are results of their own, and a meeting is a
 * result only when the match is in the meeting itself.
 *
 * Pure: routes in, a small HTML document out.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ItemSearchEntry } from '../manifest/schema.ts';
import type { ItemFrontmatter, MeetingFrontmatter } from '../model/schema.ts';
import { createIdAllocator } from '../mdx/ids.ts';
import { decisionMeta } from '../mdx/components.ts';
import { agendaDecisionLength } from '../mdx/agenda-entry.ts';
import { paragraphsToLine, shortenAtWord } from '../mdx/one-line.ts';
import type { ItemRoute, MeetingRoute } from '../utils/route-data.ts';
import { formatShortDate } from '../utils/format-date.ts';
import { t } from '../utils/i18n.ts';
import { pagefindAttributes } from './page-attributes.ts';
import type { SitePageFrontmatter } from '../site-pages/schema.ts';

const paragraphs = (blocks: readonly string[]): Element[] => blocks.map((block) => h('p', block));
const detail = (label: string, value: string | null | undefined): Element[] => (value ? [h('p', `${label}: ${value}`)] : []);
/** A part of the page a sub-result can point to: the page's anchor id, named by its heading (whose words stay out of the text). */
const part = (id: string, title: string, children: ElementContent[]): Element => h('section', { id, 'data-pagefind-title': title }, children);

function document(main: Record<string, string>, children: ElementContent[]): string {
  return `<!doctype html><html lang="da"><body>${toHtml(h('main', main, children))}</body></html>\n`;
}

/** The start of an item's first decision, as its meeting's agenda shows it (agenda-entry.ts); undefined when the minutes record none. */
export function decisionStart(data: Pick<ItemFrontmatter, 'decisions'>): string | undefined {
  const line = data.decisions[0] ? paragraphsToLine(data.decisions[0].text) : '';
  return line ? shortenAtWord(line, agendaDecisionLength) : undefined;
}

/** A page the municipality wrote: its text; the title is metadata. No filters (it is no meeting's). */
export function sitePageSearchHtml(data: SitePageFrontmatter, blocks: readonly string[]): string {
  return document({ 'data-pagefind-body': '', 'data-title': data.title, 'data-pagefind-meta': 'title[data-title]' }, paragraphs(blocks));
}

/**
 * All a meeting's record is made from: its own data and names, not its page's links, so a new neighbour
 * (a new "next meeting" on its page) leaves the record, and its search period, as they were.
 */
export interface MeetingSearchInput {
  municipality: string;
  committee: string;
  data: MeetingFrontmatter;
}

export function meetingSearchInput({ data, summary }: MeetingRoute): MeetingSearchInput {
  return { municipality: summary.committee.municipality.name, committee: summary.committee.name, data };
}

/** The meeting page's own text: time, place, term and participants (not the agenda: those are the items' results). */
export function meetingSearchHtml({ municipality, committee, data }: MeetingSearchInput): string {
  const title = t('meeting.title', { committee, date: formatShortDate(data.date) });
  return document(pagefindAttributes({ municipality, committee, date: data.date, title }), [
    ...detail(t('meeting.time'), data.startTime && t('meeting.timeValue', { time: data.startTime })),
    ...detail(t('meeting.place'), data.location),
    ...detail(t('meeting.term'), data.term),
    ...(data.participants.length > 0
      ? [part('participants-heading', t('meeting.participants'), data.participants.map((p) => h('p', `${p.name}${p.party ? ` (${p.party})` : ''}${p.role ? `, ${p.role}` : ''}${p.absent ? ` (${t('meeting.absent')})` : ''}`)))]
      : []),
  ]);
}

/**
 * The item page's text: the decisions, the sections and the attachments in
 * the order the page shows them. The ids are allocated in the order the
 * page's components allocate them (src/mdx/components.ts).
 */
export function itemSearchHtml(route: ItemRoute, data: ItemFrontmatter, text: ItemSearchEntry): string {
  const ids = createIdAllocator();
  const label = { decision: t('mdx.decision'), attachments: t('mdx.attachments') };
  const body: ElementContent[] = [];
  data.decisions.forEach((decision, index) => {
    const id = ids(label.decision);
    if (decisionMeta(decision.committee, decision.date)) ids(`${label.decision}-meta`);
    body.push(part(id, label.decision, paragraphs(text.decisions[index] ?? [])));
  });
  if (!data.closed) {
    data.sections.forEach((section, index) => {
      const id = ids(section.heading);
      const blocks = text.sections[index] ?? [];
      // The page leaves an empty section off (components.ts Section); its id is still given out there too.
      if (blocks.some((block) => block.trim() !== '')) body.push(part(id, section.heading, paragraphs(blocks)));
    });
    if (data.attachments.length > 0) body.push(part(ids(label.attachments), label.attachments, paragraphs(data.attachments)));
  }
  const committee = route.committee;
  return document(
    pagefindAttributes({
      municipality: committee.municipality.name,
      committee: committee.name,
      date: data.date,
      title: data.title,
      number: data.number,
      kind: data.kind ?? undefined,
      decision: decisionStart(data),
      caseNumbers: data.caseNumbers,
      closed: data.closed ? t('item.closed') : undefined,
    }),
    body,
  );
}

/**
 * What one search result shows, from Pagefind's data for it (pure, so it is
 * unit-tested without a browser; client.ts turns it into elements).
 *
 * The title, municipality, committee, date and item number are metadata
 * (page-attributes.ts). An item says whether and what was decided: the start
 * of its first decision (with the matches marked when the match is there),
 * or that the minutes record none. The excerpt is from the part of the page
 * with the most matches, named by its heading, preferring a part other than
 * the decisions; where only the metadata matched (say, the title), a page
 * with no decision shows its start and an item with one no excerpt.
 */
import type { PagefindResultData, PagefindSubResult } from './archive.ts';

export interface ResultLabels {
  /** The decision sections' title in the index (record-html.ts): "Beslutning". */
  decisionSection: string;
  /** "Beslutning:" */
  decision: string;
  /** "Referatet indeholder ingen beslutning for dette punkt." */
  noDecision: string;
  /** "Punkt {number}" */
  itemNumber: string;
}

/** Text to set as text; `html` is Pagefind's escaped text with `<mark>` only. */
export type Marked = { text: string } | { html: string };

export interface ResultView {
  title: string;
  url: string;
  /** Municipality, committee, date and item number, in that order, those that are there. */
  meta: string[];
  /** "Lukket punkt", on a closed item. */
  closed: string | undefined;
  /** Items only. */
  decision: { label: string; body: Marked } | { none: string } | undefined;
  excerpt: { label: string | undefined; html: string } | undefined;
}

const mostMatches = (parts: readonly PagefindSubResult[]): PagefindSubResult | undefined =>
  parts.reduce<PagefindSubResult | undefined>((best, part) => (!best || part.locations.length > best.locations.length ? part : best), undefined);

export function resultView(data: PagefindResultData, labels: ResultLabels): ResultView {
  const { meta } = data;
  const isItem = meta.number !== undefined;
  const parts = (data.sub_results ?? []).filter((part) => part.locations.length > 0 && part.excerpt.trim() !== '');
  const inDecision = (part: PagefindSubResult) => isItem && part.anchor !== undefined && part.title === labels.decisionSection;
  // The first decision is the page's first part (record-html.ts); its excerpt starts where it does when it has no leading ellipsis.
  const first = [...(data.anchors ?? [])].sort((a, b) => a.location - b.location)[0];
  const markedStart = parts.find((part) => inDecision(part) && part.anchor?.id === first?.id && !part.excerpt.startsWith('…'));

  let decision: ResultView['decision'];
  if (isItem) {
    if (markedStart) decision = { label: labels.decision, body: { html: markedStart.excerpt } };
    else if (meta.decision) decision = { label: labels.decision, body: { text: meta.decision } };
    else decision = { none: labels.noDecision };
  }

  const rest = parts.filter((part) => part !== markedStart);
  const hit = mostMatches(rest.filter((part) => !inDecision(part))) ?? mostMatches(rest);
  let excerpt: ResultView['excerpt'];
  if (hit) excerpt = { label: hit.anchor ? hit.title : undefined, html: hit.excerpt };
  else if (parts.length === 0 && !(isItem && meta.decision) && data.excerpt.trim() !== '') excerpt = { label: undefined, html: data.excerpt };

  return {
    title: meta.title ?? data.url,
    url: data.url,
    meta: [meta.municipality, meta.committee, meta.date, meta.number && labels.itemNumber.replace('{number}', meta.number)].filter((part): part is string => !!part),
    closed: meta.closed,
    decision,
    excerpt,
  };
}

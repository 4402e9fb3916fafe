/**
 * The data-pagefind-* attributes of an indexed page's `<main>`.
 *
 * Values sit in their own data-* attributes and are referenced as
 * `key[attribute]`, so committee names with commas or colons cannot break
 * Pagefind's `key:value, key:value` syntax.
 */
import type { ItemKind } from '../model/meeting.ts';
import { formatShortDate, yearOf } from '../utils/format-date.ts';

export interface IndexedPage {
  municipality: string;
  committee: string;
  /** YYYY-MM-DD */
  date: string;
  /** Shown as the result's title. */
  title: string;
  /** Item pages only. */
  number?: number;
  /** Not a filter (see `filterNames`). */
  kind?: ItemKind;
  /** Item pages: the start of the first decision; absent where the minutes record none. */
  decision?: string | undefined;
  /** Item pages: searchable, as the search field's placeholder promises. */
  caseNumbers?: readonly string[];
  /** Item pages: shown as a tag on the result. */
  closed?: string | undefined;
}


/**
 * Filter names as used in the index and by the search page's client. No
 * "Type" (decision/orientation item): most minutes do not say, so choosing
 * one would silently hide every item whose minutes do not classify it.
 */
export const filterNames = ['municipality', 'committee', 'year'] as const;

/** The filter values of a page, by filter name: what the search page's filters count. */
export function searchFilters(page: IndexedPage): Record<string, string> {
  return { municipality: page.municipality, committee: page.committee, year: yearOf(page.date) };
}

export function pagefindAttributes(page: IndexedPage): Record<string, string> {
  const filters = ['municipality[data-municipality]', 'committee[data-committee]', 'year[data-year]'];
  // Two municipalities can have committees of the same name: results name the municipality too.
  const meta = ['municipality[data-municipality]', 'committee[data-committee]', 'date[data-date-label]', 'title[data-title]'];
  const attributes: Record<string, string> = {
    'data-pagefind-body': '',
    'data-municipality': page.municipality,
    'data-committee': page.committee,
    'data-year': yearOf(page.date),
    'data-date-label': formatShortDate(page.date),
    'data-title': page.title,
  };
  if (page.number !== undefined) {
    attributes['data-number'] = String(page.number);
    meta.push('number[data-number]');
  }
  // Metadata is returned with each result and searched too (Pagefind 1.5+), so these words need not be in the text.
  if (page.decision) {
    attributes['data-decision'] = page.decision;
    meta.push('decision[data-decision]');
  }
  if (page.caseNumbers && page.caseNumbers.length > 0) {
    attributes['data-case-numbers'] = page.caseNumbers.join(', ');
    meta.push('caseNumbers[data-case-numbers]');
  }
  if (page.closed) {
    attributes['data-closed'] = page.closed;
    meta.push('closed[data-closed]');
  }
  attributes['data-pagefind-filter'] = filters.join(', ');
  attributes['data-pagefind-meta'] = meta.join(', ');
  // ISO dates sort correctly as strings.
  attributes['data-pagefind-sort'] = `date:${page.date}`;
  return attributes;
}

/**
 * The UI strings the search page's client script needs, taken from da.json at
 * build time and handed over in a data attribute (so the client bundle does
 * not carry the whole dictionary).
 */
import { t, type UiKey } from '../utils/i18n.ts';

const keys = [
  'search.filter.all',
  'search.status.idle',
  'search.status.loading',
  'search.status.none',
  'search.status.noneFiltered',
  'search.status.one',
  'search.status.many',
  'search.status.filteredOne',
  'search.status.filteredMany',
  'search.status.since',
  'search.status.until',
  'search.status.error',
  'search.itemNumber',
  'mdx.decision',
  'meeting.decision',
  'meeting.noDecision',
] as const satisfies readonly UiKey[];

export type ClientStringKey = (typeof keys)[number];
export type ClientStrings = Record<ClientStringKey, string>;

export function clientStrings(): ClientStrings {
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as ClientStrings;
}

/** URL parameter of each Pagefind filter, Danish so shared links read well. */
export const filterParams = {
  municipality: 'kommune',
  committee: 'udvalg',
  year: 'aar',
} as const;

export const sortParam = 'sortering';
export const sortValues = { newest: 'nyeste', oldest: 'aeldste' } as const;

/**
 * Search periods: the search index is split by meeting date into periods,
 * one Pagefind bundle each (issue 5).
 *
 * A Pagefind bundle's metadata lists every page it holds (about 9 bytes a
 * page, compressed), and the first search must load it whole: at 80 000 pages
 * that alone is 700 KB. Split into periods of at most `maxPages` pages, the
 * first search loads the newest period only, and older periods are searched
 * when the reader asks for more results (src/search/archive.ts).
 *
 * Periods follow the calendar, coarsest first, so they stay put as meetings
 * are added: the whole archive while it is small; else one period a year; a
 * year too big for one period is split into quarters, a quarter into months.
 * A new meeting then changes only the period its date falls in.
 *
 * Pure: the indexer (index-site.ts) and the search page's client share it.
 */

/** Pages of each filter value in a period: `{ committee: { 'Økonomiudvalget': 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface SearchPeriod {
  /** Folder of its Pagefind bundle under `pagefind/`: "alle", "2026", "2026-k3" or "2026-07". */
  id: string;
  /** First and last month ("YYYY-MM") the period covers, whether or not it has meetings in them. */
  first: string;
  last: string;
  /** Months with pages, oldest first. */
  months: string[];
  pages: number;
}

/** A period as the indexer remembers it between builds (in the search mirror, not published). */
export interface IndexedPeriod extends SearchPeriod {
  /** Of its pages' fingerprints: the period is indexed again when it changes. */
  fingerprint: string;
  filters: FilterCounts;
}

/**
 * The search bundles' table of contents, `pagefind/periods.json`, loaded
 * before the first search, so kept small: filter values with their counts
 * once, and per period only which values occur in it (indexes into `values`).
 */
export interface PeriodsFile {
  version: 2;
  /** Per filter, `[value, pages]`, sorted by value. */
  values: Record<string, [string, number][]>;
  /** Newest first. */
  periods: { id: string; first: string; last: string; pages: number; filters: Record<string, number[]> }[];
}

const collator = new Intl.Collator('da', { numeric: true });
const byValue = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** The published table of contents of `periods` (newest first). */
export function periodsFile(periods: readonly IndexedPeriod[]): PeriodsFile {
  const totals: FilterCounts = {};
  for (const period of periods) {
    for (const [name, counts] of Object.entries(period.filters)) {
      const total = (totals[name] ??= {});
      for (const [value, count] of Object.entries(counts)) total[value] = (total[value] ?? 0) + count;
    }
  }
  const values: PeriodsFile['values'] = {};
  const index = new Map<string, Map<string, number>>();
  for (const name of Object.keys(totals).sort()) {
    const sorted = Object.keys(totals[name]!).sort(byValue);
    values[name] = sorted.map((value) => [value, totals[name]![value]!]);
    index.set(name, new Map(sorted.map((value, i) => [value, i])));
  }
  return {
    version: 2,
    values,
    periods: periods.map(({ id, first, last, pages, filters }) => ({
      id,
      first,
      last,
      pages,
      filters: Object.fromEntries(
        Object.keys(filters)
          .sort()
          .map((name) => [name, Object.keys(filters[name]!).map((value) => index.get(name)!.get(value)!).sort((a, b) => a - b)]),
      ),
    })),
  };
}

export const periodsFileName = 'periods.json';
export const allPeriodId = 'alle';

/**
 * A period's metadata costs about 10 bytes a page in the first search (the
 * rest: Pagefind's WebAssembly and script, ~71 KB; one or two index chunks,
 * 20–50 KB whatever the period's size; ten result fragments, ~17 KB). At
 * 1 000 pages the first search stays under 150 KB (`referat bench`).
 */
export const defaultPeriodPages = 1000;

/** "2026-03-14" → "2026-03". */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

function sum(months: readonly string[], pagesPerMonth: ReadonlyMap<string, number>): number {
  return months.reduce((total, month) => total + (pagesPerMonth.get(month) ?? 0), 0);
}

function groupBy(months: readonly string[], key: (month: string) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const month of months) {
    const group = groups.get(key(month));
    if (group) group.push(month);
    else groups.set(key(month), [month]);
  }
  return groups;
}

const quarterOf = (month: string): number => Math.ceil(Number(month.slice(5, 7)) / 3);
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Splits months with pages into periods of at most `maxPages` pages where the
 * calendar allows (one month is never split). Newest period first.
 */
export function planPeriods(pagesPerMonth: ReadonlyMap<string, number>, maxPages: number): SearchPeriod[] {
  const months = [...pagesPerMonth.keys()].filter((month) => (pagesPerMonth.get(month) ?? 0) > 0).sort();
  if (months.length === 0) return [];
  const period = (id: string, first: string, last: string, of: string[]): SearchPeriod => ({
    id,
    first,
    last,
    months: of,
    pages: sum(of, pagesPerMonth),
  });
  if (sum(months, pagesPerMonth) <= maxPages) return [period(allPeriodId, months[0]!, months.at(-1)!, months)];

  const periods: SearchPeriod[] = [];
  for (const [year, ofYear] of groupBy(months, (month) => month.slice(0, 4))) {
    if (sum(ofYear, pagesPerMonth) <= maxPages) {
      periods.push(period(year, `${year}-01`, `${year}-12`, ofYear));
      continue;
    }
    for (const [, ofQuarter] of groupBy(ofYear, (month) => String(quarterOf(month)))) {
      const quarter = quarterOf(ofQuarter[0]!);
      if (sum(ofQuarter, pagesPerMonth) <= maxPages) {
        periods.push(period(`${year}-k${quarter}`, `${year}-${pad(quarter * 3 - 2)}`, `${year}-${pad(quarter * 3)}`, ofQuarter));
        continue;
      }
      for (const month of ofQuarter) periods.push(period(month, month, month, [month]));
    }
  }
  return periods.reverse();
}

/**
 * How the search index is split into periods (src/search/periods.ts): by the
 * calendar, coarsest first, so that adding a meeting changes one period.
 */
import { describe, expect, it } from 'vitest';
import { periodsFile, planPeriods } from '../../src/search/periods.ts';

const months = (entries: Record<string, number>) => new Map(Object.entries(entries));
const ids = (entries: Record<string, number>, max: number) => planPeriods(months(entries), max).map((period) => `${period.id}:${period.pages}`);

describe('planPeriods', () => {
  it('keeps a small archive in one period, covering its first to last month', () => {
    expect(planPeriods(months({ '2019-11': 9, '2021-03': 15 }), 100)).toEqual([
      { id: 'alle', first: '2019-11', last: '2021-03', months: ['2019-11', '2021-03'], pages: 24 },
    ]);
  });

  it('splits a bigger archive into years, newest first', () => {
    expect(ids({ '2019-11': 9, '2021-03': 15, '2021-09': 5, '2020-01': 12 }, 25)).toEqual(['2021:20', '2020:12', '2019:9']);
  });

  it('splits a year too big for one period into quarters, and a quarter too big into months', () => {
    expect(ids({ '2024-01': 10, '2024-02': 10, '2024-07': 30, '2024-08': 1, '2023-05': 4 }, 25)).toEqual([
      '2024-08:1',
      '2024-07:30',
      '2024-k1:20',
      '2023:4',
    ]);
  });

  it('names whole years and quarters by their calendar bounds', () => {
    const [quarter, year] = planPeriods(months({ '2024-05': 20, '2024-11': 20, '2023-02': 3 }), 25).slice(1);
    expect(quarter).toMatchObject({ id: '2024-k2', first: '2024-04', last: '2024-06' });
    expect(year).toMatchObject({ id: '2023', first: '2023-01', last: '2023-12' });
  });

  it('moves only the period a new meeting falls in', () => {
    const before = planPeriods(months({ '2022-03': 20, '2023-03': 20, '2024-03': 20 }), 25);
    const after = planPeriods(months({ '2022-03': 20, '2023-03': 20, '2024-03': 20, '2024-06': 4 }), 25);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]).toMatchObject({ id: '2024', pages: 24 });
  });

  it('has no periods without pages', () => {
    expect(planPeriods(months({ '2024-01': 0 }), 25)).toEqual([]);
  });
});

describe('periodsFile', () => {
  it('lists each filter value once with its pages, and per period only which values it holds', () => {
    const file = periodsFile([
      { id: '2025', first: '2025-01', last: '2025-12', months: ['2025-03'], pages: 3, fingerprint: 'a', filters: { committee: { Økonomiudvalget: 2, Børneudvalget: 1 }, year: { '2025': 3 } } },
      { id: '2024', first: '2024-01', last: '2024-12', months: ['2024-05'], pages: 4, fingerprint: 'b', filters: { committee: { Økonomiudvalget: 4 }, year: { '2024': 4 } } },
    ]);
    expect(file).toEqual({
      version: 2,
      values: { committee: [['Børneudvalget', 1], ['Økonomiudvalget', 6]], year: [['2024', 4], ['2025', 3]] },
      periods: [
        { id: '2025', first: '2025-01', last: '2025-12', pages: 3, filters: { committee: [0, 1], year: [1] } },
        { id: '2024', first: '2024-01', last: '2024-12', pages: 4, filters: { committee: [1], year: [0] } },
      ],
    });
  });
});

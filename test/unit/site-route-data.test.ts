import { describe, expect, it } from 'vitest';
import { buildSiteIndex, groupByYear, itemRoute, type MeetingRecord } from '../../src/utils/route-data.ts';
import type { ItemFrontmatter, MeetingFrontmatter } from '../../src/model/schema.ts';
import { meetingId } from '../../src/model/paths.ts';

function meeting(municipality: string | null, committee: string, date: string, agenda: number[] = [1, 2]): MeetingRecord {
  const data: MeetingFrontmatter = {
    municipality,
    committee,
    term: null,
    date,
    startTime: null,
    location: null,
    participants: [],
    source: { path: 'x.txt', sha256: '0'.repeat(64), format: 'text', bytes: 0 },
    agenda: agenda.map((number) => ({ number, title: `Punkt ${number}`, kind: null, closed: false, decision: null })),
  };
  return { id: meetingId(data), data };
}

function item(m: MeetingRecord, number: number): { id: string; data: ItemFrontmatter } {
  const { municipality, committee, term, date } = m.data;
  return {
    id: `${m.id}/${String(number).padStart(2, '0')}-x`,
    data: {
      municipality, committee, term, date, number, title: `Punkt ${number}`, kind: null,
      caseNumbers: [], closed: false, decision: null, decisions: [], attachments: [], sections: [],
    },
  };
}

const records = [
  meeting('Roskilde Kommune', 'Økonomiudvalget', '2021-03-02'),
  meeting('Roskilde Kommune', 'Økonomiudvalget', '2022-02-08', [3, 1, 2]),
  meeting('Roskilde Kommune', 'Teknik- og Miljøudvalget', '2022-01-25'),
  meeting('Aarhus Kommune', 'Børn og Unge-udvalget', '2021-11-03'),
  meeting('Roskilde Kommune', 'Økonomiudvalget', '2021-09-14'),
  meeting(null, 'Byrådet', '2020-06-01'),
];

describe('buildSiteIndex', () => {
  const index = buildSiteIndex(records);

  it('should list all meetings newest first', () => {
    expect(index.meetings.map((m) => m.date)).toEqual([
      '2022-02-08', '2022-01-25', '2021-11-03', '2021-09-14', '2021-03-02', '2020-06-01',
    ]);
  });

  it('should sort municipalities and their committees by Danish collation ("Aa" as "Å", after "Ø")', () => {
    expect(index.municipalities.map((m) => m.name)).toEqual(['Roskilde Kommune', 'Ukendt kommune', 'Aarhus Kommune']);
    expect(index.municipalities[0]?.committees.map((c) => c.name)).toEqual(['Teknik- og Miljøudvalget', 'Økonomiudvalget']);
  });

  it('should count meetings per municipality and group a committee by year, newest first', () => {
    const roskilde = index.municipalities[0]!;
    expect(roskilde.meetingCount).toBe(4);
    const oekonomi = index.committees.get('roskilde/oekonomiudvalget')!;
    expect(oekonomi.path).toBe('/roskilde/oekonomiudvalget/');
    expect(oekonomi.years.map((y) => [y.year, y.meetings.map((m) => m.date)])).toEqual([
      ['2022', ['2022-02-08']],
      ['2021', ['2021-09-14', '2021-03-02']],
    ]);
  });

  it('should link a meeting to the previous (older) and next (newer) meeting of the same committee', () => {
    const route = index.routes.get('roskilde/oekonomiudvalget/2021-09-14')!;
    expect(route.previous?.date).toBe('2021-03-02');
    expect(route.next?.date).toBe('2022-02-08');
    const newest = index.routes.get('roskilde/oekonomiudvalget/2022-02-08')!;
    expect(newest.next).toBeUndefined();
    expect(index.routes.get('roskilde/teknik-og-miljoeudvalget/2022-01-25')!.previous).toBeUndefined();
  });

  it('should put the agenda in item-number order with item paths', () => {
    const route = index.routes.get('roskilde/oekonomiudvalget/2022-02-08')!;
    expect(route.agenda.map((a) => [a.number, a.path])).toEqual([
      [1, '/roskilde/oekonomiudvalget/2022-02-08/punkt-1/'],
      [2, '/roskilde/oekonomiudvalget/2022-02-08/punkt-2/'],
      [3, '/roskilde/oekonomiudvalget/2022-02-08/punkt-3/'],
    ]);
  });

  it('should name a meeting without municipality "Ukendt kommune" under /ukendt-kommune/', () => {
    const route = index.routes.get('ukendt-kommune/byraadet/2020-06-01')!;
    expect(route.summary.committee.municipality).toEqual({ name: 'Ukendt kommune', slug: 'ukendt-kommune', path: '/ukendt-kommune/' });
  });

  it('should build breadcrumbs from the front page down to the meeting', () => {
    const route = index.routes.get('aarhus/boern-og-unge-udvalget/2021-11-03')!;
    expect(route.breadcrumbs).toEqual([
      { label: 'Forside', path: '/' },
      { label: 'Aarhus Kommune', path: '/aarhus/' },
      { label: 'Børn og Unge-udvalget', path: '/aarhus/boern-og-unge-udvalget/' },
      { label: '3.\u00a0november\u00a02021', path: '/aarhus/boern-og-unge-udvalget/2021-11-03/' },
    ]);
  });

  it('should index many meetings: every committee complete, in date order, its pager chain unbroken', () => {
    // 20 000 meetings, one a day from 2000, over 40 committees (500 each, 55 years).
    const many: MeetingRecord[] = [];
    for (let i = 0; i < 20_000; i++) {
      const day = new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
      many.push(meeting('Roskilde Kommune', `Udvalg ${i % 40}`, day));
    }
    const big = buildSiteIndex(many.toReversed());
    expect(big.meetings).toHaveLength(20_000);
    expect(big.meetings.every((m, i) => i === 0 || big.meetings[i - 1]!.date > m.date)).toBe(true);
    expect(big.municipalities.map((m) => [m.name, m.meetingCount, m.committees.length])).toEqual([['Roskilde Kommune', 20_000, 40]]);
    // Numeric collation: "Udvalg 2" before "Udvalg 10".
    expect(big.municipalities[0]!.committees.slice(0, 3).map((c) => c.name)).toEqual(['Udvalg 0', 'Udvalg 1', 'Udvalg 2']);
    for (const committee of big.committees.values()) {
      const ids = committee.meetings.map((m) => m.id);
      expect(ids, committee.name).toHaveLength(500);
      expect(committee.years.flatMap((y) => y.meetings.map((m) => m.id)), committee.name).toEqual(ids);
      // Following "previous" from the newest meeting visits all 500, newest to oldest, and "next" leads back.
      const walked: string[] = [];
      for (let route = big.routes.get(ids[0]!); route; route = route.previous && big.routes.get(route.previous.id)) {
        walked.push(route.summary.id);
        if (route.previous) expect(big.routes.get(route.previous.id)!.next?.id).toBe(route.summary.id);
      }
      expect(walked, committee.name).toEqual(ids);
    }
  });
});

describe('groupByYear', () => {
  it('should keep the order it is given and start a group at each new year', () => {
    const summaries = buildSiteIndex(records).meetings;
    expect(groupByYear(summaries).map((g) => [g.year, g.meetings.length])).toEqual([
      ['2022', 2], ['2021', 3], ['2020', 1],
    ]);
  });
});

describe('itemRoute', () => {
  const index = buildSiteIndex(records);
  const m = records[1]!;

  it('should link previous and next items by agenda number', () => {
    const route = itemRoute(index, item(m, 2));
    expect(route.path).toBe('/roskilde/oekonomiudvalget/2022-02-08/punkt-2/');
    expect(route.previous?.number).toBe(1);
    expect(route.next?.number).toBe(3);
    expect(route.meeting?.path).toBe('/roskilde/oekonomiudvalget/2022-02-08/');
  });

  it('should have no previous item for the first and no next item for the last', () => {
    expect(itemRoute(index, item(m, 1)).previous).toBeUndefined();
    expect(itemRoute(index, item(m, 3)).next).toBeUndefined();
  });

  it('should end the breadcrumbs with "Punkt N"', () => {
    expect(itemRoute(index, item(m, 3)).breadcrumbs.at(-1)).toEqual({
      label: 'Punkt 3',
      path: '/roskilde/oekonomiudvalget/2022-02-08/punkt-3/',
    });
  });

  it('should still route an item whose meeting file is missing', () => {
    const orphan = item(meeting('Roskilde Kommune', 'Økonomiudvalget', '2019-01-01'), 4);
    const route = itemRoute(index, orphan);
    expect(route.meeting).toBeUndefined();
    expect(route.previous).toBeUndefined();
    expect(route.next).toBeUndefined();
    expect(route.committee.path).toBe('/roskilde/oekonomiudvalget/');
  });
});

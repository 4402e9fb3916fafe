/**
 * Issue 14, point 3: the Atom feeds of the site, each municipality and each
 * committee, parsed back with a real feed parser (@rowanmanning/feed-parser).
 */
import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { atomFeeds, feedEntries } from '../../src/open-data/feeds.ts';
import { fakeBase, fakeSite, openDataInput, type FakeMeeting } from '../support/open-data-site.ts';

const at = (path: string): string => `${fakeSite}${fakeBase}${path.replace(/^\//, '')}`;
const committeePath = '/testby/udvalget-for-veje-og-parker/';
const decision = 'Godkendt med 5 stemmer for & 2 imod.\n\nBeløbet <under 1 mio. kr.> afholdes af puljen.';

const meetings: FakeMeeting[] = [
  {
    municipality: 'Testby Kommune',
    committee: 'Udvalget for Veje og Parker',
    date: '2024-01-10',
    startTime: '16:30',
    items: [{ title: 'Godkendelse af dagsorden', decision: 'Godkendt.' }, { title: 'Ny cykelsti ved Skolevej', decision }, { title: 'Salg af grund', decision: 'Salget godkendes til den højeste byder, Fiktiv ApS.', closed: true }],
  },
  { municipality: 'Testby Kommune', committee: 'Udvalget for Veje og Parker', date: '2024-06-12', startTime: '16:30', items: [{ title: 'Sommerens vejarbejder', decision: null }] },
  { municipality: 'Testby Kommune', committee: 'Kulturudvalget', date: '2024-03-05', startTime: '08:30', items: [{ title: 'Bibliotekets åbningstider', decision: 'Taget til efterretning.' }] },
  { municipality: 'Prøvested Kommune', committee: 'Økonomiudvalget', date: '2024-06-12', startTime: '09:00', items: [{ title: 'Budgetopfølgning', decision: 'Anbefales.' }] },
];

const feedOf = (files: Map<string, string>, file: string) => {
  const text = files.get(file);
  if (text === undefined) throw new Error(`No ${file} among ${[...files.keys()].join(', ')}`);
  return parseFeed(text);
};

describe('Atom feeds', () => {
  const files = atomFeeds(openDataInput(meetings));

  it('should write one for the whole site, one per municipality and one per committee', () => {
    expect([...files.keys()].sort()).toEqual([
      'feed.xml',
      'proevested/feed.xml',
      'proevested/oekonomiudvalget/feed.xml',
      'testby/feed.xml',
      'testby/kulturudvalget/feed.xml',
      'testby/udvalget-for-veje-og-parker/feed.xml',
    ]);
  });

  it("should list a committee's items newest first, each linking its page, with its decision as summary", () => {
    const feed = feedOf(files, 'testby/udvalget-for-veje-og-parker/feed.xml');
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Udvalget for Veje og Parker, Testby Kommune');
    expect(feed.self).toBe(at(`${committeePath}feed.xml`));
    expect(feed.url).toBe(at(committeePath));
    expect(feed.items.map((item) => item.url)).toEqual([
      at(`${committeePath}2024-06-12/punkt-1/`),
      at(`${committeePath}2024-01-10/punkt-1/`),
      at(`${committeePath}2024-01-10/punkt-2/`),
      at(`${committeePath}2024-01-10/punkt-3/`),
    ]);
    expect(feed.items.map((item) => item.id)).toEqual(feed.items.map((item) => item.url));
    expect(feed.items[2]!.title).toBe('Punkt 2: Ny cykelsti ved Skolevej – Udvalget for Veje og Parker, 10.\u00a0januar\u00a02024');
    expect(feed.items[2]!.description).toBe('<p>Godkendt med 5 stemmer for & 2 imod.</p><p>Beløbet <under 1 mio. kr.> afholdes af puljen.</p>');
    expect(feed.items[0]!.description).toBe('<p>Referatet indeholder ingen beslutning for dette punkt.</p>');
  });

  it('should date every entry by its meeting, 16:30 Danish time in winter and in summer, and the feed by its newest meeting', () => {
    const feed = feedOf(files, 'testby/udvalget-for-veje-og-parker/feed.xml');
    expect(feed.items.map((item) => item.updated?.toISOString())).toEqual(['2024-06-12T14:30:00.000Z', '2024-01-10T15:30:00.000Z', '2024-01-10T15:30:00.000Z', '2024-01-10T15:30:00.000Z']);
    expect(feed.updated?.toISOString()).toBe('2024-06-12T14:30:00.000Z');
  });

  it("should give a closed item the agenda's line of its decision, which the meeting page shows, and the closed notice", () => {
    const closed = feedOf(files, 'testby/udvalget-for-veje-og-parker/feed.xml').items[3]!;
    expect(closed.description).toBe('<p>Salget godkendes til den højeste byder, Fiktiv ApS.</p><p>Punktet er behandlet for lukkede døre. Sagsfremstillingen offentliggøres ikke.</p>');
  });

  it("should list a municipality's items and the site's, newest first by the meeting's start", () => {
    expect(feedOf(files, 'testby/feed.xml').items.map((item) => item.url)).toEqual([
      at(`${committeePath}2024-06-12/punkt-1/`),
      at('/testby/kulturudvalget/2024-03-05/punkt-1/'),
      at(`${committeePath}2024-01-10/punkt-1/`),
      at(`${committeePath}2024-01-10/punkt-2/`),
      at(`${committeePath}2024-01-10/punkt-3/`),
    ]);
    // 2024-06-12: Prøvested at 09:00 before Testby at 16:30, so Testby's is the newer.
    expect(feedOf(files, 'feed.xml').items.map((item) => item.url).slice(0, 2)).toEqual([at(`${committeePath}2024-06-12/punkt-1/`), at('/proevested/oekonomiudvalget/2024-06-12/punkt-1/')]);
    expect(feedOf(files, 'feed.xml').items).toHaveLength(6);
  });

  it(`should keep the ${feedEntries} newest items`, () => {
    const many: FakeMeeting[] = Array.from({ length: 6 }, (_, month) => ({
      municipality: 'Testby Kommune',
      committee: 'Kulturudvalget',
      date: `2023-0${month + 1}-15`,
      startTime: '16:30',
      items: Array.from({ length: 10 }, (__, number) => ({ title: `Sag ${month + 1}.${number + 1}`, decision: 'Godkendt.' })),
    }));
    const feed = feedOf(atomFeeds(openDataInput(many)), 'testby/kulturudvalget/feed.xml');
    expect(feed.items).toHaveLength(feedEntries);
    expect(feed.items[0]!.url).toBe(at('/testby/kulturudvalget/2023-06-15/punkt-1/'));
    expect(feed.items.at(-1)!.url).toBe(at('/testby/kulturudvalget/2023-02-15/punkt-10/'));
    const times = feed.items.map((item) => item.updated!.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('should link no item page the build does not have', () => {
    const without = atomFeeds(openDataInput(meetings, { leaveOut: [`${committeePath}2024-01-10/punkt-2/`] }));
    expect(feedOf(without, 'testby/udvalget-for-veje-og-parker/feed.xml').items.map((item) => item.url)).not.toContain(at(`${committeePath}2024-01-10/punkt-2/`));
  });

  it('should name the licence the config sets as the rights', () => {
    const licensed = atomFeeds(openDataInput(meetings, { config: { openData: { licence: 'CC BY 4.0 & kildeangivelse' } } }));
    expect(feedOf(licensed, 'feed.xml').copyright).toBe('CC BY 4.0 & kildeangivelse');
  });

  it('should write no feed without a public address (Atom needs absolute ones)', () => {
    expect(atomFeeds(openDataInput(meetings, { site: undefined })).size).toBe(0);
  });
});

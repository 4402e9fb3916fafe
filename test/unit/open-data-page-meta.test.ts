/**
 * Issue 14, point 6: what a page says about itself, its meta description and
 * its schema.org JSON-LD, from the props it renders.
 */
import { describe, expect, it } from 'vitest';
import { itemMeta, jsonLdText, meetingMeta } from '../../src/open-data/page-meta.ts';
import { openDataInput, type FakeMeeting } from '../support/open-data-site.ts';

const long = `Udvalget godkendte planen for ${'den nye cykelsti langs Skolevej og Parkvej, '.repeat(5)}som foreslået.`;
const meetings: FakeMeeting[] = [
  {
    municipality: 'Testby Kommune',
    committee: 'Udvalget for Veje og Parker',
    date: '2024-06-12',
    startTime: '16:30',
    location: 'Rådhuset, mødelokale 2',
    items: [{ title: 'Cykelsti', decision: long }, { title: 'Orientering om vejarbejder', decision: null }, { title: 'Salg af grund', decision: 'Salget godkendes.', closed: true }],
  },
];
const { routes } = openDataInput(meetings);
const urlOf = (path: string): string => `/referater${path}`;
const meeting = routes.meetings[0]!.props.route;
const items = routes.items.map((page) => page.props);

describe('meta descriptions', () => {
  it("should describe an item by the start of its decision, cut at a word within 155 characters", () => {
    const { description } = itemMeta(items[0]!, urlOf);
    expect(description.startsWith('Udvalget godkendte planen for den nye cykelsti')).toBe(true);
    expect(description.endsWith('…')).toBe(true);
    expect(Array.from(description).length).toBeLessThanOrEqual(156);
  });

  // One line of plain text: the dates' no-break spaces become spaces.
  it('should describe an item without a decision, and a closed one, by its title, committee and date', () => {
    expect(itemMeta(items[1]!, urlOf).description).toBe('Punkt 2: Orientering om vejarbejder – Udvalget for Veje og Parker, 12. juni 2024');
    expect(itemMeta(items[2]!, urlOf).description).toBe('Punkt 3: Salg af grund – Udvalget for Veje og Parker, 12. juni 2024');
  });

  it('should describe a meeting by its committee, date, time and place', () => {
    expect(meetingMeta(meeting, urlOf).description).toBe('Referat af mødet i Udvalget for Veje og Parker, Testby Kommune, onsdag den 12. juni 2024 kl. 16:30, Rådhuset, mødelokale 2.');
  });
});

describe('JSON-LD', () => {
  it('should make a meeting an Event at its Danish start, organised by the committee, recorded in its minutes with the items as parts', () => {
    const data = JSON.parse(jsonLdText(meetingMeta(meeting, urlOf).jsonLd!));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      startDate: '2024-06-12T16:30:00+02:00',
      location: { '@type': 'Place', name: 'Rådhuset, mødelokale 2' },
      organizer: { '@type': 'Organization', name: 'Udvalget for Veje og Parker', parentOrganization: { '@type': 'GovernmentOrganization', name: 'Testby Kommune' } },
      recordedIn: { '@type': 'CreativeWork', url: '/referater/testby/udvalget-for-veje-og-parker/2024-06-12/' },
    });
    expect(data.recordedIn.hasPart.map((part: { name: string; url: string }) => [part.name, part.url])).toEqual([
      ['Punkt 1: Cykelsti', '/referater/testby/udvalget-for-veje-og-parker/2024-06-12/punkt-1/'],
      ['Punkt 2: Orientering om vejarbejder', '/referater/testby/udvalget-for-veje-og-parker/2024-06-12/punkt-2/'],
      ['Punkt 3: Salg af grund', '/referater/testby/udvalget-for-veje-og-parker/2024-06-12/punkt-3/'],
    ]);
  });

  it('should make an item a part of the minutes recorded at the meeting, without a closed decision', () => {
    const open = JSON.parse(jsonLdText(itemMeta(items[0]!, urlOf).jsonLd!));
    expect(open).toMatchObject({ '@type': 'CreativeWork', position: 1, isPartOf: { recordedAt: { '@type': 'Event', startDate: '2024-06-12T16:30:00+02:00', location: { name: 'Rådhuset, mødelokale 2' } } } });
    expect(open.abstract).toBe(itemMeta(items[0]!, urlOf).description);
    expect(JSON.parse(jsonLdText(itemMeta(items[2]!, urlOf).jsonLd!)).abstract).toBeUndefined();
  });

  it('should never let a text end its script element early', () => {
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).toBe('{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
  });
});

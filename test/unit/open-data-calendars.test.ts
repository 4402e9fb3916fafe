/**
 * Issue 14, point 4: a committee's iCalendar file, parsed back with ical.js:
 * a meeting at 16:30 Danish time is at 16:30 in Copenhagen in winter, in
 * summer and on the weekends the clocks change.
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { committeeCalendars } from '../../src/open-data/calendars.ts';
import { fakeBase, fakeSite, openDataInput, type FakeMeeting } from '../support/open-data-site.ts';

const committee = { municipality: 'Testby Kommune', committee: 'Udvalget for Veje og Parker' };
const meeting = (date: string, startTime: string | null, location: string | null = 'Rådhuset, mødelokale 2'): FakeMeeting => ({ ...committee, date, startTime, location, items: [{ title: 'Godkendelse af dagsorden', decision: 'Godkendt.' }, { title: 'Ny cykelsti', decision: 'Anbefales.' }] });
const file = 'testby/udvalget-for-veje-og-parker/kalender.ics';

/** Wall-clock time in Copenhagen of an instant: what a Danish calendar shows. */
const copenhagen = (date: Date): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => ({ component, event: new ICAL.Event(component) }));
}

describe('iCalendar', () => {
  const meetings = [meeting('2024-01-10', '16:30'), meeting('2024-06-12', '16:30'), meeting('2024-03-31', '16:30'), meeting('2024-10-27', '16:30'), meeting('2024-03-30', '16:30'), meeting('2024-11-20', null, null)];
  const files = committeeCalendars(openDataInput(meetings));
  const parsed = events(files.get(file)!);
  const byDate = new Map(parsed.map((entry) => [entry.event.uid.slice(entry.event.uid.lastIndexOf('/') + 1, entry.event.uid.indexOf('@')), entry]));

  it('should write one calendar per committee, named after it', () => {
    expect([...files.keys()]).toEqual([file]);
    expect(new ICAL.Component(ICAL.parse(files.get(file)!)).getFirstPropertyValue('x-wr-calname')).toBe('Udvalget for Veje og Parker, Testby Kommune');
  });

  it('should have one event per meeting, newest first, with a stable uid', () => {
    expect(parsed.map((entry) => entry.event.uid)).toEqual(['2024-11-20', '2024-10-27', '2024-06-12', '2024-03-31', '2024-03-30', '2024-01-10'].map((date) => `testby/udvalget-for-veje-og-parker/${date}@referat`));
  });

  it.each([
    ['in winter', '2024-01-10', '2024-01-10T15:30:00.000Z'],
    ['in summer', '2024-06-12', '2024-06-12T14:30:00.000Z'],
    ['on the day summer time begins', '2024-03-31', '2024-03-31T14:30:00.000Z'],
    ['on the day before', '2024-03-30', '2024-03-30T15:30:00.000Z'],
    ['on the day summer time ends', '2024-10-27', '2024-10-27T15:30:00.000Z'],
  ])('should show a meeting at 16:30 Danish time at 16:30 in Copenhagen %s', (_when, date, utc) => {
    const { event } = byDate.get(date)!;
    expect(event.startDate.toJSDate().toISOString()).toBe(utc);
    expect(copenhagen(event.startDate.toJSDate())).toBe(`${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}, 16:30`);
  });

  it('should make a meeting without a time an all-day event on its date', () => {
    const { event } = byDate.get('2024-11-20')!;
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2024-11-20');
  });

  it("should give the meeting's place, its agenda and page, and a DTSTAMP from the data, not the clock", () => {
    const { event, component } = byDate.get('2024-06-12')!;
    expect(event.summary).toBe('Møde i Udvalget for Veje og Parker');
    expect(event.location).toBe('Rådhuset, mødelokale 2');
    const page = `${fakeSite}${fakeBase}testby/udvalget-for-veje-og-parker/2024-06-12/`;
    expect(event.description).toBe(`Dagsorden:\n1. Godkendelse af dagsorden\n2. Ny cykelsti\n\n${page}`);
    expect(component.getFirstPropertyValue('url')).toBe(page);
    expect(component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2024-06-12T14:30:00Z');
  });

  it('should still be written without a public address, without page links', () => {
    const { event, component } = events(committeeCalendars(openDataInput(meetings, { site: undefined })).get(file)!)[2]!;
    expect(event.uid).toBe('testby/udvalget-for-veje-og-parker/2024-06-12@referat');
    expect(event.description).toBe('Dagsorden:\n1. Godkendelse af dagsorden\n2. Ny cykelsti');
    expect(component.hasProperty('url')).toBe(false);
  });
});

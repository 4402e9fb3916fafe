/**
 * Danish local time computed by the EU rule (src/open-data/time.ts) agrees
 * with the IANA time-zone data of this machine's ICU for every day from 1981
 * to 2040, at a meeting's usual hours and around the changes at night.
 */
import { describe, expect, it } from 'vitest';
import { copenhagenDateTime, copenhagenInstant } from '../../src/open-data/time.ts';

const wallClock = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const shown = (date: Date): string => wallClock.format(date).replace(', ', ' ');

describe('Danish local time', () => {
  it('should give the instant that Copenhagen shows as the given time, every day from 1981 to 2040', () => {
    const wrong: string[] = [];
    for (let day = Date.UTC(1981, 0, 1); day < Date.UTC(2041, 0, 1); day += 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10);
      for (const time of ['08:30', '16:30', '01:30', '03:30']) {
        const got = shown(copenhagenInstant(date, time));
        if (got !== `${date} ${time}`) wrong.push(`${date} ${time} → ${got}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('should take the first of the two 02:30 on the night summer time ends', () => {
    expect(copenhagenInstant('2024-10-27', '02:30').toISOString()).toBe('2024-10-27T00:30:00.000Z');
  });

  it('should write the offset of the day for schema.org, and a date alone without a time', () => {
    expect(copenhagenDateTime('2021-02-04', '16:30')).toBe('2021-02-04T16:30:00+01:00');
    expect(copenhagenDateTime('2021-06-03', '16:30')).toBe('2021-06-03T16:30:00+02:00');
    expect(copenhagenDateTime('2021-06-03', null)).toBe('2021-06-03');
  });
});

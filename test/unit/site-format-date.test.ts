import { describe, expect, it } from 'vitest';
import { formatLongDate, formatShortDate, yearOf } from '../../src/utils/format-date.ts';
import { formatDanishDate } from '../../src/mdx/danish-date.ts';
import { parseDate } from '../../src/minutes/layouts/danish.ts';
import { importMinutes } from '../../src/minutes/index.ts';

describe('formatLongDate', () => {
  it.each([
    ['2021-03-02', 'tirsdag den 2.\u00a0marts\u00a02021'],
    ['2022-05-18', 'onsdag den 18.\u00a0maj\u00a02022'],
    ['2024-02-29', 'torsdag den 29.\u00a0februar\u00a02024'],
    ['2023-01-01', 'søndag den 1.\u00a0januar\u00a02023'],
    ['2021-12-31', 'fredag den 31.\u00a0december\u00a02021'],
    ['2022-10-08', 'lørdag den 8.\u00a0oktober\u00a02022'],
  ])('should write %s as "%s"', (iso, expected) => {
    expect(formatLongDate(iso)).toBe(expected);
  });

  it('should reject a date that is not YYYY-MM-DD', () => {
    expect(() => formatLongDate('2.3.2021')).toThrow(/expected YYYY-MM-DD/);
  });
});

describe('formatShortDate', () => {
  it('should write the day without a leading zero and the month in words', () => {
    expect(formatShortDate('2021-09-04')).toBe('4.\u00a0september\u00a02021');
  });
});

describe('yearOf', () => {
  it('should return the year as a string', () => {
    expect(yearOf('2021-03-02')).toBe('2021');
  });
});

describe('one list of month names for reading and writing', () => {
  const isos = Array.from({ length: 12 }, (_, month) => `2021-${String(month + 1).padStart(2, '0')}-04`);

  it.each(isos)('should read %s back from the date the site writes, short and long', (iso) => {
    expect(parseDate(formatShortDate(iso))).toBe(iso);
    expect(parseDate(formatLongDate(iso))).toBe(iso);
    expect(parseDate(formatDanishDate(iso))).toBe(iso);
  });

  it('should find a meeting date written with a month name in the header', () => {
    const text = 'REFERAT Udvalget for Prøver\n\nMødedato Torsdag den 4. februar 2021 kl. 16:00\n\nPunkt 1: Godkendelse af dagsorden\n\nGodkendt.\n';
    expect(importMinutes(new TextEncoder().encode(text), { path: 'a.txt', municipality: 'Prøveby Kommune' }).meeting?.date).toBe('2021-02-04');
  });
});

describe('dates on one line', () => {
  it('joins day, month and year with no-break spaces, so "4. / februar" never wraps', () => {
    expect(formatShortDate('2021-02-04')).not.toMatch(/ /);
    expect(formatLongDate('2021-02-04')).toBe('torsdag den 4.\u00a0februar\u00a02021');
  });
});

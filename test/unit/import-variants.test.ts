/**
 * Real input arrives degraded: with a BOM, CRLF line ends, in Windows-1252,
 * re-wrapped at 80 columns with hyphenated words, with "Side N af M" footers.
 * Each variant of each seed must give the same meeting as the original.
 */
import { describe, expect, it } from 'vitest';
import { importMinutes } from '../../src/minutes/index.ts';
import type { Meeting } from '../../src/model/meeting.ts';
import { rewrap, toWindows1252, unencodableInWindows1252, withBom, withCrlf, withPageFooters } from '../support/variants.ts';
import { readSeed, seedNames } from '../support/seeds.ts';

/** What must not differ: everything but where things were in the file and the file itself. */
function comparable(meeting: Meeting | null) {
  if (!meeting) return null;
  return {
    ...meeting,
    source: undefined,
    items: meeting.items.map((item) => ({ ...item, line: undefined })),
    warnings: meeting.warnings.map((w) => ({ ruleId: w.ruleId, message: w.message })),
  };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('degraded input gives the same model', () => {
  for (const name of seedNames()) {
    const bytes = readSeed(name);
    const text = new TextDecoder().decode(bytes);
    const original = comparable(importMinutes(bytes, { path: name }).meeting);

    it(`${name}: with a UTF-8 byte order mark`, () => {
      expect(comparable(importMinutes(withBom(bytes), { path: name }).meeting)).toEqual(original);
    });
    it(`${name}: with CRLF line ends`, () => {
      expect(comparable(importMinutes(utf8(withCrlf(text)), { path: name }).meeting)).toEqual(original);
    });
    it(`${name}: in Windows-1252`, () => {
      // Characters cp1252 cannot hold would come out as "?" in a real export too; none of the seeds has one.
      expect(unencodableInWindows1252(text)).toEqual([]);
      expect(comparable(importMinutes(toWindows1252(text), { path: name }).meeting)).toEqual(original);
    });
    it(`${name}: re-wrapped at 80 columns with hyphenation`, () => {
      const wrapped = rewrap(text, 80, { hyphenate: true });
      expect(wrapped).not.toEqual(text);
      const result = importMinutes(utf8(wrapped), { path: name });
      expect(comparable(result.meeting)).toEqual(original);
    });
    it(`${name}: with "Side N af M" page footers`, () => {
      const footed = withPageFooters(text, { every: 40 });
      expect(footed).toMatch(/Side \d+ af \d+/);
      expect(comparable(importMinutes(utf8(footed), { path: name }).meeting)).toEqual(original);
    });
    it(`${name}: all at once (wrapped, footers, CRLF, Windows-1252, BOM-less)`, () => {
      const degraded = toWindows1252(withCrlf(withPageFooters(rewrap(text, 80), { every: 40 })));
      expect(comparable(importMinutes(degraded, { path: name }).meeting)).toEqual(original);
    });
  }
});

/**
 * Property (issue 10, point 2): a CPR number, spelled in any of the forms
 * minutes, names and file names have shown — separators, dashes, spaces,
 * line wraps, full-width digits, hidden characters — inside arbitrary text
 * anywhere in the minutes or in the file and folder names, reaches no string
 * of the meeting model. Checked with an oracle independent of the redactor.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importMinutes } from '../../src/minutes/index.ts';
import { redactCpr } from '../../src/minutes/redact.ts';
import { leaksCpr } from '../support/cpr-leaks.ts';
import { testMinutesHead } from '../support/test-minutes.ts';

/** Every string anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A real date and any serial; modulus 11 is not required. */
const cprDigits = fc
  .record({ date: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), serial: fc.integer({ min: 0, max: 9999 }) })
  .map(({ date, serial }) => `${pad(date.getUTCDate(), 2)}${pad(date.getUTCMonth() + 1, 2)}${pad(date.getUTCFullYear() % 100, 2)}${pad(serial, 4)}`);

// Between the date and the serial.
const separator = fc.constantFrom('-', '', '–', '\u2010', ' ', ' - ', '\u00a0', '\u00ad', '\u2011', '\u2212', '—', '/', '.', '_', '\ufe63', '-\n', '\n', ' -\n', '\n-', '-\n\n', '\u2011\n  ');
// Between day, month and year.
const dateSpacing = fc.constantFrom('', '', ' ', '\u00a0', ' \n');
const hidden = fc.constantFrom('\u200b', '\u00ad', '\u2060', '\ufeff', '\u200c', '\u200d');
const digitStyles: Record<string, (d: string) => string> = {
  ascii: (d) => d,
  fullWidth: (d) => String.fromCodePoint(0xff10 + Number(d)),
  mathematical: (d) => String.fromCodePoint(0x1d7ce + Number(d)), // 𝟎𝟏… fold to 0 1 under NFKC
};

/** A CPR number spelled in one of the forms, and its ten digits. */
const spelledCpr = fc
  .record({
    digits: cprDigits,
    separator,
    spacing: dateSpacing,
    style: fc.constantFrom(...Object.keys(digitStyles)),
    hiddenAt: fc.option(fc.record({ at: fc.integer({ min: 1, max: 9 }), char: hidden }), { nil: null }),
  })
  .map(({ digits, separator, spacing, style, hiddenAt }) => {
    const d = [...digits].map(digitStyles[style]!);
    const parts = [d.slice(0, 2), spacing, d.slice(2, 4), spacing, d.slice(4, 6), separator, d.slice(6)];
    // Positions between digits, counted from the start; the hidden character goes after the `at`-th digit.
    const pieces: string[] = [];
    let count = 0;
    for (const part of parts) {
      for (const piece of Array.isArray(part) ? part : [part]) {
        pieces.push(piece);
        if (Array.isArray(part) && ++count === hiddenAt?.at) pieces.push(hiddenAt.char);
      }
    }
    return { digits, text: pieces.join('') };
  });

// Arbitrary text around the number, joined by a character that is neither a digit nor a separator: a number glued to
// a longer number is not a CPR number by design (case numbers, amounts; see redact.ts).
const around = fc.oneof(fc.string({ unit: 'grapheme-ascii', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }));
const boundary = fc.constantFrom(' ', '\n', '(', ')', ':', ',', ';', '"', '«', 'a', 'Æ', 'ø', '!', '?');
const embedded = fc.record({ before: around, b1: boundary, cpr: spelledCpr, b2: boundary, after: around }).map(({ before, b1, cpr, b2, after }) => ({
  digits: cpr.digits,
  text: `${before}${b1}${cpr.text}${b2}${after}`,
}));

type Place = 'body' | 'title' | 'participant' | 'attachment' | 'decision' | 'fileName' | 'folder';
const places: Place[] = ['body', 'title', 'participant', 'attachment', 'decision', 'fileName', 'folder'];

function minutes(place: Place, text: string): string {
  const at = (p: Place, fallback: string) => (p === place ? text : fallback);
  return [
    ...testMinutesHead,
    `Mødedeltagere Anna Andersen (A), ${at('participant', 'Bo Berg')} (V)`,
    '',
    `Punkt 1: ${at('title', 'Klage over afgørelse')}`,
    '',
    'Sagsfremstilling',
    '',
    `Borgeren ${at('body', 'har klaget')} over afgørelsen.`,
    '',
    'Bilag',
    '',
    at('attachment', 'Klage.pdf'),
    '',
    'Beslutning Udvalget for Test den 08-01-2020',
    '',
    at('decision', 'Godkendt.'),
    '',
  ].join('\n');
}

describe('CPR numbers never reach the model', () => {
  it('should keep every spelled number out of every string of the meeting, wherever it is put', () => {
    fc.assert(
      fc.property(embedded, fc.constantFrom(...places), ({ digits, text }, place) => {
        const bytes = new TextEncoder().encode(minutes(place, text));
        const { meeting } = importMinutes(bytes, {
          path: place === 'fileName' ? `input/testby/${text}.txt` : 'input/testby/referat.txt',
          municipalityFolder: place === 'folder' ? text : 'testby',
        });
        const leaked = strings(meeting).filter((s) => leaksCpr(s, digits));
        expect(leaked).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('should redact every spelled number in a line of its own as the redactor sees it', () => {
    fc.assert(
      fc.property(embedded, ({ digits, text }) => {
        expect(leaksCpr(redactCpr(text).text, digits)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('should have an oracle that sees every spelling (else the properties above prove nothing)', () => {
    fc.assert(
      fc.property(embedded, ({ digits, text }) => {
        expect(leaksCpr(text, digits)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

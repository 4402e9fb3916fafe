import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as variants from '../support/variants.ts';
import {
  rewrap,
  toWindows1252,
  unencodableInWindows1252,
  unwrapLines,
  withBom,
  withCrlf,
  withPageFooters,
} from '../support/variants.ts';

const examplesDir = join(import.meta.dirname, '..', '..', 'examples');

/** Every example minutes file in the repository, as text. */
function exampleTexts(): string[] {
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(examplesDir, dir.name))
        .filter((name) => name.endsWith('.txt'))
        .map((name) => readFileSync(join(examplesDir, dir.name, name), 'utf8')),
    );
}

/** Split rewrapped output of one source line back into its pieces. */
function roundTrip(line: string, width: number): string {
  return unwrapLines(rewrap(line, width).split('\n'));
}

describe('variants', () => {
  it('should expose exactly the documented helpers', () => {
    expect(Object.keys(variants).sort()).toEqual(
      ['rewrap', 'toWindows1252', 'unencodableInWindows1252', 'unwrapLines', 'withBom', 'withCrlf', 'withPageFooters'].sort(),
    );
  });
});

describe('withBom', () => {
  it('should prefix the UTF-8 byte order mark', () => {
    expect([...withBom(Uint8Array.of(0x61, 0x62))]).toEqual([0xef, 0xbb, 0xbf, 0x61, 0x62]);
  });

  it('should not double a byte order mark that is already there', () => {
    const once = withBom(new TextEncoder().encode('Punkt 1: Godkendt'));
    expect([...withBom(once)]).toEqual([...once]);
  });

  it('should give an empty input just the mark', () => {
    expect([...withBom(new Uint8Array())]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('withCrlf', () => {
  it('should turn LF into CRLF and leave existing CRLF alone', () => {
    expect(withCrlf('a\nb\r\nc\n\nd')).toBe('a\r\nb\r\nc\r\n\r\nd');
  });

  it('should be undone by removing the CR before each LF', () => {
    for (const text of exampleTexts()) expect(withCrlf(text).replace(/\r\n/g, '\n')).toBe(text);
  });
});

describe('toWindows1252', () => {
  it('should encode Danish letters and the typographic characters of the seeds', () => {
    expect([...toWindows1252('æøå ÆØÅ ½ § – ” “ • € é')]).toEqual([
      0xe6, 0xf8, 0xe5, 0x20, 0xc6, 0xd8, 0xc5, 0x20, 0xbd, 0x20, 0xa7, 0x20, 0x96, 0x20, 0x94, 0x20, 0x93, 0x20,
      0x95, 0x20, 0x80, 0x20, 0xe9,
    ]);
  });

  it('should keep TAB and line ends as single bytes', () => {
    expect([...toWindows1252('a\tb\r\nc')]).toEqual([0x61, 0x09, 0x62, 0x0d, 0x0a, 0x63]);
  });

  it('should throw naming every character it cannot encode', () => {
    expect(() => toWindows1252('mindst ≥ 5 → godkendt ≥')).toThrow('Unexpected characters outside Windows-1252: U+2265 "≥", U+2192 "→"');
  });

  it('should write "?" for unencodable characters when asked to, like an ANSI export', () => {
    expect(new TextDecoder('windows-1252').decode(toWindows1252('\uf0b7 punkt ≥ 5', { unmappable: '?' }))).toBe('? punkt ? 5');
  });

  it('should list unencodable characters once each, in order', () => {
    expect(unencodableInWindows1252('a ≥ b → c ≥ æ 😀')).toEqual(['≥', '→', '😀']);
  });

  it('should round-trip encodable text through the WHATWG decoder', () => {
    const encodable = fc
      .array(fc.integer({ min: 0, max: 0x2122 }).map((code) => String.fromCodePoint(code)))
      .map((chars) => chars.join(''))
      .filter((text) => unencodableInWindows1252(text).length === 0);
    fc.assert(
      fc.property(encodable, (text) => {
        expect(new TextDecoder('windows-1252').decode(toWindows1252(text))).toBe(text);
      }),
    );
  });

  it('should encode every example file', () => {
    for (const text of exampleTexts()) {
      expect(new TextDecoder('windows-1252').decode(toWindows1252(text))).toBe(text);
    }
  });
});

describe('rewrap', () => {
  it('should break at spaces and hyphenate a long word to fill the line', () => {
    expect(rewrap('Der er afsat midler til beskæftigelsesindsatsen i kommunen', 20)).toBe(
      'Der er afsat midler\ntil beskæftigelsesi-\nndsatsen i kommunen',
    );
  });

  it('should only break at spaces without hyphenation', () => {
    expect(rewrap('Der er afsat midler til beskæftigelsesindsatsen i kommunen', 20, { hyphenate: false })).toBe(
      'Der er afsat midler\ntil\nbeskæftigelsesindsatsen\ni kommunen',
    );
  });

  it('should never break after a word that ends in a hyphen', () => {
    expect(rewrap('Beskæftigelses- og Socialudvalget godkender', 20)).toBe('Beskæftigelses- og\nSocialudvalget\ngodkender');
  });

  it('should never start a continuation line with a dash or leave a dash at a line end', () => {
    expect(rewrap('Orientering om "Klar til start" - specielle jobforløb', 32)).toBe(
      'Orientering om "Klar til\nstart" - specielle jobforløb',
    );
  });

  it('should not start a continuation line with something that reads as a numbered item', () => {
    expect(rewrap('Udvalget drøftede sagen i december 2021. Herefter', 30)).toBe(
      'Udvalget drøftede sagen i\ndecember 2021. Herefter',
    );
  });

  it('should not split words with hyphens or digits', () => {
    expect(rewrap('Status på COVID-19-situationen og kontanthjælpsmodtagere', 24)).toBe(
      'Status på\nCOVID-19-situationen og\nkontanthjælpsmodtagere',
    );
  });

  it('should put a URL that fits nowhere on an overlong line of its own', () => {
    expect(rewrap('Se <https://example.org/meget/lang/adresse/til/et/dokument.pdf> herunder', 30)).toBe(
      'Se <https://example.org/meget/lang/adresse/til/et/dokument.pdf>\nherunder',
    );
  });

  it('should keep indentation on the first line only', () => {
    expect(rewrap('   - a) at samle støtten i faste ugentlige grupper', 24)).toBe(
      '   - a) at samle støtten\ni faste ugentlige\ngrupper',
    );
  });

  it('should leave lines with a TAB, short lines and blank lines untouched', () => {
    const text = 'Indholdsfortegnelse\n\nEn meget lang titel på et punkt.....\t3\nKunstværk\t5.000 kr.\nKort';
    expect(rewrap(text, 20)).toBe(text);
  });

  it('should leave lines alone that the keep option protects', () => {
    const keep = (line: string): boolean => line.startsWith('Punkt ');
    expect(rewrap('Punkt 12: Initiativretssag om nyttejob', 20, { keep })).toBe('Punkt 12: Initiativretssag om nyttejob');
  });

  it('should be deterministic', () => {
    for (const text of exampleTexts()) expect(rewrap(text, 40)).toBe(rewrap(text, 40));
  });

  it('should give back every example line when its pieces are unwrapped', () => {
    for (const text of exampleTexts()) {
      for (const line of text.split('\n')) {
        for (const width of [20, 40, 80]) expect(roundTrip(line, width)).toBe(line);
      }
    }
  });

  it('should give back arbitrary Danish-like lines when unwrapped', () => {
    const token = fc.constantFrom(
      'og',
      'i',
      'Beskæftigelses-',
      'beskæftigelsesindsatsen',
      'kontanthjælpsmodtagere,',
      'COVID-19',
      '-',
      '–',
      '?',
      '1.',
      'a)',
      '2021.',
      '**fed**',
      '<https://example.org/a/b>',
      '½-2',
      'læse-,',
      'Punkt',
      'handleplaner.',
      'x',
    );
    const line = fc.tuple(fc.constantFrom('', ' ', ' - '), fc.array(token, { minLength: 1, maxLength: 40 })).map(
      ([indent, tokens]) => indent + tokens.join(' '),
    );
    fc.assert(
      fc.property(line, fc.integer({ min: 8, max: 100 }), fc.boolean(), (text, width, hyphenate) => {
        const pieces = rewrap(text, width, { hyphenate }).split('\n');
        expect(unwrapLines(pieces)).toBe(text);
        for (const piece of pieces.slice(1)) {
          expect(piece).not.toBe('');
          expect(piece).not.toMatch(/^ |^[-–•?]( |$)|^\d+[.)]( |$)/);
        }
        for (const piece of pieces.slice(0, -1)) {
          // Only an inserted hyphen may end a piece with "-", and only after a letter.
          if (piece.endsWith('-')) expect(piece).toMatch(/\p{L}-$/u);
          expect(piece).not.toMatch(/ $/);
        }
      }),
    );
  });
});

describe('unwrapLines', () => {
  it('should drop an inserted hyphen and join other pieces with one space', () => {
    expect(unwrapLines(['til beskæftigelsesi-', 'ndsatsen i', 'kommunen'])).toBe('til beskæftigelsesindsatsen i kommunen');
  });
});

describe('withPageFooters', () => {
  it('should put a footer between paragraphs after every page of lines and one at the end', () => {
    expect(withPageFooters('\n\nA\nB\n\nC\n\nD\nE\n\nF', { every: 2 })).toBe(
      '\n\nA\nB\n\nSide 1 af 4\n\nC\n\nSide 2 af 4\n\nD\nE\n\nSide 3 af 4\n\nF\n\nSide 4 af 4',
    );
  });

  it('should give a short text a single footer and keep its final newline', () => {
    expect(withPageFooters('A\n\nB\n')).toBe('A\n\nB\n\nSide 1 af 1\n');
  });

  it('should use a custom footer format', () => {
    expect(withPageFooters('A\n\nB', { every: 1, format: (page) => `- ${page} -` })).toBe('A\n\n- 1 -\n\nB\n\n- 2 -');
  });

  it('should only add lines, never change or split the original ones', () => {
    for (const text of exampleTexts()) {
      const footed = withPageFooters(text, { every: 15 }).split('\n');
      const footer = /^Side \d+ af \d+$/;
      // The last page's footer comes after one extra blank line.
      expect(footed.slice(-2)).toEqual(['', expect.stringMatching(footer)]);
      const kept = footed
        .slice(0, -2)
        .filter((line, index, lines) => !footer.test(line) && !footer.test(lines[index - 1] ?? ''));
      expect(kept.join('\n')).toBe(text);
    }
  });
});

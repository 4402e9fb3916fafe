/**
 * The linear rewrites of issue 10 give what the old regexes gave: on random
 * short strings built from the characters those regexes care about, each new
 * function is compared with the old one (test/support/reference-importer.ts).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseInline } from '../../src/minutes/inline.ts';
import { withoutTrailingSpaces } from '../../src/minutes/lines.ts';
import { reflow, isTocLine } from '../../src/minutes/reflow.ts';
import { isStructuralHeading } from '../../src/minutes/headings.ts';
import * as reference from '../support/reference-importer.ts';

/** Strings of the given pieces: markers, words, spaces of several kinds, line ends. */
const textOf = (pieces: string[], maxLength = 30) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(''));
const runs = { numRuns: 3000 };

describe('linear rewrites agree with the old regexes', () => {
  it('should trim the same trailing spaces as /[ \\u00a0]+$/', () => {
    fc.assert(
      fc.property(textOf(['a', ' ', '\u00a0', '\t', '\u2003', 'ø']), (text) => {
        expect(withoutTrailingSpaces(text)).toBe(reference.toLinesText(text));
      }),
      runs,
    );
  });

  const inlinePieces = [
    'a', 'Ø', 'ord', ' ', '\n', '\t', '\u00a0', '*', '**', '***', '[', ']', '(', ')', '](', '\\', '.', ',', '/', '@', '"',
    '<', '>', '</', '<b>', '</b>', '<B>', '</B>', '<i>', '</i>', '<strong>', '</strong>', '<em>', '</em>', '<u>', '</u>',
    '<br>', '<ul class="x">', '</li>', 'https://', 'http://x.dk', 'mailto:', 'javascript:', '<https://a.dk>', '😀',
  ];
  it('should parse inline markup as the old lazy regex did', () => {
    fc.assert(
      fc.property(textOf(inlinePieces), (text) => {
        expect(parseInline(text)).toEqual(reference.parseInline(text));
      }),
      { numRuns: 20000 },
    );
  });
  it('should find the same links, bold and tags when the text is mostly markers', () => {
    const markers = ['[', ']', '(', ')', '](', '](https://a)', '](a(b)c)', 'a', ' ', '\n', '\\', 'https://a', '**', '*', '<b>', '</b>', '<i>', '</I>'];
    fc.assert(
      fc.property(textOf(markers, 20), (text) => {
        expect(parseInline(text)).toEqual(reference.parseInline(text));
      }),
      { numRuns: 20000 },
    );
  });

  it('should tell table-of-contents lines as the old regex did', () => {
    fc.assert(
      fc.property(textOf(['.', '.', '.', '....', ' ', '\t', '\u2003', '1', '23', 'a'], 12), (text) => {
        expect(isTocLine(text)).toBe(/\.{4,}\t?\s*\d+\s*$/.test(text));
      }),
      { numRuns: 10000 },
    );
    expect(['Sag....\t3', 'Sag.....  12  ', 'a...1', 'a....b1', '1234'].map(isTocLine)).toEqual([true, true, false, false, false]);
  });

  // Lines of a wrapped document: words of several lengths, hyphens, markers, page numbers, blank lines.
  const word = fc.constantFrom('og', 'sagen', 'udvalget', 'beskæftigelses-', 'at-', 'Punkt', '-', '1.', '**fed**', 'økonomi', 'x....', '....\t3', '12', 'Beslutning', 'a\tb');
  const reflowLine = fc.oneof(
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 6, arbitrary: fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => words.join(' ')) },
    { weight: 1, arbitrary: fc.constantFrom('Sagsfremstilling', 'Økonomi', 'Beslutning Udvalget den 01-02-2023', '  indrykket linje') },
  );
  it('should join wrapped lines and split paragraphs as the old reflow did', () => {
    fc.assert(
      fc.property(fc.array(reflowLine, { maxLength: 40 }), (texts) => {
        const lines = texts.map((text, i) => ({ text, line: i + 1 }));
        expect(reflow(lines, isStructuralHeading)).toEqual(reference.reflowLines(lines, isStructuralHeading));
      }),
      { numRuns: 5000 },
    );
  });

  it('should not join a paragraph onto one whose joined lines end in a page number after a leader', () => {
    // "… x...." and "12" are joined by the wrap test; "… x.... 12" then reads as a table-of-contents line.
    const full = 'udvalget har drøftet sagen og besluttet at gå videre med den';
    const texts = [full, full, full, full, 'udvalget har drøftet sagen og besluttet at gå videre med x....', '12', '', 'sagen fortsætter her'];
    const lines = texts.map((text, i) => ({ text, line: i + 1 }));
    const out = reflow(lines, isStructuralHeading);
    expect(out).toEqual(reference.reflowLines(lines, isStructuralHeading));
    expect(out.map((l) => l.line)).toEqual([1, 7, 8]);
    expect(out[0]!.text.endsWith('x.... 12')).toBe(true);
  });
});


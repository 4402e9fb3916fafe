/**
 * The linear rewrites of issue 10 give what the old regexes gave: on random
 * short strings built from the characters those regexes care about, each new
 * function is compared with the old one (test/support/reference-importer.ts).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseInline } from '../../src/minutes/inline.ts';
import { withoutTrailingSpaces } from '../../src/minutes/lines.ts';
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
});

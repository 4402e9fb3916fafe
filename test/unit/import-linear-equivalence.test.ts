/**
 * The linear rewrites of issue 10 give what the old regexes gave: on random
 * short strings built from the characters those regexes care about, each new
 * function is compared with the old one (test/support/reference-importer.ts).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseInline } from '../../src/minutes/inline.ts';
import { withoutTrailingSpaces } from '../../src/minutes/lines.ts';
import { reflow } from '../../src/minutes/reflow.ts';
import { isTocLine, titleDate, tocEntry, trailingTerm, withoutTrailingDash, withoutTrailingPunctuation, withoutTrailingTerm } from '../../src/minutes/end-patterns.ts';
import { structuralHeading } from '../../src/minutes/headings.ts';
import { generic } from '../../src/minutes/layouts/index.ts';

const isStructuralHeading = structuralHeading(generic);
const withoutRole = <T extends { role?: unknown }>(people: T[]) => people.map(({ role: _role, ...rest }) => rest);
import { parseParticipants } from '../../src/minutes/header.ts';
import { splitItems } from '../../src/minutes/split-items.ts';
import { reconcileParticipants } from '../../src/minutes/to-model.ts';
import type { Header } from '../../src/minutes/header.ts';
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

  // Pieces of the end-anchored patterns: digits, dashes, dots, "d.", spaces of several kinds, a line separator.
  const endPieces = ['1', '2', '20', '2018', '2021', '-', '.', '...', '/', 'd.', 'd', ' ', '  ', '\t', '\u00a0', '\u2028', 'a', 'Udvalg'];
  const endText = textOf(endPieces, 16);
  const same = (actual: unknown, expected: RegExpExecArray | null) => expect(actual).toEqual(expected === null ? null : [...expected]);
  it('should read the end of a text as the old end-anchored regexes did', () => {
    fc.assert(
      fc.property(endText, (text) => {
        same(tocEntry(text), /^(.*?)\s*\.{3,}\s*\t?\s*(\d+)\s*$/.exec(text));
        same(titleDate(text), /^(.*?)\s+d\.\s*(\d{1,2})[-.](\d{1,2})[-.](\d{4})\s*$/.exec(text));
        same(trailingTerm(text), /(?:\s+-)?\s+(\d{4}\s*-\s*\d{4})$/.exec(text));
        expect(withoutTrailingTerm(text)).toBe(text.replace(/\s*-?\s*\d{4}\s*-\s*\d{4}\s*$/, ''));
        expect(withoutTrailingDash(text)).toBe(text.replace(/\s+-$/, ''));
        expect(withoutTrailingPunctuation(text)).toBe(text.replace(/[\s/.-]+$/, ''));
      }),
      { numRuns: 30000 },
    );
  });
  it('should match what the end patterns are for', () => {
    expect(titleDate('Økonomiudvalget 2018-2021 d. 06-11-2019')).toEqual(['Økonomiudvalget 2018-2021 d. 06-11-2019', 'Økonomiudvalget 2018-2021', '06', '11', '2019']);
    expect(trailingTerm('Økonomiudvalget - 2018 - 2021')?.[1]).toBe('2018 - 2021');
    expect(withoutTrailingTerm('Økonomiudvalget 2018-2021 ')).toBe('Økonomiudvalget');
    expect(tocEntry('Godkendelse af dagsorden.....\t3')).toEqual(['Godkendelse af dagsorden.....\t3', 'Godkendelse af dagsorden', '3']);
  });

  it('should read "… d. DD-MM-YYYY" titles as the old regex did, near-misses included', () => {
    const spaces = fc.constantFrom('', ' ', '  ', '\t');
    const digits = fc.constantFrom('', '1', '06', '123', '2019', '20190');
    const separator = fc.constantFrom('-', '.', '/');
    const title = fc
      .tuple(fc.constantFrom('', 'Udvalget', 'Udvalget\u2028x', 'Udvalget '), spaces, fc.constantFrom('d.', 'd', 'D.', '.'), spaces, digits, separator, digits, separator, digits, spaces)
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(title, (text) => {
        same(titleDate(text), /^(.*?)\s+d\.\s*(\d{1,2})[-.](\d{1,2})[-.](\d{4})\s*$/.exec(text));
      }),
      { numRuns: 10000 },
    );
  });

  it('should read participant lists as the old split and mark regexes did', () => {
    const pieces = ['Anne', 'Bo Ek', ' ', '  ', '\t', ',', ' , ', 'og', ' og ', '(', ')', '(A)', '(SF)', '(Afbud)', ' (afbud)', '( A )', '(x', 'a)'];
    fc.assert(
      fc.property(textOf(pieces, 14), (text) => {
        expect(withoutRole(parseParticipants(text))).toEqual(reference.parseParticipantsOf(text));
      }),
      { numRuns: 20000 },
    );
  });
  it('should read "Punkt N: title" lines as the old regex did', () => {
    fc.assert(
      fc.property(textOf(['Punkt', ' ', '  ', '\t', '1', '12', ':', 'a', 'Titel', '\u2028'], 10), (text) => {
        const items = splitItems([{ text, line: 1 }], generic).items;
        const old = /^Punkt\s+(\d{1,6})\s*:\s*(.*?)\s*$/.exec(text.trim());
        // Longer numbers are read as text since issue 10 (and reported).
        if (/^Punkt\s+\d{7,}/.test(text.trim())) return;
        expect(items.map((i) => [i.number, i.title])).toEqual(old ? [[Number(old[1]), old[2]]] : []);
      }),
      { numRuns: 10000 },
    );
  });

  it('should find the party letters of participants in the text as the regex per participant did', () => {
    const name = fc.constantFrom('Bo', 'Bo Ek', 'Ek', 'Anne (', 'A.B');
    const participant = fc.record({ name, party: fc.constantFrom(null, 'V'), absent: fc.boolean() });
    const text = textOf(['Bo', 'Bo Ek', 'Ek', 'Anne', ' ', ' (', '(', ')', 'A', 'SF', 'Afb', 'x', 'A.B', '\n'], 20);
    fc.assert(
      fc.property(fc.array(participant, { maxLength: 5 }), text, (participants, fullText) => {
        const header = { participants } as Header;
        expect(withoutRole(reconcileParticipants(header, [], 'Udvalg', '2020-01-01', fullText))).toEqual(reference.partyFromMentions(participants, fullText));
      }),
      { numRuns: 20000 },
    );
    // The first mention decides, even when it holds no party letter.
    const partyOf = (fullText: string) =>
      reconcileParticipants({ participants: [{ name: 'Bo', party: null, absent: false }] } as unknown as Header, [], 'U', '2020-01-01', fullText)[0]!.party;
    expect([partyOf('Bo (Afb) og Bo (V)'), partyOf('Bo (V) og Bo (Afb)')]).toEqual([null, 'V']);
  });
});

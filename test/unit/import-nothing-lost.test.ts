/**
 * Nothing of the source is silently dropped: every word of every seed appears
 * in the model, except page furniture and the table of contents — and those
 * are reported in `dropped`, each matching a known furniture pattern, so the
 * furniture list cannot become a hiding place.
 */
import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { importMinutes } from '../../src/minutes/index.ts';
import type { Meeting } from '../../src/model/types.ts';
import { seedNames, readSeed } from '../support/seeds.ts';

const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Everything a reader of the model can see: text values, link targets and all fields. */
function modelWords(meeting: Meeting): Set<string> {
  const out = new Set<string>();
  const add = (text: string | null | undefined) => {
    for (const w of words(text ?? '')) out.add(w);
  };
  const walk = (node: Nodes) => {
    if ('value' in node && typeof node.value === 'string') add(node.value);
    if (node.type === 'link') add(node.url);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  add(meeting.committee);
  add(meeting.term);
  add(meeting.date);
  add(meeting.location);
  add(meeting.startTime);
  for (const p of meeting.participants) add(`${p.name} ${p.party ?? ''}`);
  for (const item of meeting.items) {
    add(`${item.number} ${item.title}`);
    item.caseNumbers.forEach(add);
    item.attachments.forEach(add);
    for (const d of item.decisions) {
      add(`${d.committee ?? ''} ${d.date ?? ''}`);
      d.content.forEach(walk);
    }
    for (const s of item.sections) {
      add(s.heading);
      s.content.forEach(walk);
    }
  }
  return out;
}

// Structure words the model holds as structure, not as text.
const structural = new Set(
  words(
    'REFERAT d Mødedato kl Mødested Mødedeltagere Punkt Sagsnr Beslutning Beslutninger den pkt Bilag Afbud Fraværende ' +
      // "Mødedato Onsdag d. 08. januar 2020" is held as the date 2020-01-08.
      'mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar marts april maj juni juli august september oktober november december',
  ),
);
// HTML fragments from the extraction are markup, not text.
const stripMarkup = (text: string) => text.replace(/<\/?(?:ul|ol|li|br|p|span|div|font|i|em|b|strong|u)\b[^<>]*>/gi, ' ');

const furniturePatterns: Record<string, RegExp> = {
  'page-footer': /^\s*Side \d+( af \d+)?\s*$/,
  'running-header': /^(.+,|\d{2}\.\d{2}\.\d{4}|\p{Lu}\p{L}+ Kommune)$/u,
  'table-of-contents': /^(Indholdsfortegnelse|.*\.{3,}\t\d+)$/,
  label: /^(sagsfremstilling|Dagsordenpunkt.*|[\p{L}\s,&-]*udvalget)$/u,
  'repeated-title': /\S/,
  'open-marker': /(Åbent|Lukket) [Pp]unkt$/,
};

describe('nothing is lost', () => {
  for (const name of seedNames()) {
    it(`should keep every word of ${name} outside page furniture and the table of contents`, () => {
      const bytes = readSeed(name);
      const result = importMinutes(bytes, { path: name });
      expect(result.meeting).not.toBeNull();
      const have = modelWords(result.meeting!);
      const droppedLines = new Map<number, string[]>();
      for (const d of result.dropped) {
        expect(d.text.trim(), `${name}:${d.line} dropped as ${d.reason}`).toMatch(furniturePatterns[d.reason]!);
        droppedLines.set(d.line, [...(droppedLines.get(d.line) ?? []), d.text]);
      }
      const lines = new TextDecoder().decode(bytes).split('\n');
      const missing: string[] = [];
      /** The nearest line before or after `index` that is neither blank nor furniture. */
      const contentLine = (index: number, step: 1 | -1): string | undefined => {
        for (let i = index + step; i >= 0 && i < lines.length; i += step) {
          if (lines[i]!.trim() !== '' && !droppedLines.has(i + 1)) return lines[i];
        }
        return undefined;
      };
      lines.forEach((raw, index) => {
        const dropped = droppedLines.get(index + 1);
        let text = stripMarkup(raw);
        // A partly dropped line (e.g. the committee after "Sagsnr. 123") is checked without the dropped part.
        for (const part of dropped ?? []) text = text.replace(part, ' ');
        if (dropped && text.trim() === '') return;
        const lineWords = words(text);
        lineWords.forEach((word, position) => {
          if (have.has(word) || structural.has(word)) return;
          // Hyphenated at a line end: "Kulturfor-" + "valtningen" is one word in the model, even across furniture.
          if (position === lineWords.length - 1 && /\p{Ll}-\s*\**$/u.test(raw)) {
            const continued = words(contentLine(index, +1) ?? '')[0];
            if (continued && have.has(word + continued)) return;
          }
          if (position === 0) {
            const previous = contentLine(index, -1) ?? '';
            const tail = words(previous).at(-1);
            if (tail && /\p{Ll}-\s*\**$/u.test(previous) && have.has(tail + word)) return;
          }
          missing.push(`${name}:${index + 1}: ${word}`);
        });
      });
      expect(missing).toEqual([]);
    });
  }
});

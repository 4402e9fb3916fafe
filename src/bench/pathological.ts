/**
 * Pathological minutes (issue 10): valid minutes whose body is one shape that
 * a backtracking regex or a nested loop turns into quadratic time — long runs
 * of spaces, dots, stars, brackets, deep list nesting, thousands of items.
 * Used by the pathological benchmark and by the test that imports each shape.
 *
 * Pure and deterministic: the same kind and size give the same text. The text
 * is invented; nothing is copied from real minutes.
 */

export const pathologicalKinds = [
  'spaces',
  'spaces-header',
  'spaces-title',
  'long-line',
  'wrapped',
  'split-paragraphs',
  'punkt',
  'nested',
  'stars',
  'angles',
  'brackets',
  'dots',
  'tabs',
  'table',
  'participants',
  'attachments',
  'labels',
  'decisions',
] as const;
export type PathologicalKind = (typeof pathologicalKinds)[number];

export interface PathologicalMinutes {
  text: string;
  /** Words that must survive the import (in a field or in the body text): the shape's first and last words. */
  survivors: string[];
}

const head = 'REFERAT Prøveudvalget d. 01-02-2023\n\nMødedato Onsdag d. 1. februar 2023 kl. 16:00\n\nMødested Mødelokale 2\n\n';

/** One item whose case text is `body`: the shape sits where most importer code runs over it. */
function inItem(body: string): string {
  return `${head}Punkt 1: Prøvepunkt\n\nSagsfremstilling\n\n${body}\n\nBeslutning\n\nGodkendt.\n`;
}

/** `unit(i)` repeated until about `bytes` characters, joined by `separator`. */
function repeat(bytes: number, separator: string, unit: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length + separator.length;
  }
  return parts.join(separator);
}

/** Minutes of about `bytes` bytes of UTF-8. */
export function pathologicalMinutes(kind: PathologicalKind, bytes: number): PathologicalMinutes {
  const n = Math.max(100, bytes - head.length - 80);
  switch (kind) {
    case 'spaces':
      // Runs of spaces and no-break spaces inside a line: the trailing-space regex retried at every space.
      return { text: inItem(`Begyndelse${' '.repeat(n / 2)}midte${'\u00a0'.repeat(n / 4)}slutning`), survivors: ['begyndelse', 'midte', 'slutning'] };
    case 'spaces-header':
      return { text: `REFERAT Prøve${' '.repeat(n)}udvalget d. 01-02-2023\n\nPunkt 1: Prøvepunkt\n\nTekst om sagen.\n`, survivors: ['prøve', 'udvalget'] };
    case 'spaces-title':
      return { text: `${head}Punkt 1: Titel${' '.repeat(n)}slutord\n\nTekst om sagen.\n`, survivors: ['titel', 'slutord'] };
    case 'long-line':
      return { text: inItem(`Førsteord ${repeat(n, ' ', (i) => (i % 50 === 0 ? `**fed${i}**` : `ord${i % 10}`))} sidsteord`), survivors: ['førsteord', 'sidsteord'] };
    case 'wrapped':
      // One paragraph wrapped at 61 columns (the first line's length): the reflow joins every line onto the one before.
      return {
        text: inItem(`${repeat(n, '\n', (i) => `${i === 0 ? 'Førsteord' : 'linje'} ${String(i).padStart(7, '0')} af et afsnit som eksporten har ombrudt her`)}\nsidsteord`),
        survivors: ['førsteord', 'sidsteord'],
      };
    case 'split-paragraphs':
      // A sentence split by a blank line again and again: each piece is joined to the paragraph before.
      return { text: inItem(`Førsteord ${repeat(n, '\n\nog ', (i) => `stykke nummer ${i} fortsætter`)} sidsteord`), survivors: ['førsteord', 'sidsteord'] };
    case 'punkt': {
      const items = repeat(n * 0.65, '\n', (i) => `Punkt ${i + 1}: Sag nummer ${i + 1}\n\nTekst om sag ${i + 1}.\n`);
      const count = items.split('\nPunkt ').length;
      const toc = Array.from({ length: count }, (_, i) => `Sag nummer ${i + 1}.....\t${i + 1}`).join('\n');
      return { text: `${head}Indholdsfortegnelse\n\n${toc}\n\n${items}`, survivors: ['sag', `${count}`] };
    }
    case 'nested': {
      // Two spaces deeper on every line; 1 MB is about 1 000 levels, 10 MB about 3 150 (the 3 000 levels of issue 10).
      const lines = repeat(n, '\n', (depth) => `${'  '.repeat(depth)}- niveau${depth}`);
      const last = lines.slice(lines.lastIndexOf('niveau'));
      return { text: inItem(`Liste:\n\n${lines}`), survivors: ['niveau0', last] };
    }
    case 'stars':
      // Bold openers that never close ("**" after a space cannot close): the lazy scan runs to the end each time.
      return { text: inItem(`Førsteord ${repeat(n, ' ', (i) => `**ord${i % 10}`)} sidsteord`), survivors: ['førsteord', 'sidsteord'] };
    case 'angles':
      return { text: inItem(`Førsteord ${repeat(n, ' ', (i) => `<b>ord${i % 10}`)} sidsteord`), survivors: ['førsteord', 'sidsteord'] };
    case 'brackets':
      return { text: inItem(`Førsteord ${repeat(n, ' ', (i) => `[ord${i % 10}`)} sidsteord`), survivors: ['førsteord', 'sidsteord'] };
    case 'dots':
      // A table-of-contents line that is all leader dots and no page number.
      // (The line is neither an entry nor a header field, so its words are not kept; the import must still end.)
      return { text: `${head}Indholdsfortegnelse\n\nIndledning${'.'.repeat(n)} ingen side\n\nPunkt 1: Indledning\n\nTekst om sagen.\n`, survivors: ['indledning', 'tekst'] };
    case 'tabs':
      return { text: inItem(`Førstecelle${'\t'.repeat(n)}sidstecelle`), survivors: ['førstecelle', 'sidstecelle'] };
    case 'table':
      return { text: inItem(`Navn\tAntal\n${repeat(n, '\n', (i) => `række${i}\t${i}`)}`), survivors: ['navn', 'række0'] };
    case 'participants': {
      // Participants without a party letter: each is looked up in the text of the whole meeting.
      const names = repeat(n, ', ', (i) => `Deltager Nummer${i}`);
      return { text: `${head.replace('Mødested', `Mødedeltagere ${names}\n\nMødested`)}Punkt 1: Prøvepunkt\n\nTekst om sagen.\n`, survivors: ['deltager', 'nummer0'] };
    }
    case 'attachments':
      return { text: inItem(`Tekst om sagen.\n\nBilag\n\n${repeat(n, '\n', (i) => `Bilag nummer ${i}.pdf`)}`), survivors: ['bilag', 'pdf'] };
    case 'labels':
      // Vendor labels before the first section: each one is reported as dropped.
      return { text: `${head}Punkt 1: Prøvepunkt\n\n${repeat(n, '\n', () => 'sagsfremstilling')}\n\nSagsfremstilling\n\nTekst om sagen.\n`, survivors: ['tekst', 'sagen'] };
    case 'decisions':
      // Decision headings padded with spaces to near the 240-character limit of a heading.
      return {
        text: inItem(repeat(n, '\n\n', (i) => `Beslutning Udvalget${' '.repeat(190)}for Sag${i} den 01-02-2023\n\nGodkendt${i}.`)),
        survivors: ['godkendt0', 'udvalget'],
      };
  }
}

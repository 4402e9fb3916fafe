import { describe, expect, it } from 'vitest';
import { importMinutes } from '../../src/minutes/index.ts';

const minutes = (body: string) =>
  new TextEncoder().encode(`REFERAT Udvalget for Test d. 08-01-2020\n\nMødedato Onsdag d. 08. januar 2020 kl. 16:30\n\nPunkt 1: Placering af en skole\n\n${body}\n`);

describe('Gladsaxe "Dagsordenpunkt" labels', () => {
  it('should drop a wrapped bold title glued to the label, and nothing after it', () => {
    const result = importMinutes(minutes('Dagsordenpunkt**Placering af en\nskole**\n\nBeslutning\n\nAnbefales.'), { path: 'x' });
    expect(result.meeting?.items[0]?.decision).toBe('Anbefales.');
    expect(result.dropped.map((d) => [d.reason, d.text])).toEqual([
      ['label', 'Dagsordenpunkt**Placering af en'],
      ['repeated-title', 'skole**'],
    ]);
  });
  it('should keep the text after a label whose bold never closes', () => {
    const result = importMinutes(minutes('Dagsordenpunkt**Placering af en\n\nSagsfremstilling\n\nSkolen skal ligge centralt.\n\nBeslutning\n\nAnbefales.'), { path: 'x' });
    const item = result.meeting!.items[0]!;
    expect(item.sections.map((s) => [s.heading, s.text])).toEqual([['Sagsfremstilling', 'Skolen skal ligge centralt.']]);
    expect(item.decision).toBe('Anbefales.');
    expect(result.dropped.map((d) => d.reason)).toEqual(['label']);
  });
});

import { describe, expect, it } from 'vitest';
import { folderName } from '../../src/minutes/import-minutes.ts';
import { importMinutes } from '../../src/minutes/index.ts';

const minutes = (extra = '') =>
  new TextEncoder().encode(`REFERAT Udvalget for Test d. 08-01-2020\n\nMødedato Onsdag d. 08. januar 2020 kl. 16:30\n\nPunkt 1: Eventuelt\n\n${extra}\n`);

describe('municipality', () => {
  it('should turn a lower-case folder name into the municipality name', () => {
    expect(folderName('roskilde')).toBe('Roskilde Kommune');
    expect(folderName('helsingør')).toBe('Helsingør Kommune');
    expect(folderName('lyngby-taarbæk')).toBe('Lyngby-Taarbæk Kommune');
    expect(folderName('Frederiksberg')).toBe('Frederiksberg');
  });
  it('should prefer the name printed in the text when it matches the folder', () => {
    expect(importMinutes(minutes('Sagen drøftes i Lyngby-Taarbæk Kommune.'), { path: 'x', municipalityFolder: 'lyngby-taarbaek' }).meeting?.municipality).toBe('Lyngby-Taarbæk Kommune');
  });
  it('should use --municipality as given, over folder and text', () => {
    expect(importMinutes(minutes('Roskilde Kommune'), { path: 'x', municipality: 'Testby', municipalityFolder: 'lejre' }).meeting?.municipality).toBe('Testby');
  });
  it('should infer it from the text with a warning, or leave it null with a warning', () => {
    const inferred = importMinutes(minutes('Roskilde Kommune og Roskilde Kommunes borgere, Køge Kommune'), { path: 'x' });
    expect(inferred.meeting?.municipality).toBe('Roskilde Kommune');
    expect(inferred.meeting?.warnings.map((w) => w.ruleId)).toEqual(['municipality-from-text']);
    const none = importMinutes(minutes(), { path: 'x' });
    expect(none.meeting?.municipality).toBeNull();
    expect(none.meeting?.warnings.map((w) => w.ruleId)).toEqual(['unknown-municipality']);
  });
});

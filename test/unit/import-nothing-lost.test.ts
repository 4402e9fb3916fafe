/**
 * Nothing is lost: every paragraph of every seed is in the model, in the
 * right place and in order; what the importer drops on purpose must be what
 * a reader agrees can go (see test/support/nothing-lost.ts).
 */
import { describe, expect, it } from 'vitest';
import { importMinutes } from '../../src/minutes/index.ts';
import { seedNames, readSeed } from '../support/seeds.ts';
import { lostText } from '../support/nothing-lost.ts';

describe('nothing is lost', () => {
  for (const name of seedNames()) {
    it(`should keep every paragraph of ${name} outside page furniture and the table of contents`, () => {
      const bytes = readSeed(name);
      const result = importMinutes(bytes, { path: name });
      expect(result.meeting).not.toBeNull();
      expect(lostText(name, new TextDecoder().decode(bytes), result)).toEqual([]);
    });
  }
});

/** Each fixture's input gives exactly the model, messages and dropped lines in its expected.json. */
import { describe, expect, it } from 'vitest';
import { fixtureNames, fixtureResult, readExpected } from '../support/import-fixtures.ts';

describe('import fixtures', () => {
  for (const name of fixtureNames()) {
    it(`should read ${name}/input.txt as its expected.json says`, () => {
      expect(fixtureResult(name)).toEqual(readExpected(name));
    });
  }
});

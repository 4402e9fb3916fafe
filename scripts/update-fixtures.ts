/**
 * Rewrites test/fixtures/import/<case>/expected.json from the importer's
 * output, for the cases named (or all), and says which changed. Review the
 * diff (git diff test/fixtures) before committing: the tests never do this.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureNames, fixtureResult, fixturesDir } from '../test/support/import-fixtures.ts';

const names = process.argv.length > 2 ? process.argv.slice(2) : fixtureNames();
for (const name of names) {
  const path = join(fixturesDir, name, 'expected.json');
  const text = `${JSON.stringify(fixtureResult(name), null, 2)}\n`;
  const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (before === text) continue;
  writeFileSync(path, text);
  console.log(`${before === null ? 'wrote' : 'changed'} ${path}`);
}

/** "referat 0.1.0 (warcio 2.4.11, yazl 3.3.1)": what made a snapshot, for the WARC, the datapackage and the bag. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import referat from '../../package.json' with { type: 'json' };

const require = createRequire(import.meta.url);

/** The installed version of a package (its package.json above its entry point). */
function versionOf(name: string): string | undefined {
  try {
    let dir = dirname(require.resolve(name));
    for (let depth = 0; depth < 5; depth++, dir = dirname(dir)) {
      const file = join(dir, 'package.json');
      if (!existsSync(file)) continue;
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (json.name === name) return json.version;
    }
  } catch {
    // not installed where expected: named without a version
  }
  return undefined;
}

export const referatAgent = `referat ${referat.version}`;

export function softwareText(): string {
  const libraries = ['warcio', 'yazl'].map((name) => [name, versionOf(name)].filter(Boolean).join(' '));
  return `${referatAgent} (${libraries.join(', ')})`;
}

/**
 * What ships does not import test code: `referat bench` runs scripts/bench-search-transfer.ts, and an
 * install without the test folder must still run every command. The scripts that write test fixtures
 * (update-fixtures.ts, make-document-fixtures.ts) and bench-documents.ts, which times the PDF reader on
 * documents typeset by the tests' typesetter (a devDependency, pdfkit), may: they run from a checkout only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const testDir = resolve(root, 'test');
const devOnly = new Set(['scripts/update-fixtures.ts', 'scripts/make-document-fixtures.ts', 'scripts/bench-documents.ts']);

/** Relative specifiers of every static and dynamic import in a file. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((match) => match[1]!);
}

function shippedFiles(): string[] {
  const list = (dir: string): string[] =>
    (readdirSync(join(root, dir), { recursive: true }) as string[]).filter((f) => /\.(ts|mjs|js|astro)$/.test(f)).map((f) => `${dir}/${f}`);
  return [...list('src'), ...list('scripts'), ...list('bin')].filter((file) => !devOnly.has(file));
}

describe('shipped code', () => {
  it('finds the imports it checks', () => {
    expect(imports(join(root, 'scripts/update-fixtures.ts'))).toContain('../test/support/import-fixtures.ts');
    expect(shippedFiles()).toContain('scripts/bench-search-transfer.ts');
  });

  it('imports nothing from test/', () => {
    const offending = shippedFiles().flatMap((file) =>
      imports(join(root, file))
        .filter((specifier) => !relative(testDir, resolve(root, file, '..', specifier)).startsWith('..'))
        .map((specifier) => `${file} → ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});

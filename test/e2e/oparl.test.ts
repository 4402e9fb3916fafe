/**
 * Issue 14, point 2, on the built seed site (--site https://referater.example.dk,
 * base /referater/): every OParl file it has passes a validator's checks and
 * every object the spec's JSON Schema; `referat serve` sends the files as JSON
 * with `Access-Control-Allow-Origin: *`, so a page of another origin can read
 * them in Chromium.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveSite } from '../../src/cli/commands/serve.ts';
import type { StaticServer } from '../../src/utils/static-server.ts';
import { checkOparl, oparlObjects, type CheckedFile } from '../support/oparl-check.ts';
import { hasOparlSchemas, oparlValidator } from '../support/oparl-schema.ts';
import { closeBrowser, context, siteBase, siteOrigin, url } from './site.ts';

const root = `${siteOrigin}${siteBase}`;
let files: CheckedFile[];
let server: StaticServer;

beforeAll(async () => {
  const dir = inject('siteDir');
  files = readdirSync(join(dir, 'oparl'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort()
    .map((path) => ({ path, json: JSON.parse(readFileSync(join(dir, path), 'utf8')) as unknown }));
  const served = await serveSite({ dir, base: siteBase, port: 0, host: '127.0.0.1' }, { out: () => {}, err: () => {} });
  if (typeof served === 'number') throw new Error('referat serve failed');
  server = served;
});

afterAll(async () => {
  await closeBrowser();
  await server?.close();
});

describe('OParl of the seed site', () => {
  it('should have a Meeting for each of the five seed minutes', () => {
    expect(files.filter((file) => file.path.startsWith('oparl/v1/meeting/'))).toHaveLength(5);
  });

  it('should pass a validator\'s checks: https ids that are the files\' URLs, every link a file of the site, no null or ""', () => {
    const dir = inject('siteDir');
    const exists = (path: string): boolean => statSync(join(dir, path.endsWith('/') ? `${path}index.html` : path), { throwIfNoEntry: false })?.isFile() === true;
    expect(checkOparl(files, { url: (path) => `${root}${path}`, sitePathExists: exists, root })).toEqual([]);
  });

  it.skipIf(!hasOparlSchemas)('should validate every object against the spec\'s JSON Schema', () => {
    const objects = oparlObjects(files);
    expect(objects.length).toBeGreaterThan(files.length);
    const failures = objects.flatMap(({ where, type, object }) => {
      const check = oparlValidator(type);
      return check(object) ? [] : [`${where}: ${JSON.stringify(check.errors)}`];
    });
    expect(failures).toEqual([]);
  });

  it('should be served as JSON any origin may read', async () => {
    const entry = new URL('oparl/v1/system.json', server.url).href;
    const response = await fetch(entry);
    expect([response.status, response.headers.get('content-type'), response.headers.get('access-control-allow-origin')]).toEqual([200, 'application/json; charset=utf-8', '*']);
    // A page of another origin (the test server's port) reads it with fetch().
    const { context: light } = await context('light');
    const page = await light.newPage();
    await page.goto(url('/'));
    const read = await page.evaluate(async (href) => ((await (await fetch(href)).json()) as { type: string }).type, entry);
    expect(read).toBe('https://schema.oparl.org/1.1/System');
    await page.close();
  });
});

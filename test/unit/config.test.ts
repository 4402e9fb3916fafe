/**
 * Issue 12, point 1: referat.config.json. One strict schema: each bad value
 * gives one line naming the file and the key (exit 2, no stack); the accent is
 * refused below 4.5:1 against the site's backgrounds, naming the ratio;
 * defaults are the schema's; a flag wins over the config.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { resolveOptions } from '../../src/cli/config-options.ts';
import { contrast, darkAccentOf, siteBackgrounds, weakestContrast } from '../../src/config/contrast.ts';
import { ConfigError, loadConfig } from '../../src/config/load.ts';
import { pageConfig } from '../../src/config/page-config.ts';
import { configSchema } from '../../src/config/schema.ts';
import { themeCss } from '../../src/config/theme-css.ts';
import { validateConfig } from '../../src/config/validate.ts';
import { formatMessages } from '../../src/diagnostics/report.ts';

const errors = (value: unknown): string[] | undefined => validateConfig(value, 'referat.config.json').errors;
const work = mkdtempSync(join(tmpdir(), 'referat-config-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, contents] of Object.entries(files)) writeFileSync(join(dir, file), typeof contents === 'string' ? contents : contents);
  return dir;
}

describe('config errors', () => {
  it('should name the file, the key, what was expected and what was received, one line each', () => {
    expect(errors({ theme: { accent: 'blå' } })).toEqual(['referat.config.json: `theme.accent`: expected a colour such as `#005b9a`, received `blå`']);
    expect(errors({ title: 3, site: 'ftp://referater.example.dk', footer: { links: [{ label: 'Om', href: 'javascript:alert(1)' }] } })).toEqual([
      'referat.config.json: `title`: expected a text, received `3`',
      'referat.config.json: `site`: expected an absolute http(s) address such as `https://www.example.dk/`, received `ftp://referater.example.dk`',
      'referat.config.json: `footer.links[0].href`: expected an absolute http(s) address or a path of this site such as `/om/`, received `javascript:alert(1)`',
    ]);
    expect(errors({ publisher: { name: 'Eksempel Kommune', email: 'post' }, language: 'en', logo: { src: 'logo.gif', alt: '' }, searchPeriodPages: 0 })).toEqual([
      'referat.config.json: `language`: expected `da`, the one language Referat has, received `en`',
      'referat.config.json: `publisher.email`: expected an e-mail address such as `post@eksempel.dk`, received `post`',
      'referat.config.json: `logo.src`: expected an SVG or PNG file such as `logo.svg`, received `logo.gif`',
      'referat.config.json: `logo.alt`: expected a text, received ``',
      'referat.config.json: `searchPeriodPages`: expected a positive whole number, received `0`',
    ]);
    expect(errors({ publisher: { name: 'Eksempel Kommune' } })).toEqual(['referat.config.json: `publisher`: expected `email` or `phone`: a way to contact the publisher']);
    expect(errors({ publisher: {} })).toEqual(['referat.config.json: `publisher.name`: expected a text, received nothing']);
    expect(errors({ municipalities: [{ name: 'Region Hovedstaden', slug: 'Region H' }] })).toEqual([
      'referat.config.json: `municipalities[0].slug`: expected a URL segment of lower-case letters, digits and hyphens such as `region-hovedstaden`, received `Region H`',
    ]);
  });

  it('should refuse unknown keys, naming the keys it knows', () => {
    expect(errors({ theme: { acent: '#005b9a' } })).toEqual(['referat.config.json: `theme.acent`: unknown key, expected one of `accent`, `accentDark`']);
    expect(errors({ titel: 'Referater' })).toEqual([
      'referat.config.json: `titel`: unknown key, expected one of `title`, `description`, `language`, `base`, `site`, `publisher`, `logo`, `theme`, `footer`, `openData`, `input`, `content`, `out`, `municipality`, `strict`, `searchPeriodPages`, `municipalities`',
    ]);
  });

  it('should report a JSON syntax error with its line and column, and a missing --config file', async () => {
    const dir = folder('syntax', { 'referat.config.json': '{\n  "title": "Referater"\n  "base": "/referater/"\n}\n' });
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(new ConfigError(["referat.config.json:3:3: not valid JSON: Expected ',' or '}' after property value"]));
    await expect(loadConfig({ cwd: dir, config: 'andet.json' })).rejects.toThrow('andet.json: no such file (from --config)');
  });

  it('should exit 2 with the lines alone, no stack, from the command line', async () => {
    const dir = folder('cli', { 'bad.json': JSON.stringify({ theme: { accent: 'blå' }, footer: { accessibilityStatement: 'https://www.was.digst.dk/eksempel' } }) });
    const err: string[] = [];
    const code = await main(['build', '--config', join(dir, 'bad.json'), '--input', dir, '--out', join(dir, 'out')], { out: () => {}, err: (line) => err.push(line) });
    expect(code).toBe(2);
    expect(err).toEqual([`${join(dir, 'bad.json')}: \`theme.accent\`: expected a colour such as \`#005b9a\`, received \`blå\``]);
  });
});

describe('the accent colour', () => {
  it('should check against the backgrounds site.css really has', () => {
    const css = readFileSync(new URL('../../src/styles/site.css', import.meta.url), 'utf8');
    const [light, dark] = [css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')), css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))];
    const value = (block: string, name: string) => new RegExp(`${name}: (#[0-9a-f]{6});`).exec(block)?.[1];
    expect({ '--bg': value(light, '--bg'), '--surface': value(light, '--surface') }).toEqual(siteBackgrounds.light);
    expect({ '--bg': value(dark, '--bg'), '--surface': value(dark, '--surface') }).toEqual(siteBackgrounds.dark);
  });

  it('should refuse an accent below 4.5:1 in either scheme, naming the ratio and the background', () => {
    expect(errors({ theme: { accent: '#7fb2e5' } })).toEqual([
      'referat.config.json: `theme.accent`: `#7fb2e5` contrasts only 2.04:1 with the light background `#f3f5f8`, expected at least 4.5:1 (WCAG AA for text)',
    ]);
    expect(errors({ theme: { accent: '#005b9a', accentDark: '#1a4d8f' } })).toEqual([
      'referat.config.json: `theme.accentDark`: `#1a4d8f` contrasts only 1.87:1 with the dark background `#1f232a`, expected at least 4.5:1 (WCAG AA for text)',
    ]);
    // Passing on white (4.48:1, shown rounded down, never as 4.5) is not enough: the header and footer are `--surface`.
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(errors({ theme: { accent: '#777777' } })).toEqual([
      'referat.config.json: `theme.accent`: `#777777` contrasts only 4.10:1 with the light background `#f3f5f8`, expected at least 4.5:1 (WCAG AA for text)',
    ]);
    expect(errors({ theme: { accent: '#005b9a' } })).toBeUndefined();
  });

  it('should derive a dark accent that passes, and write both as custom properties', () => {
    const theme = pageConfig(configSchema.parse({ theme: { accent: '#005b9a' } }), null).theme;
    expect(theme.light.accent).toBe('#005b9a');
    expect(theme.dark.accent).toBe(darkAccentOf('#005b9a'));
    expect(weakestContrast(theme.dark.accent, 'dark').ratio).toBeGreaterThanOrEqual(4.5);
    expect(weakestContrast(theme.light.strong, 'light').ratio).toBeGreaterThan(weakestContrast(theme.light.accent, 'light').ratio);
    expect(weakestContrast(theme.dark.strong, 'dark').ratio).toBeGreaterThan(weakestContrast(theme.dark.accent, 'dark').ratio);
    expect(themeCss(theme)).toBe(
      `:root {\n  --accent: #005b9a;\n  --accent-strong: ${theme.light.strong};\n}\n@media (prefers-color-scheme: dark) {\n  :root {\n    --accent: ${theme.dark.accent};\n    --accent-strong: ${theme.dark.strong};\n  }\n}\n`,
    );
  });
});

describe('defaults', () => {
  it('should fill in every default of the schema', () => {
    expect(configSchema.parse({})).toEqual({
      title: 'Referater',
      description: 'Referater fra kommunale udvalgsmøder',
      language: 'da',
      base: '/',
      theme: {},
      footer: { links: [] },
      strict: false,
      searchPeriodPages: 1000,
      municipalities: [],
    });
    expect(pageConfig(configSchema.parse({}), null)).toEqual({
      title: 'Referater',
      description: 'Referater fra kommunale udvalgsmøder',
      language: 'da',
      publisher: null,
      logo: null,
      footer: { accessibilityStatement: null, links: [] },
      openData: null,
      theme: { light: { accent: '#1a4d8f', strong: expect.any(String) }, dark: { accent: '#8cb8ff', strong: expect.any(String) } },
      municipalities: [],
    });
  });

  it('should use every default without a config file, and warn of a config without an accessibility statement', async () => {
    const none = await loadConfig({ cwd: folder('none', {}) });
    expect(none.file).toBeNull();
    expect(formatMessages(none.messages)).toEqual([]);
    const dir = folder('warn', { 'referat.config.json': '{}' });
    expect(formatMessages((await loadConfig({ cwd: dir })).messages)).toEqual([
      'referat.config.json: warning: Unexpected site without `footer.accessibilityStatement`, expected the address of its Tilgængelighedserklæring (WAS-Tool), which Danish public websites must link: the footer links /was/, which says it is missing [missing-accessibility-statement]',
    ]);
  });

  it('should read the logo\'s size and name its copy by its content', async () => {
    const png = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png, 0);
    png.write('IHDR', 12, 'latin1');
    png.writeUInt32BE(240, 16);
    png.writeUInt32BE(80, 20);
    const dir = folder('logo', { 'logo.svg': '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="1" height="1"/></svg>', 'logo.png': png, 'flat.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>' });
    const write = (src: string) => writeFileSync(join(dir, 'referat.config.json'), JSON.stringify({ logo: { src, alt: 'Eksempel Kommune' }, footer: { accessibilityStatement: 'https://www.was.digst.dk/eksempel' } }));
    write('logo.svg');
    expect((await loadConfig({ cwd: dir })).logo).toEqual({ file: join(dir, 'logo.svg'), path: expect.stringMatching(/^_astro\/logo\.[\w-]{10}\.svg$/), alt: 'Eksempel Kommune', width: 120, height: 40 });
    write('logo.png');
    expect((await loadConfig({ cwd: dir })).logo).toMatchObject({ width: 240, height: 80, path: expect.stringMatching(/\.png$/) });
    write('flat.svg');
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(`referat.config.json: \`logo.src\`: cannot read the size of ${join(dir, 'flat.svg')}, expected an SVG file whose <svg> has a viewBox or a width and height`);
    write('gone.svg');
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(`referat.config.json: \`logo.src\`: no such file ${join(dir, 'gone.svg')}`);
  });
});

describe('flags and config', () => {
  it('should take every option from the config, paths relative to it, and let a flag win', async () => {
    const dir = folder('precedence', {
      'referat.config.json': JSON.stringify({ input: 'minutes', out: 'dist', content: 'content', base: '/referater/', site: 'https://referater.example.dk', municipality: 'Lejre', strict: true, searchPeriodPages: 50 }),
    });
    const loaded = await loadConfig({ cwd: dir });
    const fromConfig = resolveOptions({}, loaded);
    expect({ ...fromConfig, config: undefined }).toEqual({
      input: join(dir, 'minutes'),
      out: join(dir, 'dist'),
      content: join(dir, 'content'),
      base: '/referater/',
      site: 'https://referater.example.dk',
      municipality: 'Lejre',
      strict: true,
      searchPeriodPages: 50,
      municipalities: [],
      config: undefined,
      logoFile: null,
    });
    const flags = { input: 'in', out: 'out', content: 'c', base: '/', site: 'https://andet.example.dk', municipality: 'Roskilde', strict: true, searchPeriodPages: 7 };
    expect({ ...resolveOptions(flags, loaded), config: undefined, municipalities: undefined, logoFile: undefined }).toEqual({ ...flags, config: undefined, municipalities: undefined, logoFile: undefined });
    expect(() => resolveOptions({}, { ...loaded, config: { ...loaded.config, input: undefined } })).toThrow('missing --input (or `input` in referat.config.json)');
  });
});

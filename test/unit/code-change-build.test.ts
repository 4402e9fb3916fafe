/**
 * Issue 16, point 2: an incremental build equals a full one after any change
 * of code or settings, not only of content. In a copy of the project (so the
 * real one is never edited), a component, the page layout, a CSS rule, a UI
 * string and the settings are changed in turn; after each, `referat build`
 * without --full must carry the change and write the same bytes as a
 * `--full` build of the same state.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArchive } from '../../src/bench/write-archive.ts';
import { differences, folderBytes } from '../support/folder-bytes.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

let work: string;
let project: string;

/** `referat build` in the copy; returns its build line. */
async function build(out: string, ...flags: string[]): Promise<string> {
  const { stderr } = await run(process.execPath, [join(project, 'scripts/referat.ts'), 'build', '--input', join(work, 'input'), '--content', join(work, `${out}-content`), '--out', join(work, out), ...flags], { cwd: project });
  return stderr.split('\n').find((line) => line.startsWith('build: ') && line.includes(' pages (')) ?? stderr;
}

function edit(file: string, from: string, to: string): void {
  const path = join(project, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}" to change`);
  writeFileSync(path, text.replace(from, to));
}

const page = (out: string, path: string): string => readFileSync(join(work, out, path), 'utf8');

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'referat-code-change-'));
  project = join(work, 'project');
  for (const entry of ['src', 'public', 'scripts', 'bin', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'package-lock.json']) {
    cpSync(join(projectRoot, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(project, 'node_modules'));
  await writeArchive(join(work, 'input'), { meetings: 3, seed: 11 });
  expect(await build('site')).toContain('; full)');
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('an incremental build after a change of code or settings', () => {
  let step = 0;
  /** Builds incrementally into `site` and in full into a fresh folder; both must be the same bytes. */
  async function expectSameAsFull(...flags: string[]): Promise<void> {
    await build('site', ...flags);
    const full = `full-${step++}`;
    await build(full, '--full', ...flags);
    expect(differences(await folderBytes(join(work, 'site')), await folderBytes(join(work, full)))).toEqual([]);
  }
  const anItemPage = async (): Promise<string> => {
    const found = [...(await folderBytes(join(work, 'site'))).keys()].find((name) => /punkt-1\/index\.html$/.test(name));
    return page('site', found!);
  };

  it('should carry a changed component into every item page', async () => {
    edit('src/mdx/components.ts', "className: ['decision']", "className: ['decision', 'decision--changed']");
    await expectSameAsFull();
    expect(await anItemPage()).toContain('class="decision decision--changed"');
  }, 120_000);

  it('should carry a changed page layout into every page', async () => {
    edit('src/layouts/BaseLayout.astro', '<body>', '<body data-changed="layout">');
    await expectSameAsFull();
    expect(page('site', 'index.html')).toContain('data-changed="layout"');
    expect(await anItemPage()).toContain('data-changed="layout"');
  }, 120_000);

  it('should carry a changed CSS rule into the stylesheet every page links', async () => {
    writeFileSync(join(project, 'src/styles/site.css'), `${readFileSync(join(project, 'src/styles/site.css'), 'utf8')}\n.changed-rule { outline-offset: 7px; }\n`);
    await expectSameAsFull();
    const css = [...(await folderBytes(join(work, 'site')))].filter(([name]) => name.endsWith('.css')).map(([, bytes]) => bytes.toString());
    expect(css.some((text) => text.includes('.changed-rule'))).toBe(true);
  }, 120_000);

  it('should carry a changed UI string into the pages and the search index', async () => {
    edit('src/i18n/da.json', '"meeting.agenda": "Dagsorden"', '"meeting.agenda": "Punkter på dagsordenen"');
    await expectSameAsFull();
    const meeting = [...(await folderBytes(join(work, 'site'))).keys()].find((name) => /\d{4}-\d\d-\d\d\/index\.html$/.test(name))!;
    expect(page('site', meeting)).toContain('Punkter på dagsordenen');
  }, 120_000);

  it('should carry changed settings (base and site) into every link', async () => {
    await expectSameAsFull('--base', '/referater/', '--site', 'https://referater.example.dk');
    expect(page('site', 'index.html')).toContain('href="https://referater.example.dk/referater/"');
  }, 120_000);

  it('should carry a changed config (title, accent, logo, footer) into every page and the stylesheet', async () => {
    const config = join(work, 'referat.config.json');
    writeFileSync(join(work, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 60 20"><rect width="60" height="20"/></svg>');
    const write = (accent: string, title: string) =>
      writeFileSync(config, JSON.stringify({ title, theme: { accent }, logo: { src: 'logo.svg', alt: 'Eksempel Kommune' }, footer: { accessibilityStatement: 'https://www.was.digst.dk/eksempel', links: [{ label: 'Om referaterne', href: '/om/' }] } }));
    write('#005b9a', 'Eksempel Kommunes referater');
    await expectSameAsFull('--config', config);
    // Only the config changes from here: the same flags, the same code.
    write('#8a3b12', 'Referater fra Eksempel Kommune');
    await expectSameAsFull('--config', config);
    for (const html of [page('site', 'index.html'), await anItemPage()]) {
      expect(html).toContain('<span>Referater fra Eksempel Kommune</span>');
      expect(html).toMatch(/<img class="site-logo" src="\/_astro\/logo\.[\w-]{10}\.svg" alt="Eksempel Kommune" width="60" height="20">/);
      expect(html).toContain('<a href="/om/">Om referaterne</a>');
    }
    const css = [...(await folderBytes(join(work, 'site')))].filter(([name]) => name.endsWith('.css')).map(([, bytes]) => bytes.toString()).join('');
    expect(css).toContain('--accent:#8a3b12');
    expect(css).not.toContain('--accent:#005b9a');
  }, 240_000);
});

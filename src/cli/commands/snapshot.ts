/**
 * `referat snapshot --site DIR --out DIR [--source DIR] [--content DIR] [--url URL] [--name NAME]`:
 * one build as `<out>/<name>.wacz` and `<out>/<name>-bag/` (src/archive/snapshot.ts).
 *
 * What is not given comes from the config (`out`, `content`, `input`,
 * `site` + `base`, `publisher`), then from the site itself: the content
 * folder `referat build` keeps beside it (`.<site>.content`), the front
 * page's canonical link (written when the site was built with --site).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { exitCodes, UsageError } from '../errors.ts';
import type { Reporter } from '../reporter.ts';
import type { LoadedConfig } from '../../config/load.ts';
import { checkSeparate, FolderError, shownPath } from '../../site/folders.ts';
import { lockFileName } from '../../site/build-lock.ts';
import { readManifest } from '../../manifest/file.ts';
import { manifestFileName, type SiteManifest } from '../../manifest/schema.ts';
import { formatSize } from '../../utils/format-size.ts';
import { htmlHead } from '../../archive/html-head.ts';
import { snapshot, type Organization } from '../../archive/snapshot.ts';
import { snapshotDate } from '../../archive/snapshot-date.ts';
import { defaultContentDir, normaliseBase } from './build.ts';

export interface SnapshotCommandOptions {
  site?: string | undefined;
  out?: string | undefined;
  source?: string | undefined;
  content?: string | undefined;
  url?: string | undefined;
  name?: string | undefined;
  loaded: LoadedConfig;
}

/** An absolute http(s) address ending in "/", or why not. */
function publicAddress(url: string, what: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`${what} must be an absolute http(s) address such as https://referater.example.dk/, got "${url}"`);
  }
  if (!/^https?:$/.test(parsed.protocol)) throw new UsageError(`${what} must be an absolute http(s) address, got "${url}"`);
  parsed.hash = '';
  parsed.search = '';
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return parsed.href;
}

async function siteAddress(options: SnapshotCommandOptions, site: string): Promise<string> {
  if (options.url !== undefined) return publicAddress(options.url, '--url');
  const { config } = options.loaded;
  if (config.site !== undefined) return publicAddress(new URL(normaliseBase(config.base).slice(1), publicAddress(config.site, '`site` in the config')).href, '`site` in the config');
  const canonical = htmlHead(await readFile(join(site, 'index.html'), 'utf8')).canonical;
  if (canonical !== undefined && /^https?:\/\//.test(canonical)) return publicAddress(canonical, `the canonical link of ${shownPath(join(site, 'index.html'))}`);
  throw new UsageError(`the site ${shownPath(site)} was built without --site, so its public address is unknown: give it with --url https://…`);
}

async function folder(path: string, flag: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) throw new FolderError(`${flag} ${shownPath(path)} is not a folder`);
  return path;
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');

export async function snapshotCommand(options: SnapshotCommandOptions, reporter: Reporter): Promise<number> {
  const { config, dir } = options.loaded;
  const fromConfig = (value: string | undefined): string | undefined => (value === undefined ? undefined : resolve(dir, value));
  const siteFlag = options.site ?? fromConfig(config.out);
  if (siteFlag === undefined) throw new UsageError('missing --site: the folder `referat build --out` wrote');
  if (options.out === undefined) throw new UsageError('missing --out: the folder to write the snapshot into');
  const site = await folder(resolve(siteFlag), '--site');
  if (!existsSync(join(site, 'index.html'))) throw new FolderError(`--site ${shownPath(site)} has no index.html: expected a site written by \`referat build\``);
  const lock = await readFile(join(site, lockFileName), 'utf8').catch(() => undefined);
  if (lock !== undefined && running(Number.parseInt(lock, 10))) throw new FolderError(`a build is writing ${shownPath(site)} (pid ${Number.parseInt(lock, 10)}); snapshot it when the build is done`, 1);

  const contentFlag = options.content ?? fromConfig(config.content);
  const besideSite = defaultContentDir(site);
  const content = contentFlag !== undefined ? await folder(resolve(contentFlag), '--content') : existsSync(join(besideSite, manifestFileName)) ? besideSite : undefined;
  const sourceFlag = options.source ?? fromConfig(config.input);
  const source = sourceFlag === undefined ? undefined : await folder(resolve(sourceFlag), '--source');
  const out = resolve(options.out);
  await checkSeparate([{ flag: '--site', path: site }, ...(content ? [{ flag: '--content', path: content }] : []), ...(source ? [{ flag: '--source', path: source }] : []), { flag: '--out', path: out }]);

  const url = await siteAddress(options, site);
  let manifest: SiteManifest | undefined;
  if (content) {
    const read = await readManifest(content);
    if ('problem' in read) throw new FolderError(`${shownPath(join(content, manifestFileName))}: error: ${read.problem}`, 1);
    manifest = read.manifest;
  } else reporter.err(`snapshot: warning: no content folder (--content, or ${shownPath(besideSite)} beside the site): the bag holds the site only`);
  if (!source) reporter.err('snapshot: warning: no --source: the bag holds no source minutes');

  const meetings = manifest ? Object.values(manifest.meetings) : [];
  const newest = meetings.map((meeting) => meeting.data.date).sort().at(-1);
  const dated = snapshotDate({ epoch: process.env.SOURCE_DATE_EPOCH, newestMeeting: newest, frontPageWritten: (await stat(join(site, 'index.html'))).mtime });
  if ('problem' in dated) throw new UsageError(dated.problem);
  const stamp = dated.date.toISOString().replace(/[-:]/g, '').slice(0, 15).replace('T', '-');
  const name = options.name ?? `${slug(new URL(url).hostname + new URL(url).pathname)}-${stamp}`;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new UsageError(`--name takes letters, digits, ".", "_" and "-", got "${name}"`);

  // Who published it: the config's publisher, else the one municipality of the minutes.
  const municipalities = [...new Set(meetings.map((meeting) => meeting.data.municipality).filter((name): name is string => name !== null))];
  const organization: Organization | undefined = config.publisher ?? (municipalities.length === 1 ? { name: municipalities[0]! } : undefined);
  if (!organization) reporter.err('snapshot: warning: no publisher in the config: bag-info.txt has no Source-Organization');

  reporter.err(`snapshot: ${shownPath(site)} as ${url}, dated ${dated.date.toISOString().replace('.000', '')} (${dated.rule})`);
  await mkdir(out, { recursive: true });
  const started = performance.now();
  const result = await snapshot({ site, out, url, name, date: dated.date, content, source, organization, log: (line) => reporter.err(line) });
  reporter.err(
    `snapshot: ${result.records} files of the site, ${result.pages} pages → ${shownPath(result.wacz)} (${formatSize(result.waczBytes)}) and ${shownPath(result.bag)} (${result.bagFiles} files, ${formatSize(result.bagBytes)}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  reporter.out(`${result.wacz}\n${result.bag}`);
  return exitCodes.ok;
}

function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * `referat snapshot`: one build of the site as a WACZ 1.1.1 file and a
 * BagIt bag, read in one pass over the site (each file read once: hashed,
 * copied into the bag and written as a WARC record), streamed, so a site of
 * any size needs only its index lines in memory.
 *
 *   <out>/<name>.wacz       archive/data.warc, indexes/index.cdx,
 *                           pages/pages.jsonl, datapackage.json,
 *                           datapackage-digest.json
 *   <out>/<name>-bag/       data/site/…, data/content/…, data/source/…,
 *                           bagit.txt, bag-info.txt, manifest-sha256.txt,
 *                           tagmanifest-sha256.txt
 *
 * Both are written under temporary names and renamed when complete.
 */
import { existsSync } from 'node:fs';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { contentTypes } from '../utils/static-server.ts';
import { headersFor } from '../site/headers.ts';
import { formatSize } from '../utils/format-size.ts';
import { FolderError, shownPath } from '../site/folders.ts';
import { BagWriter, type BagInfo } from './bag.ts';
import { cdxjFile, cdxjLine, sortBytes } from './cdxj.ts';
import { datapackageFile, datapackageText, digestFile, digestText, resource, waczVersion } from './datapackage.ts';
import { sha256 } from './hash.ts';
import { htmlHead } from './html-head.ts';
import { pagesFile, pagesText, type PageEntry } from './pages.ts';
import { referatAgent, softwareText } from './software.ts';
import { hidden, loadFile, readAhead, walkFiles, type WalkedFile } from './walk.ts';
import { warcFileName, WarcWriter } from './warc.ts';
import { ZipWriter } from './zip.ts';

export interface Organization {
  name: string;
  address?: string | undefined;
  email?: string | undefined;
}

export interface SnapshotOptions {
  /** The built site (`referat build --out`). */
  site: string;
  /** Where `<name>.wacz` and `<name>-bag/` are written. */
  out: string;
  /** Public address of the front page, ending in "/": every file's URL is this plus its path. */
  url: string;
  name: string;
  /** The snapshot's one date (snapshot-date.ts). */
  date: Date;
  /** The content folder the site was built from (`data/content/` of the bag). */
  content?: string | undefined;
  /** The minutes and documents it was converted from (`data/source/`). */
  source?: string | undefined;
  /** Who publishes the site: the bag's Source-Organization. */
  organization?: Organization | undefined;
  /** Progress and notes, one line each (stderr). */
  log?: (line: string) => void;
}

export interface SnapshotResult {
  wacz: string;
  bag: string;
  /** Files of the site archived as WARC records. */
  records: number;
  /** Pages in pages.jsonl. */
  pages: number;
  waczBytes: number;
  /** Payload of the bag, and its file count. */
  bagBytes: number;
  bagFiles: number;
}

/** Files of the site that a host reads but never serves (Netlify / Cloudflare Pages headers rules): in the bag, not in the WARC. */
const hostConfig = new Set(['_headers', '_redirects']);
/** Above this a file is streamed (read twice) instead of read into memory once. */
const inMemoryLimit = 8 * 1024 * 1024;
/** Files read ahead of the one being archived: their reads overlap (the disk, not the CPU, is the limit). */
const readDepth = 16;

const extension = (path: string): string => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
};

/** The type the site is served with (site/headers.ts names some, e.g. the Atom feeds), else the extension's. */
export const contentTypeOf = (path: string): string => headersFor(path)['Content-Type'] ?? contentTypes[extension(path)] ?? 'application/octet-stream';

/** The public URL of a file of the site: a folder's index.html is the folder, as the site links it. */
export function fileUrl(siteUrl: string, path: string): string {
  const page = path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
  return new URL(page.split('/').map(encodeURIComponent).join('/'), siteUrl).href;
}

export async function snapshot(options: SnapshotOptions): Promise<SnapshotResult> {
  const log = options.log ?? (() => {});
  const wacz = join(options.out, `${options.name}.wacz`);
  const bag = join(options.out, `${options.name}-bag`);
  const partialWacz = join(options.out, `.${options.name}.wacz.partial`);
  const partialBag = join(options.out, `.${options.name}-bag.partial`);
  // Replaced only if it is a bag (a previous snapshot of the same name), never another folder.
  if (existsSync(bag) && !existsSync(join(bag, 'bagit.txt'))) throw new FolderError(`${shownPath(bag)} is in the way and is not a bag (no bagit.txt): move it, or choose another --name`);
  await rm(partialWacz, { force: true });
  await rm(partialBag, { recursive: true, force: true });

  const zip = new ZipWriter(partialWacz, options.date);
  const bagWriter = await BagWriter.create(partialBag);
  const warcStream = zip.stream(`archive/${warcFileName}`);
  const warc = new WarcWriter(warcStream, options.date);
  const software = softwareText();
  let front: { title?: string | undefined; description?: string | undefined } = {};
  const cdxj: string[] = [];
  const pages: PageEntry[] = [];
  const progress = progressLog(log);

  try {
    await warc.info({
      software,
      format: 'WARC File Format 1.1',
      conformsTo: 'https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/',
      isPartOf: options.name,
      description: `The site ${options.url} as built by Referat`,
    });
    const siteFiles = walkFiles(options.site, { skip: hidden, onOther: (path) => log(`snapshot: ${join(options.site, path)}: warning: not a file or folder (a link?): not archived`) });
    for await (const file of readAhead(siteFiles, readDepth, (walked) => loadFile(walked, inMemoryLimit))) {
      const { bytes } = file;
      const hex = bytes ? sha256(bytes) : await bagWriter.addFile(`site/${file.path}`, file.file);
      if (bytes) await bagWriter.addBytes(`site/${file.path}`, bytes, hex);
      if (!hostConfig.has(file.path)) {
        const url = fileUrl(options.url, file.path);
        const type = contentTypeOf(file.path);
        const written = await warc.response(url, type, bytes ? { bytes } : { file: file.file, size: file.size }, hex);
        cdxj.push(cdxjLine({ url, date: warc.date, mime: type.split(';')[0]!.trim(), status: 200, digest: hex, offset: written.offset, length: written.length, filename: warcFileName }));
        // Pagefind asks for its entry file with a cache-busting query (`?ts=<now>`), which the host ignores. The same
        // answer recorded under one such query lets a replay's fuzzy matching (ReplayWeb.page's: same path, any
        // query, for .json) find it: search works in the archive.
        if (/(^|\/)pagefind-entry\.json$/.test(file.path)) {
          const alias = `${url}?ts=0`;
          const again = await warc.response(alias, type, bytes ? { bytes } : { file: file.file, size: file.size }, hex);
          cdxj.push(cdxjLine({ url: alias, date: warc.date, mime: type.split(';')[0]!.trim(), status: 200, digest: hex, offset: again.offset, length: again.length, filename: warcFileName }));
        }
        if (type.startsWith('text/html') && file.path !== '404.html') {
          const head = htmlHead(await htmlText(file, bytes));
          if (file.path === 'index.html') front = head;
          pages.push({ path: file.path, url, title: head.title });
        }
      }
      progress.tick(file.size);
    }
    warcStream.end();
    progress.done(`site: ${progress.files} files (${formatSize(progress.bytes)}) archived`);

    const cdxjText = sortBytes(cdxj).map((line) => `${line}\n`).join('');
    const pagesJsonl = pagesText(pages, warc.date);
    zip.buffer(cdxjFile, cdxjText);
    zip.buffer(pagesFile, pagesJsonl);
    const datapackage = datapackageText({
      profile: 'data-package',
      wacz_version: waczVersion,
      title: front.title ?? options.url,
      description: front.description ?? `Snapshot of ${options.url}`,
      created: warc.date,
      software,
      mainPageUrl: options.url,
      mainPageDate: warc.date,
      resources: [
        resource(`archive/${warcFileName}`, warc.digest(), warc.bytes),
        resource(cdxjFile, sha256(cdxjText), Buffer.byteLength(cdxjText)),
        resource(pagesFile, sha256(pagesJsonl), Buffer.byteLength(pagesJsonl)),
      ],
    });
    zip.buffer(datapackageFile, datapackage);
    zip.buffer(digestFile, digestText(datapackage));
    await zip.close();

    for (const [folder, prefix] of [
      [options.content, 'content'],
      [options.source, 'source'],
    ] as const) {
      if (folder === undefined) continue;
      const copied = progressLog(log);
      const files = walkFiles(folder, { skip: hidden, onOther: (path) => log(`snapshot: ${join(folder, path)}: warning: not a file or folder (a link?): not archived`) });
      for await (const file of readAhead(files, readDepth, (walked) => loadFile(walked, inMemoryLimit))) {
        if (file.bytes) await bagWriter.addBytes(`${prefix}/${file.path}`, file.bytes);
        else await bagWriter.addFile(`${prefix}/${file.path}`, file.file);
        copied.tick(file.size);
      }
      copied.done(`${prefix}: ${copied.files} files (${formatSize(copied.bytes)}) copied into the bag`);
    }
    const manifestHex = await bagWriter.closeManifest();
    await bagWriter.finish(bagInfo(options, bagWriter, manifestHex), manifestHex);
  } catch (error) {
    warcStream.destroy();
    await zip.close().catch(() => {});
    await rm(partialWacz, { force: true });
    await rm(partialBag, { recursive: true, force: true });
    throw error;
  }

  await rm(wacz, { force: true });
  await rename(partialWacz, wacz);
  await rm(bag, { recursive: true, force: true });
  await rename(partialBag, bag);
  return { wacz, bag, records: cdxj.length, pages: pages.length, waczBytes: (await stat(wacz)).size, bagBytes: bagWriter.bytes, bagFiles: bagWriter.files };
}

/** The page's text; a large page (over the in-memory limit) only its first 64 kB, enough for the head. */
async function htmlText(file: WalkedFile, bytes: Buffer | undefined): Promise<string> {
  if (bytes) return bytes.toString('utf8');
  const handle = await open(file.file);
  try {
    const head = Buffer.alloc(65536);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

function bagInfo(options: SnapshotOptions, bag: BagWriter, manifestHex: string): BagInfo {
  const organization = options.organization;
  const parts = ['site (data/site)', ...(options.content ? ['the content it was built from (data/content)'] : []), ...(options.source ? ['the minutes and documents it was converted from (data/source)'] : [])];
  return [
    ...(organization ? ([['Source-Organization', organization.name]] as BagInfo) : []),
    ...(organization?.address ? ([['Organization-Address', organization.address]] as BagInfo) : []),
    ...(organization?.email ? ([['Contact-Email', organization.email]] as BagInfo) : []),
    ['External-Description', `Snapshot of ${options.url} made by referat snapshot: the published ${parts.join(', ')}. The same site as a web archive: ${options.name}.wacz.`],
    ['External-Identifier', `urn:sha256:${manifestHex}`],
    ['Bagging-Date', options.date.toISOString().slice(0, 10)],
    ['Bag-Software-Agent', referatAgent],
    ['Payload-Oxum', bag.oxum],
  ];
}

/** Progress on stderr every few seconds, then one summary line with the time taken. */
function progressLog(log: (line: string) => void) {
  const started = performance.now();
  let last = started;
  const state = {
    files: 0,
    bytes: 0,
    tick(size: number) {
      state.files += 1;
      state.bytes += size;
      if (performance.now() - last > 2000) {
        last = performance.now();
        log(`snapshot: ${state.files} files (${formatSize(state.bytes)}) …`);
      }
    },
    done(line: string) {
      log(`snapshot: ${line} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    },
  };
  return state;
}

/**
 * Checks a WACZ (1.1.1): the ZIP opens; datapackage.json lists every other
 * file with its size and SHA-256 and each matches; datapackage-digest.json
 * fixes datapackage.json; the WARCs are STOREd; every WARC record's payload
 * matches its WARC-Payload-Digest; every CDXJ line is sorted and covers
 * exactly one record (its offset is where the record starts, its length
 * where the next one does) of that URL; every page in pages/*.jsonl has an
 * index line. Each entry is read once, as a stream.
 */
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { PassThrough, type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { getSurt, WARCParser } from 'warcio';
import { ruleIds } from '../diagnostics/messages.ts';
import { compareBytes, parseCdxjLine } from './cdxj.ts';
import { datapackageFile, digestFile } from './datapackage.ts';
import { Problems } from './problems.ts';

export interface VerifyResult {
  problems: Problems;
  /** WARC records checked. */
  records: number;
}

interface WarcRecordSpan {
  offset: number;
  length: number;
  url: string | undefined;
  type: string;
  /** Hex SHA-256 of the payload as found. */
  sha256: string;
}

const base32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += base32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += base32[(value << (5 - bits)) & 31];
  return out;
}

/** Does a labelled digest ("sha256:<hex>", "sha1:<base32>") say these bytes' hashes? Unknown algorithms: undefined (not checked). */
function digestMatches(label: string, hashes: { sha256: Buffer; sha1: Buffer }): boolean | undefined {
  const [algorithm = '', value = ''] = label.split(':', 2);
  const bytes = /^sha-?256$/i.test(algorithm) ? hashes.sha256 : /^sha-?1$/i.test(algorithm) ? hashes.sha1 : undefined;
  if (!bytes) return undefined;
  return value.toLowerCase() === bytes.toString('hex') || value.toUpperCase().replace(/=+$/, '') === base32Encode(bytes);
}

export async function verifyWacz(path: string, shown: string = path): Promise<VerifyResult> {
  const problems = new Problems();
  const at = (entry: string): string => `${shown}!/${entry}`;
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, { autoClose: false, strictFileNames: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.error(shown, code === 'ENOENT' ? 'missing: no such file' : `not a ZIP file, so not a WACZ (${(error as Error).message})`, code === 'ENOENT' ? ruleIds.missingFile : ruleIds.notArchive);
    return { problems, records: 0 };
  }
  try {
    return await verifyOpen(zip, problems, at);
  } catch (error) {
    problems.error(shown, `cannot be read to the end: ${(error as Error).message}`, ruleIds.notArchive);
    return { problems, records: 0 };
  } finally {
    zip.close();
  }
}

async function verifyOpen(zip: ZipFile, problems: Problems, at: (entry: string) => string): Promise<VerifyResult> {
  const entries = new Map<string, Entry>();
  for await (const entry of zip.eachEntry()) if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry);
  const read = async (entry: Entry): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };

  const packageEntry = entries.get(datapackageFile);
  if (!packageEntry) {
    problems.error(at(datapackageFile), 'missing: a WACZ describes its files in datapackage.json', ruleIds.missingFile);
    return { problems, records: 0 };
  }
  const packageBytes = await read(packageEntry);
  let datapackage: { profile?: unknown; wacz_version?: unknown; resources?: unknown };
  try {
    datapackage = JSON.parse(packageBytes.toString('utf8')) as typeof datapackage;
  } catch (error) {
    problems.error(at(datapackageFile), `not JSON (${(error as Error).message})`, ruleIds.badManifest);
    return { problems, records: 0 };
  }
  if (datapackage.profile !== 'data-package') problems.error(at(datapackageFile), `"profile" is ${JSON.stringify(datapackage.profile)}, expected "data-package"`, ruleIds.badManifest);
  if (typeof datapackage.wacz_version !== 'string') problems.error(at(datapackageFile), '"wacz_version" is missing', ruleIds.badManifest);

  const digestEntry = entries.get(digestFile);
  if (!digestEntry) problems.warn(at(digestFile), 'missing: nothing fixes datapackage.json', ruleIds.missingFile);
  else {
    let digest: { path?: unknown; hash?: unknown } = {};
    try {
      digest = JSON.parse((await read(digestEntry)).toString('utf8')) as typeof digest;
    } catch (error) {
      problems.error(at(digestFile), `not JSON (${(error as Error).message})`, ruleIds.badManifest);
    }
    const hashes = { sha256: createHash('sha256').update(packageBytes).digest(), sha1: createHash('sha1').update(packageBytes).digest() };
    if (digest.path !== datapackageFile) problems.error(at(digestFile), `"path" is ${JSON.stringify(digest.path)}, expected "${datapackageFile}"`, ruleIds.badManifest);
    else if (typeof digest.hash !== 'string' || digestMatches(digest.hash, hashes) === false) {
      problems.error(at(datapackageFile), `sha256:${hashes.sha256.toString('hex')} differs from ${digestFile} (${String(digest.hash)}): datapackage.json changed`, ruleIds.checksum);
    }
  }

  const resources = Array.isArray(datapackage.resources) ? (datapackage.resources as { path?: unknown; hash?: unknown; bytes?: unknown }[]) : [];
  if (!Array.isArray(datapackage.resources)) problems.error(at(datapackageFile), '"resources" is not a list', ruleIds.badManifest);
  const listed = new Set<string>([datapackageFile, digestFile]);
  const spans = new Map<string, WarcRecordSpan[]>();
  for (const [index, resource] of resources.entries()) {
    if (typeof resource.path !== 'string') {
      problems.error(at(datapackageFile), `resource ${index + 1} has no "path"`, ruleIds.badManifest);
      continue;
    }
    listed.add(resource.path);
    const entry = entries.get(resource.path);
    if (!entry) {
      problems.error(at(resource.path), `missing: listed in ${datapackageFile}`, ruleIds.missingFile);
      continue;
    }
    const isWarc = /^archive\/.+\.warc(\.gz)?$/.test(resource.path);
    if (isWarc && entry.compressionMethod !== 0) problems.error(at(resource.path), 'compressed in the ZIP: a WARC must be STOREd, so a reader can fetch one record by its offset', ruleIds.compressedWarc);
    const sha256 = createHash('sha256');
    const sha1 = createHash('sha1');
    let size = 0;
    const stream = await zip.openReadStreamPromise(entry);
    const ended = finished(stream).then(
      () => true,
      () => false,
    );
    const hashing = new PassThrough();
    stream.on('data', (chunk: Buffer) => {
      sha256.update(chunk);
      sha1.update(chunk);
      size += chunk.length;
    });
    stream.pipe(hashing);
    if (isWarc) {
      const records = await warcRecords(hashing, problems, at(resource.path));
      // A WARC that stopped parsing is not read further (its hash is then wrong, too).
      if (records.complete) await ended;
      else stream.destroy();
      const last = records.spans.at(-1);
      if (last && records.complete) last.length = size - last.offset;
      spans.set(resource.path, records.spans);
    } else {
      for await (const _ of hashing) void _;
      await ended;
    }
    if (resource.bytes !== size) problems.error(at(resource.path), `${size} bytes, but ${datapackageFile} says ${String(resource.bytes)}`, ruleIds.sizeMismatch);
    const matches = typeof resource.hash === 'string' ? digestMatches(resource.hash, { sha256: sha256.digest(), sha1: sha1.digest() }) : false;
    if (matches === false) problems.error(at(resource.path), `its hash differs from ${datapackageFile} (${String(resource.hash)}): the file changed`, ruleIds.checksum);
  }
  for (const name of entries.keys()) if (!listed.has(name)) problems.error(at(name), `not listed in ${datapackageFile}: a file the WACZ does not account for`, ruleIds.unlistedFile);

  // The index: sorted lines, each covering exactly one record of its URL.
  const indexed = new Set<string>();
  const covered = new Set<string>();
  for (const [name, entry] of entries) {
    if (!/^indexes\/.+\.(cdx|cdxj)(\.gz)?$/.test(name)) continue;
    const stream: Readable = await zip.openReadStreamPromise(entry);
    const lines = createInterface({ input: name.endsWith('.gz') ? stream.pipe(createGunzip()) : stream, crlfDelay: Infinity });
    let number = 0;
    let previous: string | undefined;
    for await (const line of lines) {
      number += 1;
      if (line === '' || line.startsWith('!')) continue;
      const parsed = parseCdxjLine(line);
      if ('problem' in parsed) {
        problems.error(at(name), `not a CDXJ line: ${parsed.problem}`, ruleIds.indexMismatch, number);
        continue;
      }
      const sortKey = `${parsed.key} ${parsed.timestamp}`;
      if (previous !== undefined && compareBytes(sortKey, previous) < 0) problems.error(at(name), 'out of order: CDXJ lines must be sorted by key and timestamp', ruleIds.indexMismatch, number);
      previous = sortKey;
      indexed.add(parsed.key);
      const warc = `archive/${parsed.filename}`;
      const records = spans.get(warc);
      if (!records) {
        problems.error(at(name), `points into ${parsed.filename}, which is not a WARC of this WACZ`, ruleIds.indexMismatch, number);
        continue;
      }
      const record = findRecord(records, parsed.offset);
      if (!record) problems.error(at(name), `offset ${parsed.offset} is not where a record of ${parsed.filename} starts`, ruleIds.indexMismatch, number);
      else if (record.length !== parsed.length) problems.error(at(name), `length ${parsed.length} differs from the record at offset ${parsed.offset} (${record.length} bytes)`, ruleIds.indexMismatch, number);
      else if (record.url !== parsed.url) problems.error(at(name), `the record at offset ${parsed.offset} is of ${record.url ?? 'no URL'}, not ${parsed.url}`, ruleIds.indexMismatch, number);
      else {
        covered.add(`${warc} ${record.offset}`);
        if (parsed.digest !== undefined && parsed.digest.replace(/^sha-?256:/i, '').toLowerCase() !== record.sha256) {
          problems.error(at(name), `digest ${parsed.digest} differs from the payload of the record at offset ${parsed.offset} (${record.sha256})`, ruleIds.indexMismatch, number);
        }
      }
    }
  }
  let records = 0;
  for (const [warc, list] of spans) {
    records += list.length;
    for (const record of list) {
      if (record.type === 'response' && !covered.has(`${warc} ${record.offset}`)) problems.warn(at(warc), `the record of ${record.url} at offset ${record.offset} is in no index line: replay will not find it`, ruleIds.indexMismatch);
    }
  }

  // Pages: each one replayable, that is in the index.
  for (const [name, entry] of entries) {
    if (!/^pages\/.+\.jsonl$/.test(name)) continue;
    const lines = createInterface({ input: await zip.openReadStreamPromise(entry), crlfDelay: Infinity });
    let number = 0;
    for await (const line of lines) {
      number += 1;
      if (line.trim() === '') continue;
      let page: { url?: unknown; ts?: unknown; format?: unknown };
      try {
        page = JSON.parse(line) as typeof page;
      } catch (error) {
        problems.error(at(name), `not JSON (${(error as Error).message})`, ruleIds.badManifest, number);
        continue;
      }
      if (number === 1 && page.format !== undefined) continue;
      if (typeof page.url !== 'string' || typeof page.ts !== 'string') problems.error(at(name), 'a page needs "url" and "ts"', ruleIds.badManifest, number);
      else if (!indexed.has(getSurt(page.url))) problems.error(at(name), `${page.url} has no line in the index: the page is not in the archive`, ruleIds.pageNotArchived, number);
    }
  }
  return { problems, records };
}

function findRecord(records: readonly WarcRecordSpan[], offset: number): WarcRecordSpan | undefined {
  let low = 0;
  let high = records.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const record = records[middle]!;
    if (record.offset === offset) return record;
    if (record.offset < offset) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** Every record of a WARC: where it starts and ends (where the next one starts; the caller sets the last one's end), its URL, its payload's hash checked against its digest. */
async function warcRecords(stream: Readable, problems: Problems, shown: string): Promise<{ spans: WarcRecordSpan[]; complete: boolean }> {
  const spans: WarcRecordSpan[] = [];
  const parser = new WARCParser(stream);
  try {
    for await (const record of parser) {
      const offset = parser.offset;
      const sha256 = createHash('sha256');
      const sha1 = createHash('sha1');
      for await (const chunk of record.reader) {
        sha256.update(chunk);
        sha1.update(chunk);
      }
      const previous = spans.at(-1);
      if (previous) previous.length = offset - previous.offset;
      const hashes = { sha256: sha256.digest(), sha1: sha1.digest() };
      const digest = record.warcPayloadDigest;
      if (digest && record.warcType !== 'revisit' && digestMatches(digest, hashes) === false) {
        problems.error(shown, `the payload of the record of ${record.warcTargetURI} at offset ${offset} differs from its WARC-Payload-Digest ${digest}`, ruleIds.checksum);
      }
      spans.push({ offset, length: 0, url: record.warcTargetURI ?? undefined, type: record.warcType ?? '', sha256: hashes.sha256.toString('hex') });
    }
  } catch (error) {
    problems.error(shown, `not a WARC file after offset ${spans.at(-1)?.offset ?? 0}: ${(error as Error).message}`, ruleIds.notArchive);
    stream.destroy();
    return { spans, complete: false };
  }
  return { spans, complete: true };
}

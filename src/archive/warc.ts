/**
 * The WARC 1.1 file of a snapshot, written with webrecorder's warcio: one
 * `warcinfo` record, then one `response` record per file of the site at its
 * public URL. Deterministic: every record's date is the snapshot's date, and
 * its WARC-Record-ID is derived from what it holds (type, URL, date, payload
 * digest) instead of drawn at random, so the same site and date give the
 * same bytes and the same file under the same URL gets the same id.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { BaseSerializerBuffer, WARC_1_1, WARCRecord, WARCSerializer } from 'warcio';
import { sha256 } from './hash.ts';

export const warcFileName = 'data.warc';

/** A name-based UUID (RFC 9562 version 8: the first 128 bits of a SHA-256 with the version and variant bits set), as a WARC record id. */
export function recordId(...parts: readonly string[]): string {
  const hex = sha256(parts.join('\n')).slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `<urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}>`;
}

/** The WARC-Date (and CDXJ timestamp) form of a date: seconds, UTC. */
export const warcDate = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

/**
 * Replays a large file from disk instead of holding it: warcio reads a
 * record's payload once to digest and count it, then again to write it, and
 * by default keeps it in memory (or copies it to a temporary file) between.
 */
class FileAgain extends BaseSerializerBuffer {
  readonly file: string;
  constructor(file: string) {
    super();
    this.file = file;
  }
  write(): void {}
  async *readAll(): AsyncIterable<Uint8Array> {
    for await (const chunk of createReadStream(this.file)) yield chunk as Buffer;
  }
  purge(): void {}
}

/** What a record's CDXJ line needs. */
export interface WrittenRecord {
  offset: number;
  length: number;
}

export type Body = { bytes: Uint8Array } | { file: string; size: number };

export class WarcWriter {
  readonly #out: Writable;
  readonly #hash: Hash = createHash('sha256');
  readonly date: string;
  #offset = 0;
  #infoId = '';

  constructor(out: Writable, date: Date) {
    this.#out = out;
    this.date = warcDate(date);
  }

  /** Bytes written so far. */
  get bytes(): number {
    return this.#offset;
  }

  /** SHA-256 of everything written (call once, at the end). */
  digest(): string {
    return this.#hash.digest('hex');
  }

  async #write(record: WARCRecord, buffer?: BaseSerializerBuffer, whole = false): Promise<WrittenRecord> {
    const offset = this.#offset;
    const chunks: Uint8Array[] = [];
    const send = async (chunk: Uint8Array): Promise<void> => {
      this.#hash.update(chunk);
      this.#offset += chunk.length;
      if (!this.#out.write(chunk)) await once(this.#out, 'drain');
    };
    for await (const chunk of new WARCSerializer(record, { gzip: false }, buffer)) {
      if (whole) chunks.push(chunk);
      else await send(chunk);
    }
    // A small record goes out as one write (warcio yields headers, payload and line ends apart).
    if (whole) await send(Buffer.concat(chunks));
    return { offset, length: this.#offset - offset };
  }

  /** The first record: what made the file and what it is part of (WARC 1.1 §6.1 fields). */
  async info(fields: Readonly<Record<string, string>>): Promise<WrittenRecord> {
    const text = Object.entries(fields).map(([name, value]) => `${name}: ${value}`).join('\n');
    this.#infoId = recordId('warcinfo', this.date, text);
    const record = await WARCRecord.createWARCInfo(
      { filename: warcFileName, date: this.date, warcVersion: WARC_1_1, warcHeaders: { 'WARC-Type': 'warcinfo', 'WARC-Record-ID': this.#infoId } },
      { ...fields },
    );
    return this.#write(record);
  }

  /**
   * A file of the site as the web server answers for `url`: 200, its type and length. `payloadSha256`: the
   * file's hash (the caller has it). The digests are computed here with node's crypto, so warcio computes
   * none (its WebAssembly hasher, instantiated per record, was most of a snapshot's time).
   */
  async response(url: string, contentType: string, body: Body, payloadSha256: string): Promise<WrittenRecord> {
    const payloadDigest = `sha256:${payloadSha256}`;
    const size = 'bytes' in body ? body.bytes.length : body.size;
    const record = WARCRecord.create(
      {
        url,
        date: this.date,
        type: 'response',
        warcVersion: WARC_1_1,
        // In this order in the record; warcio fills in the values it owns (target, date, length) in place.
        warcHeaders: {
          'WARC-Type': 'response',
          'WARC-Record-ID': recordId('response', url, this.date, payloadDigest),
          'WARC-Date': this.date,
          'WARC-Target-URI': url,
          'WARC-Warcinfo-ID': this.#infoId,
          'WARC-Payload-Digest': payloadDigest,
          'WARC-Block-Digest': '',
        },
        httpHeaders: { 'Content-Type': contentType, 'Content-Length': String(size) },
      },
      'bytes' in body ? [body.bytes] : createReadStream(body.file),
    );
    // The block is the HTTP head (as warcio writes it) and the payload.
    const block = createHash('sha256').update(`${record.httpHeaders!.toString()}\r\n`);
    if ('bytes' in body) block.update(body.bytes);
    else for await (const chunk of createReadStream(body.file)) block.update(chunk as Buffer);
    record.warcHeaders.headers.set('WARC-Block-Digest', `sha256:${block.digest('hex')}`);
    return 'bytes' in body ? this.#write(record, undefined, true) : this.#write(record, new FileAgain(body.file));
  }
}

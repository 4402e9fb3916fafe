/**
 * A BagIt bag (RFC 8493, BagIt 1.0): the payload under `data/`, one line per
 * payload file in `manifest-sha256.txt`, the bag's metadata in
 * `bag-info.txt`, and `tagmanifest-sha256.txt` over the tag files. Files are
 * copied as they are hashed (one read each); the manifest is written as the
 * files come, never held.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sha256 } from './hash.ts';

export const bagitText = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
export const payloadManifest = 'manifest-sha256.txt';
export const tagManifest = 'tagmanifest-sha256.txt';
export const bagInfoFile = 'bag-info.txt';

/** A path as a manifest line writes it (RFC 8493 §2.1.3): CR, LF and "%" percent-encoded. */
export const encodeBagPath = (path: string): string => path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const decodeBagPath = (path: string): string => path.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');

/** bag-info.txt labels and values in order; a value is one line (whitespace runs become one space). */
export type BagInfo = [label: string, value: string][];

export function bagInfoText(info: BagInfo): string {
  return info.map(([label, value]) => `${label}: ${value.replace(/\s+/g, ' ').trim()}\n`).join('');
}

export class BagWriter {
  readonly dir: string;
  readonly #manifest: WriteStream;
  readonly #manifestHash = createHash('sha256');
  readonly #folders = new Map<string, Promise<unknown>>();
  /** Copies under way: a file's bytes are written while the next ones are read. */
  readonly #writes = new Set<Promise<void>>();
  #failure: unknown;
  #bytes = 0;
  #files = 0;

  private constructor(dir: string, manifest: WriteStream) {
    this.dir = dir;
    this.#manifest = manifest;
  }

  static async create(dir: string): Promise<BagWriter> {
    await mkdir(join(dir, 'data'), { recursive: true });
    const manifest = createWriteStream(join(dir, payloadManifest));
    await once(manifest, 'open');
    return new BagWriter(dir, manifest);
  }

  /** Payload-Oxum: "<octets>.<files>". */
  get oxum(): string {
    return `${this.#bytes}.${this.#files}`;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get files(): number {
    return this.#files;
  }

  #folder(file: string): Promise<unknown> {
    const folder = dirname(file);
    let made = this.#folders.get(folder);
    if (!made) {
      made = mkdir(folder, { recursive: true });
      this.#folders.set(folder, made);
    }
    return made;
  }

  /** Waits while 32 writes are under way; rethrows the first failed one. */
  async #room(): Promise<void> {
    while (this.#writes.size >= 32) await Promise.race(this.#writes);
    if (this.#failure !== undefined) throw this.#failure;
  }

  /** Every write done (or the first failure thrown). */
  async flush(): Promise<void> {
    await Promise.all(this.#writes);
    if (this.#failure !== undefined) throw this.#failure;
  }

  async #line(path: string, hex: string, size: number): Promise<void> {
    const line = `${hex}  ${encodeBagPath(`data/${path}`)}\n`;
    this.#manifestHash.update(line);
    this.#bytes += size;
    this.#files += 1;
    if (!this.#manifest.write(line)) await once(this.#manifest, 'drain');
  }

  /** Writes bytes read already (and hashed: `hex`) as `data/<path>`, in the background (flush() waits). */
  async addBytes(path: string, bytes: Uint8Array, hex: string = sha256(bytes)): Promise<void> {
    await this.#room();
    const target = join(this.dir, 'data', path);
    const write = this.#folder(target)
      .then(() => writeFile(target, bytes))
      .catch((error: unknown) => void (this.#failure ??= error))
      .finally(() => this.#writes.delete(write));
    this.#writes.add(write);
    await this.#line(path, hex, bytes.length);
  }

  /** Copies a file as `data/<path>`, hashing it on the way; returns its SHA-256. */
  async addFile(path: string, file: string): Promise<string> {
    const target = join(this.dir, 'data', path);
    await this.#folder(target);
    const hash = createHash('sha256');
    let size = 0;
    await pipeline(
      createReadStream(file),
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          hash.update(chunk);
          size += chunk.length;
          yield chunk;
        }
      },
      createWriteStream(target),
    );
    const hex = hash.digest('hex');
    await this.#line(path, hex, size);
    return hex;
  }

  /** The payload's identity: the SHA-256 of its manifest (same payload, same manifest, same id). */
  async closeManifest(): Promise<string> {
    await this.flush();
    this.#manifest.end();
    await once(this.#manifest, 'finish');
    return this.#manifestHash.digest('hex');
  }

  /** bagit.txt, bag-info.txt and the tag manifest over them and the payload manifest. */
  async finish(info: BagInfo, manifestHex: string): Promise<void> {
    const tags: [string, string][] = [
      ['bagit.txt', bagitText],
      [bagInfoFile, bagInfoText(info)],
    ];
    for (const [name, text] of tags) await writeFile(join(this.dir, name), text);
    const lines = [...tags.map(([name, text]) => [name, sha256(text)] as const), [payloadManifest, manifestHex] as const]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, hex]) => `${hex}  ${name}\n`);
    await writeFile(join(this.dir, tagManifest), lines.join(''));
  }
}

/**
 * The ZIP of a WACZ, written with yazl as it streams: every entry STOREd
 * (the spec asks it for the WARC, so a reader can fetch one record by an
 * HTTP range request; for the small index files it keeps the bytes
 * independent of the zlib version), in the order added, with one fixed
 * timestamp and mode. ZIP64 where the WARC passes 4 GB.
 */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import yazl from 'yazl';

export class ZipWriter {
  readonly #zip = new yazl.ZipFile();
  readonly #done: Promise<void>;
  readonly #options: { compress: false; mtime: Date; mode: number; forceDosTimestamp: true };

  constructor(file: string, mtime: Date) {
    const out = createWriteStream(file);
    // Failures of either stream end the write; the caller sees the first.
    const failed = new Promise<never>((_, fail) => {
      out.once('error', fail);
      this.#zip.outputStream.once('error', fail);
    });
    this.#done = Promise.race([finished(this.#zip.outputStream.pipe(out)), failed]);
    this.#done.catch(() => {});
    // The DOS timestamp is local time: given the UTC fields as local ones, the entry says the same in every time zone
    // (and the "UT" extra field, in UTC, is left out, or it would differ between zones).
    const local = new Date(mtime.getUTCFullYear(), mtime.getUTCMonth(), mtime.getUTCDate(), mtime.getUTCHours(), mtime.getUTCMinutes(), mtime.getUTCSeconds());
    this.#options = { compress: false, mtime: local, mode: 0o100644, forceDosTimestamp: true };
  }

  /** An entry whose bytes are written to the returned stream (end it when done). */
  stream(path: string): PassThrough {
    const stream = new PassThrough({ highWaterMark: 1 << 20 });
    this.#zip.addReadStreamLazy(path, this.#options, (done) => done(null, stream));
    return stream;
  }

  buffer(path: string, bytes: Buffer | string): void {
    this.#zip.addBuffer(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, path, this.#options);
  }

  async close(): Promise<void> {
    this.#zip.end();
    await this.#done;
  }
}

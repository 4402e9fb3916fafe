/**
 * CDXJ lines (webrecorder's CDXJ 0.1.0, as pywb and ReplayWeb.page read
 * them): `<SURT key> <14-digit timestamp> <JSON>`, the JSON with the fields
 * and in the form warcio's own indexer writes, sorted by byte value so a
 * reader can search them. The SURT key is warcio's.
 */
import { getSurt } from 'warcio';

export const cdxjFile = 'indexes/index.cdx';

export interface CdxjEntry {
  url: string;
  /** WARC-Date, e.g. "2021-03-02T00:00:00Z". */
  date: string;
  /** The media type without parameters: "text/html". */
  mime: string;
  status: number;
  /** SHA-256 hex of the payload (warcio writes the digest without its "sha256:" label). */
  digest: string;
  offset: number;
  length: number;
  filename: string;
}

export const cdxjTimestamp = (date: string): string => date.replace(/[-:TZ]/g, '').slice(0, 14);

export function cdxjLine(entry: CdxjEntry): string {
  const json = { url: entry.url, mime: entry.mime, status: String(entry.status), digest: entry.digest, length: String(entry.length), offset: String(entry.offset), filename: entry.filename };
  return `${getSurt(entry.url)} ${cdxjTimestamp(entry.date)} ${JSON.stringify(json)}`;
}

/** Byte order (LC_ALL=C sort), as the CDXJ spec asks. */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** Lines in byte order, each encoded once. */
export function sortBytes(lines: readonly string[]): string[] {
  return lines
    .map((line) => ({ line, bytes: Buffer.from(line) }))
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
    .map(({ line }) => line);
}

export interface ParsedCdxj {
  key: string;
  timestamp: string;
  url: string;
  offset: number;
  length: number;
  filename: string;
  digest: string | undefined;
  mime: string | undefined;
}

/** One line, or a reason it is not a CDXJ line. */
export function parseCdxjLine(line: string): ParsedCdxj | { problem: string } {
  const match = /^(\S+) (\d{14,17}) (\{.*\})$/.exec(line);
  if (!match) return { problem: 'expected "<SURT key> <timestamp> {JSON}"' };
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(match[3]!) as Record<string, unknown>;
  } catch (error) {
    return { problem: `its JSON does not parse (${(error as Error).message})` };
  }
  const offset = Number(json.offset);
  const length = Number(json.length);
  if (typeof json.url !== 'string' || typeof json.filename !== 'string' || !Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length <= 0) {
    return { problem: 'expected "url", "filename", "offset" and "length" in its JSON' };
  }
  return { key: match[1]!, timestamp: match[2]!, url: json.url, offset, length, filename: json.filename, digest: typeof json.digest === 'string' ? json.digest : undefined, mime: typeof json.mime === 'string' ? json.mime : undefined };
}

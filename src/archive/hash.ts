/** SHA-256 of bytes and files (streamed), as lower-case hex. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

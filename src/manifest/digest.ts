/** The digest the manifest gives each content file it lists (schema.ts `digest`). */
import { createHash } from 'node:crypto';

/** SHA-256 of the file's text, base64url. */
export function contentDigest(contents: string): string {
  return createHash('sha256').update(contents).digest('base64url');
}

/**
 * Bytes → text. Published minutes arrive as UTF-8 (with or without BOM),
 * UTF-16 with BOM, or Windows-1252 from older export tools. Line ends are
 * normalised to LF and the text to NFC, so "å" is one code point everywhere.
 */

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | { ok: false; reason: 'empty' | 'binary' };

export function decodeMinutes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else {
    // NUL bytes never occur in text minutes; they mean a PDF, image or archive.
    if (body.includes(0)) return { ok: false, reason: 'binary' };
    encoding = isValidUtf8(body) ? 'utf-8' : 'windows-1252';
  }
  let text = new TextDecoder(encoding).decode(body);
  if (looksBinary(text)) return { ok: false, reason: 'binary' };
  // U+2028/U+2029 end lines in JavaScript but not in the text: a space, as a reader sees it.
  text = text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').replace(/[\u2028\u2029]/g, ' ').normalize('NFC');
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  return { ok: true, text, encoding };
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** More than 1 % control characters (other than tab/newline) is not text. */
function looksBinary(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control > Math.max(2, text.length / 100);
}

/**
 * Bytes → text. Published minutes arrive as UTF-8 (with or without BOM),
 * UTF-16 with BOM, or Windows-1252 from older export tools. Line ends are
 * normalised to LF and the text to NFC, so "å" is one code point everywhere.
 */

export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
      /** Lines read as Windows-1252 in a file that is otherwise UTF-8 (1-based). */
      windows1252Lines?: number[];
    }
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
    if (encoding === 'windows-1252' && hasUtf8Sequences(body)) return mixed(body);
  }
  let text = new TextDecoder(encoding).decode(body);
  if (looksBinary(text)) return { ok: false, reason: 'binary' };
  // U+2028/U+2029 end lines in JavaScript but not in the text: a space, as a reader sees it.
  text = text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').replace(/[\u2028\u2029]/g, ' ').normalize('NFC');
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  return { ok: true, text, encoding };
}

/**
 * A file pasted together from two sources: UTF-8 lines and Windows-1252
 * lines. Each line is read in the encoding it is valid in, so neither half
 * turns into mojibake, and the caller says which lines were Windows-1252.
 */
function mixed(bytes: Uint8Array): Decoded {
  const lines: string[] = [];
  const windows1252Lines: number[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    if (isValidUtf8(line)) lines.push(new TextDecoder('utf-8').decode(line));
    else {
      lines.push(new TextDecoder('windows-1252').decode(line));
      windows1252Lines.push(lines.length);
    }
    start = i + 1;
  }
  const text = lines.join('\n').replace(/\r\n?/g, '\n').replace(/\f/g, '\n').normalize('NFC');
  if (looksBinary(text)) return { ok: false, reason: 'binary' };
  return { ok: true, text, encoding: 'utf-8', windows1252Lines };
}

/** At least one multi-byte UTF-8 sequence (a lead byte and its continuation bytes). */
function hasUtf8Sequences(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const b = bytes[i]!;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) continue;
    let ok = i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
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

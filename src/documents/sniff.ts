/**
 * What a file is, by its first bytes rather than its name: published minutes
 * are often saved as "referat" with no extension, or as .pdf when they are not.
 */
import type JSZip from 'jszip';

export type Sniffed =
  | { kind: 'pdf' }
  | { kind: 'docx'; zip: JSZip }
  | { kind: 'text' }
  /** A format we recognise but do not read: named in the message. */
  | { kind: 'unsupported'; format: string }
  | { kind: 'damaged'; format: string; reason: string };

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean => magic.every((b, i) => bytes[at + i] === b);

const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const zipMagic = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Word 97-2003 .doc, .xls …
const rtfMagic = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

/** Where "%PDF-" starts: readers accept it anywhere in the first 1 KB (some servers prepend junk). */
export function pdfStart(bytes: Uint8Array): number {
  const end = Math.min(bytes.length - pdfMagic.length, 1024);
  for (let i = 0; i <= end; i++) if (bytes[i] === 0x25 && startsWith(bytes, pdfMagic, i)) return i;
  return -1;
}

export async function sniff(bytes: Uint8Array): Promise<Sniffed> {
  if (pdfStart(bytes) >= 0) return { kind: 'pdf' };
  if (startsWith(bytes, oleMagic)) return { kind: 'unsupported', format: 'Word 97-2003 (.doc) or other Office binary file' };
  if (startsWith(bytes, rtfMagic)) return { kind: 'unsupported', format: 'RTF document' };
  if (!startsWith(bytes, zipMagic)) return { kind: 'text' };
  let zip: JSZip;
  try {
    // Loaded only for a ZIP: text minutes never need it.
    const { default: Zip } = await import('jszip');
    zip = await Zip.loadAsync(bytes);
  } catch (error) {
    return { kind: 'damaged', format: 'ZIP archive (.docx)', reason: (error as Error).message ?? String(error) };
  }
  if (zip.file('word/document.xml')) return { kind: 'docx', zip };
  const mimetype = (await zip.file('mimetype')?.async('string'))?.trim();
  if (mimetype === 'application/vnd.oasis.opendocument.text') return { kind: 'unsupported', format: 'OpenDocument text (.odt)' };
  return { kind: 'unsupported', format: `ZIP archive that is not a Word document (no word/document.xml${mimetype ? `; it holds ${mimetype}` : ''})` };
}

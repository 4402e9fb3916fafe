/**
 * Test oracle for CPR leaks, written independently of src/minutes/redact.ts so
 * a bug there cannot hide itself: does `text` hold these ten digits in order,
 * in any spelling — full-width or other compatibility digits, hidden format
 * characters, HTML tags or entities, and up to four separators (spaces, line
 * breaks, dashes, slashes, dots, backslash escapes…) between two digits?
 */
import { decodeHTML } from 'entities';

export function leaksCpr(text: string, digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) throw new Error(`expected ten digits, got ${digits}`);
  const plain = decodeHTML(text.replace(/<[^>]*>/g, ''))
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '');
  const between = '[^\\p{L}\\p{N}]{0,4}';
  return new RegExp(`(?<!\\d)${[...digits].join(between)}(?!\\d)`, 'u').test(plain);
}

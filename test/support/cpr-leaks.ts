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
  // Plain ASCII regexes on a skeleton (digits kept, letters and other numbers "x", anything else "."): a regex with
  // \p{…} classes per call is slow to compile.
  const pattern = new RegExp(`(?<!\\d)${[...digits].join('\\.{0,4}')}(?!\\d)`);
  const skeleton = (s: string) =>
    s
      .normalize('NFKC')
      .replace(/\p{Cf}/gu, '')
      .replace(/[\p{L}\p{N}]|[^]/gu, (c) => (c >= '0' && c <= '9' ? c : /[\p{L}\p{N}]/u.test(c) ? 'x' : '.'));
  // Tags and entities are markup in HTML and in JSON holding HTML; in other text a "<" may be just a "<".
  return pattern.test(skeleton(text)) || pattern.test(skeleton(decodeHTML(text.replace(/<[^<>]*>/g, ''))));
}

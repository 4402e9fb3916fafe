/**
 * Text of the minutes as it goes into XML and HTML attributes: plain text,
 * HTML-escaped where a format takes HTML, without the characters XML 1.0
 * forbids (a stray form feed from a PDF would make a whole feed unreadable).
 */
import { escapeUTF8 } from 'entities';
import { paragraphsToLine, shortenAtWord } from '../mdx/one-line.ts';

const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops the characters XML 1.0 cannot carry. */
export function xmlSafe(text: string): string {
  return text.replace(notXml, '');
}

/** Plain text (paragraphs separated by blank lines) as HTML paragraphs. */
export function paragraphsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeUTF8(xmlSafe(paragraph))}</p>`)
    .join('');
}

/** Plain text as HTML text. */
export function textHtml(text: string): string {
  return escapeUTF8(xmlSafe(text));
}

/** Length of a meta description: search engines show about 155 characters. */
export const descriptionLength = 155;

/** Paragraphs as one line of at most `descriptionLength` characters, cut at a word. */
export function summaryLine(text: string, max = descriptionLength): string {
  return shortenAtWord(paragraphsToLine(text), max);
}

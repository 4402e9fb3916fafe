/**
 * Plain-text helpers for frontmatter summaries (agenda lines), which listings
 * show without loading item bodies.
 */

/** Collapse all whitespace (including line breaks) into single spaces. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * One line from paragraphs (separated by blank lines). A paragraph without
 * closing punctuation, followed by one that starts a new sentence, gets a full
 * stop, so "Godkendt" + "Ole Blickfeldt (O) deltog ikke …" does not read as if
 * Ole Blickfeldt was approved.
 */
export function paragraphsToLine(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map(collapseWhitespace)
    .filter((p) => p !== '')
    .map((p, i, all) => (i < all.length - 1 && !/[.!?:;…]$/u.test(p) && /^\p{Lu}/u.test(all[i + 1]!) ? `${p}.` : p))
    .join(' ');
}

/**
 * Shorten `text` to at most `max` characters plus "…", cutting at a word
 * boundary when one exists in the second half, so summaries never end mid-word.
 */
export function shortenAtWord(text: string, max = 200): string {
  const characters = Array.from(text);
  // Count code points, not UTF-16 units, so an emoji or a combining pair near
  // the limit is never cut in half.
  if (characters.length <= max) return text;
  const head = characters.slice(0, max + 1).join('');
  const space = head.lastIndexOf(' ');
  const cut = space > head.length / 2 ? head.slice(0, space) : characters.slice(0, max).join('');
  return `${cut.replace(/[\s,;:.–-]+$/u, '')}…`;
}

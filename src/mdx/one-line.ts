/**
 * Plain-text helpers for frontmatter summaries (agenda lines), which listings
 * show without loading item bodies.
 */

/** Collapse all whitespace (including line breaks) into single spaces. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
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

/**
 * The "På denne side" contents of an item page, from its body's headings:
 * sections (h2) with the headings directly below them (h3), as Starlight
 * shows h2–h3. Only long items get one; a short item is read at a glance.
 */
export interface ContentsHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface ContentsEntry {
  slug: string;
  text: string;
  children: ContentsEntry[];
}

/** Fewer headings than this: no contents. */
export const minContentsHeadings = 4;

export function pageContents(headings: readonly ContentsHeading[]): ContentsEntry[] | undefined {
  const shown = headings.filter((heading) => heading.depth <= 3);
  if (shown.length < minContentsHeadings) return undefined;
  const entries: ContentsEntry[] = [];
  for (const heading of shown) {
    const entry = { slug: heading.slug, text: heading.text, children: [] };
    const parent = entries.at(-1);
    // An h3 before any h2 stays at the top.
    if (heading.depth === 3 && parent) parent.children.push(entry);
    else entries.push(entry);
  }
  return entries;
}

import { slugify } from '../model/paths.ts';

/** Gives out element ids unique within one rendered document. */
export type IdAllocator = (text: string) => string;

/**
 * Readable ids from heading text ("Økonomi" → "oekonomi"), so anchors such as
 * `#beslutning` can be shared; repeats get "-2", "-3", … in document order.
 * `taken`: ids the document already has (the allocator adds to it).
 */
export function createIdAllocator(taken: Set<string> = new Set()): IdAllocator {
  const used = taken;
  return (text) => {
    const base = slugify(text);
    let id = base;
    for (let count = 2; used.has(id); count++) id = `${base}-${count}`;
    used.add(id);
    return id;
  };
}

interface Parent {
  children: { type: string; properties?: Record<string, unknown>; children?: unknown[] }[];
}

/** The ids a hast tree already has. */
export function documentIds(tree: Parent, ids: Set<string> = new Set()): Set<string> {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    const id = child.properties?.id;
    if (typeof id === 'string') ids.add(id);
    documentIds(child as Parent, ids);
  }
  return ids;
}

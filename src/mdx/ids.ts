import { slugify } from '../model/paths.ts';

/** Gives out element ids unique within one rendered document. */
export type IdAllocator = (text: string) => string;

/**
 * Readable ids from heading text ("Økonomi" → "oekonomi"), so anchors such as
 * `#beslutning` can be shared; repeats get "-2", "-3", … in document order.
 */
export function createIdAllocator(): IdAllocator {
  const used = new Set<string>();
  return (text) => {
    const base = slugify(text);
    let id = base;
    for (let count = 2; used.has(id); count++) id = `${base}-${count}`;
    used.add(id);
    return id;
  };
}

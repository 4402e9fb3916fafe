/**
 * Every heading of an item body gets an id (content headings by their text,
 * after the section ids the components gave out, so those stay as the search
 * records have them) and a visible anchor link after it, so a reader can
 * link to "Økonomi" or "2. Status på arbejdet i Kontrolgruppen". Returns the
 * headings in document order: the page's "På denne side" contents.
 *
 * A transform of the hast tree, done once per item when `convert` renders it.
 */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { h } from 'hastscript';
import { createIdAllocator, documentIds } from './ids.ts';

export interface BodyHeading {
  depth: number;
  /** The heading's id (Astro calls it slug). */
  slug: string;
  text: string;
}

export interface AnchorWords {
  /** Accessible name of a heading's anchor link; `{heading}` is its text. */
  anchorLabel: string;
}

const headingDepth = /^h([2-6])$/;

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
}

export function addHeadingAnchors(tree: Root, words: AnchorWords): BodyHeading[] {
  const allocate = createIdAllocator(documentIds(tree));
  const headings: BodyHeading[] = [];
  const visit = (parent: Root | Element) => {
    parent.children = parent.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return [child as ElementContent];
      const depth = headingDepth.exec(child.tagName)?.[1];
      if (!depth) {
        visit(child);
        return [child];
      }
      const text = textOf(child).replace(/\s+/g, ' ').trim();
      if (typeof child.properties.id !== 'string') child.properties.id = allocate(text);
      const slug = child.properties.id;
      headings.push({ depth: Number(depth), slug, text });
      const anchor = h('a', { className: ['heading-anchor'], href: `#${slug}` }, [
        h('span', { ariaHidden: 'true' }, '#'),
        h('span', { className: ['visually-hidden'] }, words.anchorLabel.replace('{heading}', text)),
      ]);
      return [h('div', { className: ['heading-wrap', `heading-wrap--h${depth}`] }, [child, anchor])];
    }) as typeof parent.children;
  };
  visit(tree);
  return headings;
}

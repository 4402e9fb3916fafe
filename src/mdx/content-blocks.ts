/**
 * Copies model block content for publication: the model stays untouched, the
 * copy is safe to serialise and keeps a logical heading outline.
 */
import type { BlockContent, Nodes, PhrasingContent } from 'mdast';
import { jsxFlowElement } from './jsx-element.ts';
import { nestHeadings } from './nest-headings.ts';

/** Link targets we publish as links; anything else is kept as its text. */
const linkProtocol = /^(?:https?|mailto):/i;

/** Parents whose children are phrasing content (text level). */
const phrasingParents = new Set<Nodes['type']>([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
]);

export interface ContentOptions {
  /**
   * Depth the shallowest heading in the content gets. Deeper headings move by
   * the same amount (capped at 6), so relative levels survive.
   * Sections and decisions render an h2 themselves, so their content uses 3.
   */
  minHeadingDepth: number;
}

/**
 * Publishable copy of `blocks`; falls back to one paragraph of `text` when the
 * model has plain text but no structure.
 */
export function contentBlocks(
  blocks: readonly BlockContent[],
  text: string,
  options: Readonly<ContentOptions>,
): BlockContent[] {
  if (blocks.length === 0) {
    return text.trim() ? [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] : [];
  }
  const shallowest = minHeadingDepth(blocks);
  const shift = shallowest === undefined ? 0 : Math.max(0, options.minHeadingDepth - shallowest);
  const copied = blocks.flatMap((block) => copy(block, shift, false)) as BlockContent[];
  nestHeadings(copied);
  return copied;
}

function minHeadingDepth(nodes: readonly Nodes[]): number | undefined {
  let min: number | undefined;
  for (const node of nodes) {
    const depth =
      node.type === 'heading' ? node.depth : 'children' in node ? minHeadingDepth(node.children) : undefined;
    if (depth !== undefined && (min === undefined || depth < min)) min = depth;
  }
  return min;
}

function copy(node: Nodes, shift: number, inPhrasing: boolean): Nodes | Nodes[] {
  switch (node.type) {
    case 'heading': {
      const depth = Math.min(6, node.depth + shift) as 1 | 2 | 3 | 4 | 5 | 6;
      return { ...node, depth, children: copyChildren(node, shift) as PhrasingContent[] };
    }
    // Raw HTML would be parsed as JSX in MDX. Minutes never carry markup on
    // purpose, so whatever looks like a tag is shown as the text it is.
    case 'html': {
      const { value, position } = node;
      return inPhrasing
        ? { type: 'text', value, position }
        : { type: 'paragraph', children: [{ type: 'text', value }], position };
    }
    case 'table': {
      const table = { ...node, children: copyChildren(node, shift) } as typeof node;
      const caption = node.data?.caption ?? null;
      const headerRows = node.data?.headerRows ?? 1;
      return caption || headerRows > 1
        ? jsxFlowElement('Table', { caption, headerRows: headerRows > 1 ? String(headerRows) : null }, [table])
        : table;
    }
    case 'link': {
      const children = copyChildren(node, shift);
      return linkProtocol.test(node.url) ? { ...node, children: children as PhrasingContent[] } : children;
    }
    default: {
      return 'children' in node ? ({ ...node, children: copyChildren(node, shift) } as Nodes) : { ...node };
    }
  }
}

function copyChildren(parent: Nodes & { children: Nodes[] }, shift: number): Nodes[] {
  const inPhrasing = phrasingParents.has(parent.type);
  return parent.children.flatMap((child) => copy(child, shift, inPhrasing));
}

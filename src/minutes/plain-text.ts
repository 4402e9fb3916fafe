/**
 * Plain text of mdast blocks, as a reader would copy it: paragraphs separated
 * by blank lines, list items and table rows on lines of their own, cells
 * separated by tabs. (mdast-util-to-string joins list items without any
 * separator, which glues words together.)
 */
import type { BlockContent, ListItem, Nodes, PhrasingContent, TableRow } from 'mdast';

export function plainText(blocks: readonly BlockContent[]): string {
  return blocks.map(blockText).filter((t) => t !== '').join('\n\n');
}

function blockText(node: BlockContent | ListItem | TableRow): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return phrasingText(node.children);
    case 'list':
      return node.children.map(blockText).join('\n');
    case 'listItem':
      return node.children.map((child) => blockText(child as BlockContent)).join('\n');
    case 'table':
      return [...(node.data?.caption ? [node.data.caption, ''] : []), ...node.children.map(blockText)].join('\n');
    case 'tableRow':
      return node.children.map((cell) => phrasingText(cell.children)).join('\t');
    case 'blockquote':
      return plainText(node.children as BlockContent[]);
    default:
      return 'value' in node && typeof node.value === 'string' ? node.value : '';
  }
}

export function phrasingText(children: readonly (PhrasingContent | Nodes)[]): string {
  return children
    .map((child) => {
      if (child.type === 'text' || child.type === 'inlineCode') return child.value;
      if (child.type === 'break') return '\n';
      if ('children' in child) return phrasingText(child.children as PhrasingContent[]);
      return '';
    })
    .join('');
}

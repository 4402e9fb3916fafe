import type { Root, RootContent } from 'hast';

/**
 * Rehype plugin: header cells of a table's head row get `scope="col"`, so
 * screen readers announce the column header with every cell.
 */
export function rehypeTableScope(): (tree: Root) => undefined {
  return (tree) => {
    visit(tree.children, false);
  };
}

function visit(nodes: RootContent[], inHead: boolean): void {
  for (const node of nodes) {
    if (!('children' in node)) continue;
    // Tables sit inside MDX JSX elements (`<Section>`), so walk every parent.
    const element = node.type === 'element' ? node : null;
    if (inHead && element?.tagName === 'th') element.properties.scope = 'col';
    visit(node.children as RootContent[], inHead || element?.tagName === 'thead');
  }
}


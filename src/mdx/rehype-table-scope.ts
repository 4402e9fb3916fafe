import type { Root, RootContent } from 'hast';

/**
 * Rehype plugin: header cells of a table's head row get `scope="col"`, so
 * screen readers announce the column header with every cell; a column's
 * alignment (GFM `align`, numeric columns are right-aligned) becomes a class,
 * not the obsolete `align` attribute nor a `style` attribute, which a
 * Content-Security-Policy without 'unsafe-inline' would block.
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
    // A heading over several columns keeps its `colgroup` (components.ts spanHeadings).
    if (inHead && element?.tagName === 'th') element.properties.scope ??= 'col';
    if ((element?.tagName === 'th' || element?.tagName === 'td') && typeof element.properties.align === 'string') {
      // Class first: the same attribute order whichever step adds `scope` (here or the Table component).
      const { align, className, ...rest } = element.properties;
      element.properties = { className: [...((className as string[] | undefined) ?? []), `align-${align}`], ...rest };
    }
    visit(node.children as RootContent[], inHead || element?.tagName === 'thead');
  }
}


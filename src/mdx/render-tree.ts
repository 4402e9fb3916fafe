/**
 * Renders an item's mdast tree (the one the MDX writer serialises,
 * item-tree.ts) to HTML directly: mdast → hast with our components called
 * for the MDX elements → HTML. `convert` does this once per item, so the
 * build never parses the MDX it wrote (compiling MDX was most of Astro's
 * time). The result is the same HTML as compiling the written MDX with
 * render-mdx.ts (tested on every seed and fixture item).
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { toHast, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { createComponents, type ComponentLabels, type Components } from './components.ts';
import { rehypeTableScope } from './rehype-table-scope.ts';
import { wrapTables, type TableWords } from './wrap-tables.ts';
import { addHeadingAnchors, type AnchorWords, type BodyHeading } from './heading-anchors.ts';

export interface TreeRenderWords extends AnchorWords, TableWords {
  labels: ComponentLabels;
}

export interface RenderedBody {
  html: string;
  /** Every heading with its id, in document order (the page's contents). */
  headings: BodyHeading[];
}

function jsxHandler(components: Components) {
  return (state: State, node: MdxJsxFlowElement): ElementContent[] => {
    const component = components[node.name as keyof Components];
    if (!component) throw new Error(`Unexpected component <${node.name ?? ''}>, expected one the MDX writer generates`);
    const props: Record<string, unknown> = {};
    for (const attribute of node.attributes) if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') props[attribute.name] = attribute.value;
    props.children = state.all(node as never);
    const result = component(props);
    return result.type === 'root' ? (result.children as ElementContent[]) : [result as Element];
  };
}

const tableParts = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/**
 * mdast-util-to-hast puts line breaks between a table's rows and cells, and
 * keeps a cell's edge spaces; the written MDX (GFM, JSX) has neither.
 */
function dropTableWhitespace(node: HastRoot | Element): void {
  if (node.type === 'element' && tableParts.has(node.tagName)) node.children = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th')) {
    const first = node.children[0];
    const last = node.children.at(-1);
    if (first?.type === 'text') first.value = first.value.trimStart();
    if (last?.type === 'text') last.value = last.value.trimEnd();
  }
  for (const child of node.children) if (child.type === 'element') dropTableWhitespace(child);
}

/** The body of an item as hast (frontmatter is not part of it). */
export function renderTreeToHast(tree: Root, labels: ComponentLabels): HastRoot {
  const components = createComponents(labels);
  const hast = toHast(tree, { handlers: { mdxJsxFlowElement: jsxHandler(components) as never } }) as HastRoot;
  dropTableWhitespace(hast);
  rehypeTableScope()(hast);
  return hast;
}

const isBlank = (node: HastRoot['children'][number] | undefined): boolean => node?.type === 'text' && node.value.trim() === '';

/** What the page adds to a body however it was made (from the tree or from compiled MDX): table wrappers, heading ids and anchors. */
export function finishBody(hast: HastRoot, words: TreeRenderWords): RenderedBody {
  // A section left off the page (components.ts) leaves the line breaks around it: keep one.
  hast.children = hast.children.filter((child, index, all) => !(isBlank(child) && isBlank(all[index - 1])));
  // Headings first: a table without a caption is named by the heading right before it.
  const headings = addHeadingAnchors(hast, words);
  wrapTables(hast, words);
  return { html: toHtml(hast), headings };
}

export function renderTree(tree: Root, words: TreeRenderWords): RenderedBody {
  return finishBody(renderTreeToHast(tree, words.labels), words);
}

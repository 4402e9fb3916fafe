import type { BlockContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';

/**
 * An MDX JSX flow element with string-literal attributes only.
 *
 * Attributes whose value is null are left out, so components can tell
 * "not stated in the minutes" from an empty string. Expressions are never
 * emitted: generated content must not be able to run code.
 */
export function jsxFlowElement(
  name: string,
  attributes: Readonly<Record<string, string | null>>,
  children: BlockContent[],
): MdxJsxFlowElement {
  const list: MdxJsxAttribute[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== null) list.push({ type: 'mdxJsxAttribute', name: key, value });
  }
  return { type: 'mdxJsxFlowElement', name, attributes: list, children };
}

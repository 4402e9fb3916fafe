import type { List } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { jsxFlowElement } from './jsx-element.ts';

/** `<Attachments>` with a tight bullet list of the attachment names, or null when there are none. */
export function attachmentsElement(names: readonly string[]): MdxJsxFlowElement | null {
  if (names.length === 0) return null;
  const list: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: names.map((name) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: name }] }],
    })),
  };
  return jsxFlowElement('Attachments', {}, [list]);
}

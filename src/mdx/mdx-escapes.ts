/**
 * Escaping that `mdast-util-to-markdown` and `mdast-util-mdx` leave out, as a
 * tiny to-markdown extension so it applies wherever text is serialised.
 */
import type { Handle, Options, Unsafe } from 'mdast-util-to-markdown';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxToMarkdown } from 'mdast-util-mdx';

/**
 * A line starting with `import ` or `export ` is MDX ESM, which is executed
 * (and a paragraph "import x from 'y'" compiles silently into an import).
 * `mdast-util-mdxjs-esm` has no unsafe patterns, so encode the first letter
 * (`&#x69;mport`) when such a word starts a line. MDX only sees ESM at column
 * 1, but JSX children get indented, so we match any indent to stay safe if
 * the layout changes.
 */
export const esmUnsafe: Unsafe[] = [
  { atBreak: true, character: 'i', after: 'mport ' },
  { atBreak: true, character: 'e', after: 'xport ' },
];

/** A handler as `mdast-util-to-markdown` calls it: `peek` is optional and untyped there. */
type PeekableHandle = Handle & { peek?: Handle };

const mdxHandlers = mdxToMarkdown().extensions?.find((extension) => extension.handlers?.mdxJsxFlowElement)
  ?.handlers as { mdxJsxFlowElement: PeekableHandle } | undefined;
if (!mdxHandlers) throw new Error('mdast-util-mdx no longer exposes an mdxJsxFlowElement handler');
const serializeElement = mdxHandlers.mdxJsxFlowElement;

/**
 * `mdast-util-mdx-jsx` encodes only the quote in string attribute values, but
 * the MDX parser decodes character references in them, so a value "&amp;"
 * would come back as "&". Encoding every `&` (as `&#x26;`) makes the value
 * round-trip exactly; the wrapped handler still does the quoting.
 */
const element: PeekableHandle = (node: MdxJsxFlowElement | MdxJsxTextElement, parent, state, info) => {
  const attributes = node.attributes.map((attribute) =>
    attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string'
      ? ({ ...attribute, value: attribute.value.replaceAll('&', '&#x26;') } satisfies MdxJsxAttribute)
      : attribute,
  );
  return serializeElement({ ...node, attributes }, parent, state, info);
};
// Text elements are peeked at to decide on escapes before them.
if (serializeElement.peek) element.peek = serializeElement.peek;

/** Must come after `mdxToMarkdown()` in `extensions`, so these handlers win. */
export function mdxEscapes(): Options {
  return {
    unsafe: esmUnsafe,
    handlers: { mdxJsxFlowElement: element, mdxJsxTextElement: element },
  };
}

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
  { atBreak: true, character: 'i', after: '(?=mport )' },
  { atBreak: true, character: 'e', after: '(?=xport )' },
];

/**
 * `safe()` finds all matches of a pattern with one global regex, so the
 * `after` of one match consumes the line ending that the next line's
 * `atBreak` needs: "a\n-\n-" came out as `a\n\-\n-`, and the unescaped
 * second dash turned the paragraph into a setext heading (text lost). These
 * are the line-start patterns of `mdast-util-to-markdown` and
 * `mdast-util-gfm-table` again, with `after` as a lookahead that consumes
 * nothing, so every line is checked.
 */
export const lineStartUnsafe: Unsafe[] = [
  { atBreak: true, character: '*', after: '(?=[ \\t\\r\\n*])' },
  { atBreak: true, character: '+', after: '(?=[ \\t\\r\\n])' },
  { atBreak: true, character: '-', after: '(?=[ \\t\\r\\n:|-])' },
  { atBreak: true, before: '\\d+', character: '.', after: '(?=[ \\t\\r\\n]|$)' },
  { atBreak: true, character: '|', after: '(?=[\\t :-])' },
  { atBreak: true, character: ':', after: '(?=-)' },
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
 * would come back as "&": encode every `&` (as `&#x26;`). Line endings are
 * encoded too, keeping the value on one line: on a continuation line the
 * parser drops leading whitespace, including NBSP and U+2028, which are text.
 * The wrapped handler still does the quoting.
 */
export function encodeAttributeValue(value: string): string {
  return value.replaceAll('&', '&#x26;').replaceAll('\r', '&#xD;').replaceAll('\n', '&#xA;');
}

const element: PeekableHandle = (node: MdxJsxFlowElement | MdxJsxTextElement, parent, state, info) => {
  const attributes = node.attributes.map((attribute) =>
    attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string'
      ? ({ ...attribute, value: encodeAttributeValue(attribute.value) } satisfies MdxJsxAttribute)
      : attribute,
  );
  return serializeElement({ ...node, attributes }, parent, state, info);
};
// Text elements are peeked at to decide on escapes before them.
if (serializeElement.peek) element.peek = serializeElement.peek;

/** Must come after `mdxToMarkdown()` in `extensions`, so these handlers win. */
export function mdxEscapes(): Options {
  return {
    unsafe: [...esmUnsafe, ...lineStartUnsafe],
    handlers: { mdxJsxFlowElement: element, mdxJsxTextElement: element },
  };
}

/**
 * TEMPORARY stand-in for `renderMdx` from `src/mdx/index.ts` (being written in
 * parallel). Same signature and roughly the same HTML for the three item
 * components, so pages can be built and looked at before it lands.
 * Delete once `render-mdx.ts` re-exports the real one.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { toHast, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import type { Heading, Root } from 'mdast';

function attr(node: MdxJsxFlowElement, name: string): string | undefined {
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
  }
  return undefined;
}

export async function renderMdx(mdx: string): Promise<{ html: string }> {
  const tree: Root = fromMarkdown(mdx, {
    extensions: [mdxjs(), gfm(), frontmatter(['yaml'])],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
  const hast = toHast(tree, {
    handlers: {
      yaml: () => undefined,
      heading(state: State, node: Heading) {
        return h(`h${Math.min(6, node.depth + 2)}`, state.all(node) as ElementContent[]);
      },
      mdxJsxFlowElement(state: State, node: MdxJsxFlowElement) {
        const children = state.all(node as never) as ElementContent[];
        if (node.name === 'Decision') {
          const meta = [attr(node, 'committee'), attr(node, 'date')].filter(Boolean).join(', ');
          return h('section.decision', [h('h2', 'Beslutning'), meta ? h('p.decision-meta', meta) : null, ...children]);
        }
        if (node.name === 'Section') {
          return h('section.case-section', { dataKind: attr(node, 'kind') }, [h('h2', attr(node, 'heading') ?? ''), ...children]);
        }
        if (node.name === 'Attachments') return h('section.attachments', [h('h2', 'Bilag'), ...children]);
        return h('div', children);
      },
    },
  });
  return { html: toHtml(hast) };
}

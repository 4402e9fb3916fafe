/**
 * Renders MDX entries to HTML without React, Astro or a bundler: the site has
 * tens of thousands of items, and bundling one module per entry does not
 * scale. MDX is compiled to a function body, run with a JSX runtime that
 * builds hast, and the hast is serialised.
 */
import type { Root as HastRoot } from 'hast';
import { createProcessor, runSync } from '@mdx-js/mdx';
import { toHtml } from 'hast-util-to-html';
import { h, type Child } from 'hastscript';
import { createComponents, type ComponentLabels } from './components.ts';
import { Fragment, jsx, jsxs } from './jsx-runtime.ts';
import { rehypeTableScope } from './rehype-table-scope.ts';
import { remarkGeneratedOnly } from './remark-generated-only.ts';
import { remarkFrontmatterSyntax, remarkGfmTableSyntax } from './remark-syntax.ts';

/** One processor for every render: building it parses no documents but is not free. */
const processor = createProcessor({
  outputFormat: 'function-body',
  development: false,
  remarkPlugins: [remarkFrontmatterSyntax, remarkGfmTableSyntax, remarkGeneratedOnly],
  rehypePlugins: [rehypeTableScope],
  // HTML attribute names and CSS property names: hastscript takes both as is.
  elementAttributeNameCase: 'html',
  stylePropertyNameCase: 'css',
});

const runtime = { Fragment, jsx, jsxs };

export interface RenderOptions {
  /** UI words of the components; Danish by default. */
  labels?: ComponentLabels;
}

/**
 * Compile an MDX entry (frontmatter is skipped) and build its body as hast.
 * Throws a VFileMessage with a place on invalid MDX, and on MDX our writer
 * would never produce (expressions, ESM, unknown tags; see remark-generated-only.ts).
 */
export function renderMdxToHast(mdx: string, options: Readonly<RenderOptions> = {}): HastRoot {
  const code = String(processor.processSync(mdx));
  const { default: content } = runSync(code, runtime) as unknown as {
    default: (props: { components: object }) => Child;
  };
  // A body of one element comes back as that element, not as a fragment.
  return h(null, content({ components: createComponents(options.labels) }));
}

/** Compile an MDX entry and render its body to an HTML string. Synchronous. */
export function renderMdx(mdx: string, options: Readonly<RenderOptions> = {}): { html: string } {
  return { html: toHtml(renderMdxToHast(mdx, options)) };
}

import type { Root } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { mdxEscapes } from './mdx-escapes.ts';
import { textPatterns } from './text-patterns.ts';

/**
 * GFM is included for tables and, just as much, for its escapes: Astro and our
 * renderer parse with GFM, so text like "www.x.dk" or "https://…" must be
 * escaped to stay text instead of becoming an autolink.
 */
const options: Options = {
  bullet: '-',
  emphasis: '_',
  rule: '-',
  extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown(), mdxToMarkdown(), mdxEscapes(), textPatterns()],
};

/** Serialise an mdast tree (with frontmatter, GFM and MDX JSX nodes) to MDX text. */
export function toMdx(tree: Root): string {
  return toMarkdown(tree, options);
}

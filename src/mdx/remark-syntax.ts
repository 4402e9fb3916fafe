/**
 * The two syntax extensions our MDX needs beyond MDX itself, as minimal remark
 * plugins (what `remark-frontmatter` and `remark-gfm` do, without adding them
 * as dependencies).
 */
import 'remark-parse';
import type { Processor } from 'unified';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';

/** Frontmatter is skipped, instead of read as a thematic break and a heading. */
export function remarkFrontmatterSyntax(this: Processor): undefined {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(frontmatter(['yaml']));
  (data.fromMarkdownExtensions ??= []).push(frontmatterFromMarkdown(['yaml']));
}

/**
 * GFM tables only. Not all of GFM: its autolink literals are found by a regex
 * over finished text nodes, which ignores escapes, so the text "www.x.dk"
 * would become a link although the writer wrote `www\.x.dk`; only link nodes
 * of the model may become links. Tables alone also parse about 40% faster.
 */
export function remarkGfmTableSyntax(this: Processor): undefined {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

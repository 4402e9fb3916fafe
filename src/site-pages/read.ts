/**
 * Reads one site page (schema.ts): its frontmatter checked, its text as
 * search blocks. Pure; a problem names the line.
 */
import type { Nodes, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse, YAMLParseError } from 'yaml';
import { sitePageFrontmatterSchema, type SitePageFrontmatter } from './schema.ts';

export interface SitePage {
  data: SitePageFrontmatter;
  /** Headings and paragraphs, one string each, as the search index gets them. */
  search: string[];
}

export type SitePageRead = { page: SitePage } | { problem: string; line: number | null };

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function blocks(nodes: readonly RootContent[], out: string[]): string[] {
  for (const node of nodes) {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableRow') out.push(oneLine(toString(node)));
    else if ('children' in node) blocks(node.children as RootContent[], out);
  }
  return out;
}

export function readSitePage(text: string): SitePageRead {
  let tree;
  try {
    tree = fromMarkdown(text, { extensions: [frontmatter(['yaml']), mdxjs()], mdastExtensions: [frontmatterFromMarkdown(['yaml']), mdxFromMarkdown()] });
  } catch (error) {
    const place = (error as { line?: number }).line;
    return { problem: `Unexpected MDX: ${(error as Error).message.split('\n')[0]}`, line: place ?? null };
  }
  const yaml = tree.children.find((node): node is Extract<Nodes, { type: 'yaml' }> => node.type === 'yaml');
  if (!yaml) return { problem: 'Unexpected page without frontmatter, expected at least `title:` between two "---" lines', line: 1 };
  let data: unknown;
  try {
    data = parse(yaml.value);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    return { problem: `Unexpected YAML in the frontmatter: ${error.message.split(/ at line \d+|\n/)[0]}`, line: (error.linePos?.[0]?.line ?? 0) + 1 };
  }
  const parsed = sitePageFrontmatterSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path.join('.') || (issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(root)');
    const line = yaml.value.split('\n').findIndex((l) => l.startsWith(`${String(issue?.path[0] ?? (issue as { keys?: string[] })?.keys?.[0])}:`));
    return { problem: `Unexpected frontmatter: \`${key}\`: ${issue?.message ?? 'invalid value'}`, line: line < 0 ? 1 : line + 2 };
  }
  return { page: { data: parsed.data, search: blocks(tree.children.filter((node) => node.type !== 'yaml'), []) } };
}

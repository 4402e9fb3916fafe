/**
 * The plain-Markdown twin of the items collection, for the bench only
 * (issue 5): the same frontmatter and the same text, with each MDX component
 * replaced by a heading and its children, so Astro's own glob() loader and
 * Markdown pipeline can render the same pages for comparison.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Heading, Nodes, Parent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown, frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

const componentHeadings: Record<string, string> = { Decision: 'Beslutning', Attachments: 'Bilag' };

function attribute(node: { attributes?: { type: string; name?: string; value?: unknown }[] }, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** Replaces MDX nodes by plain Markdown: a component becomes an h2 (if it has a title) and its children. */
function unwrap(nodes: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    const type = (node as Nodes).type as string;
    if (type === 'mdxjsEsm' || type === 'mdxFlowExpression' || type === 'mdxTextExpression') continue;
    if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
      const element = node as unknown as { name: string | null; children: RootContent[]; attributes?: { type: string; name?: string; value?: unknown }[] };
      const title = componentHeadings[element.name ?? ''] ?? attribute(element, 'heading');
      if (title && type === 'mdxJsxFlowElement') {
        out.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: title }] } satisfies Heading);
      }
      out.push(...unwrap(element.children));
      continue;
    }
    if ('children' in node && Array.isArray((node as Parent).children)) {
      (node as Parent).children = unwrap((node as Parent).children as RootContent[]) as Parent['children'];
    }
    out.push(node);
  }
  return out;
}

/** One `.mdx` item file as plain Markdown with the same frontmatter. */
export function mdxToMarkdown(mdx: string): string {
  const tree = fromMarkdown(mdx, {
    extensions: [frontmatter(['yaml']), gfm(), mdxjs()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown(), mdxFromMarkdown()],
  });
  const root: Root = { type: 'root', children: unwrap(tree.children) };
  return toMarkdown(root, { extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown()] });
}

/** Writes `<contentDir>/items/**.mdx` as `<target>/**.md`; returns the number of files. */
export async function writeMarkdownItems(contentDir: string, target: string): Promise<number> {
  const source = join(contentDir, 'items');
  const files = (await readdir(source, { recursive: true })).filter((name) => name.endsWith('.mdx')).sort();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++] as string;
      const out = join(target, file.replace(/\.mdx$/, '.md'));
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, mdxToMarkdown(await readFile(join(source, file), 'utf8')));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return files.length;
}


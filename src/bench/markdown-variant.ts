/**
 * Plain-Markdown twins of the content collections, for the bench only
 * (issues 5 and 16): the same frontmatter and the same text, with each MDX
 * component replaced by a heading and its children, so a minimal Astro site
 * (src/bench/floor-site.ts) can render as many pages with Astro's own glob()
 * loader and Markdown pipeline — the floor the build is measured against.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Heading, List, Nodes, Parent, Root, RootContent, Yaml } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown, frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse as parseYaml } from 'yaml';

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

/**
 * A meeting file (frontmatter only) as plain Markdown: its frontmatter and,
 * as its page shows, the agenda — each item's title and decision.
 */
export function meetingToMarkdown(mdx: string): string {
  const tree = fromMarkdown(mdx, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] });
  const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
  const data = (yaml ? parseYaml(yaml.value) : {}) as { committee?: string; date?: string; agenda?: { title?: string; decision?: string | null }[] };
  const agenda: List = {
    type: 'list',
    ordered: true,
    children: (data.agenda ?? []).map((entry) => ({
      type: 'listItem',
      children: [
        { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: entry.title ?? '' }] }] },
        ...(entry.decision ? [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: entry.decision }] }] : []),
      ],
    })),
  };
  const heading: Heading = { type: 'heading', depth: 1, children: [{ type: 'text', value: `${data.committee ?? ''} ${data.date ?? ''}`.trim() }] };
  const root: Root = { type: 'root', children: [...(yaml ? [yaml] : []), heading, agenda] };
  return toMarkdown(root, { extensions: [frontmatterToMarkdown(['yaml'])] });
}

async function mdxFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.mdx')).sort();
}

/** Converts files with a few writes in flight at a time. */
async function writeAll(jobs: readonly { from: string; to: string; convert: (mdx: string) => string }[]): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      await mkdir(dirname(job.to), { recursive: true });
      await writeFile(job.to, job.convert(await readFile(job.from, 'utf8')));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

/**
 * Writes `pages` plain-Markdown pages into `target` for the floor: every item
 * twin (`items/…`), then every meeting's agenda (`meetings/…`), then — for
 * the site's other pages (committee and municipality lists, front page,
 * search, 404) — meeting agendas again (`more/<n>/…`), or items if there are
 * no meetings, until there are `pages` files. Returns the number written.
 */
export async function writeFloorPages(contentDir: string, target: string, pages: number): Promise<number> {
  const items = (await mdxFiles(join(contentDir, 'items'))).map((file) => ({ file, dir: 'items', convert: mdxToMarkdown }));
  const meetings = (await mdxFiles(join(contentDir, 'meetings'))).map((file) => ({ file, dir: 'meetings', convert: meetingToMarkdown }));
  const sources = [...items, ...meetings];
  const filler = meetings.length > 0 ? meetings : items;
  const jobs = sources.slice(0, pages).map((source) => ({ ...source, name: join(source.dir, source.file) }));
  for (let n = 0; jobs.length < pages && filler.length > 0; n++) {
    const source = filler[n % filler.length]!;
    jobs.push({ ...source, name: join('more', String(Math.floor(n / filler.length)), source.file) });
  }
  await writeAll(
    jobs.map((job) => ({ from: join(contentDir, job.dir, job.file), to: join(target, job.name.replace(/\.mdx$/, '.md')), convert: job.convert })),
  );
  return jobs.length;
}

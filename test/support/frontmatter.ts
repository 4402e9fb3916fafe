/**
 * Splits a generated `.mdx` file into its YAML frontmatter and body.
 * YAML 1.2 core schema: `date: 2021-03-02` stays a string, as the schema expects.
 */
import { parse } from 'yaml';

const fence = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface SplitFile {
  data: Record<string, unknown>;
  body: string;
}

/** The YAML between the fences (line 2 of the file is its line 1), or undefined without frontmatter. */
export function frontmatterText(source: string): string | undefined {
  return fence.exec(source)?.[1];
}

export function splitFrontmatter(source: string): SplitFile {
  const match = fence.exec(source);
  if (!match) return { data: {}, body: source };
  const parsed: unknown = parse(match[1] ?? '');
  const data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { data, body: source.slice(match[0].length) };
}

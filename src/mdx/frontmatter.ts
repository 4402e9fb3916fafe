/**
 * Frontmatter as an mdast `yaml` node: validated first, then serialised with
 * the `yaml` package (never by joining strings).
 */
import type { Yaml } from 'mdast';
import { stringify } from 'yaml';
import type { z } from 'zod';
import { validate } from '../model/validate.ts';

/** Validate frontmatter data; throws like `validate`, e.g. `Invalid item frontmatter: \`date\`: …`. */
export function validateFrontmatter<Schema extends z.ZodType>(schema: Schema, value: unknown, label: string): z.infer<Schema> {
  return validate(schema, value, `${label} frontmatter`);
}

/**
 * Serialise frontmatter data as a `yaml` node.
 *
 * Every string is double-quoted: Astro reads frontmatter with js-yaml, whose
 * default schema turns a bare `2021-02-04` into a Date and would fail the
 * string schema; quoting also keeps "Nej", "08:30" or "- x" plain strings in
 * any YAML parser. Strings are written JSON-style on one line: yaml's
 * multi-line double-quoted form loses text (a backslash before a line break
 * followed by a space-only line comes back changed; see the property test).
 */
export function yamlNode(data: Record<string, unknown>): Yaml {
  const value = stringify(data, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    doubleQuotedAsJSON: true,
    lineWidth: 0,
  });
  return { type: 'yaml', value: value.replace(/\n$/, '') };
}

import type { z } from 'zod';

/**
 * Validate `value` against `schema` and return the parsed value (only the schema's keys, in its order).
 *
 * Throws an `Error` naming the first invalid field, e.g.
 * `Invalid item frontmatter: \`date\`: Expected a date as YYYY-MM-DD`;
 * callers turn it into a diagnostic.
 */
export function validate<Schema extends z.ZodType>(schema: Schema, value: unknown, label: string): z.infer<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
  const error = new Error(`Invalid ${label}: \`${field}\`: ${issue?.message ?? 'invalid value'}`);
  error.cause = result.error;
  throw error;
}

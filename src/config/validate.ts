/**
 * A parsed `referat.config.json` value → the config, or one line per problem
 * naming the file and the key:
 *
 *     referat.config.json: `theme.accent`: expected a colour such as `#005b9a`, received `blå`
 *
 * Pure: the caller reads the file and says how to name it.
 */
import { z } from 'zod';
import { configSchema, type ReferatConfig } from './schema.ts';

export type ConfigResult = { config: ReferatConfig; errors?: undefined } | { config?: undefined; errors: string[] };

export function validateConfig(value: unknown, file: string): ConfigResult {
  const parsed = configSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { config: parsed.data };
  return { errors: parsed.error.issues.map((issue) => `${file}: ${describeIssue(issue)}`) };
}

/** `theme.accent`, `footer.links[0].href`; the file itself is `(top level)`. */
export function keyPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `\`${keyPath([...issue.path, key])}\`: unknown key, expected one of ${knownKeys(issue.path).map((k) => `\`${k}\``).join(', ')}`).join('; ');
  }
  const key = `\`${keyPath(issue.path)}\``;
  if (issue.code === 'invalid_type') {
    const expected = typeNames[issue.expected] ?? issue.expected;
    return `${key}: expected ${expected}, received ${issue.input === undefined ? 'nothing' : shown(issue.input)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'number') return `${key}: ${issue.message}, received ${shown(issue.input)}`;
  const noInput = issue.code === 'custom' && (issue.params as { noInput?: boolean } | undefined)?.noInput === true;
  // A refinement of an object (publisher's e-mail or phone) has the object as input: not worth quoting.
  const quoted = noInput || (typeof issue.input === 'object' && issue.input !== null) ? '' : `, received ${shown(issue.input)}`;
  return `${key}: ${issue.message}${quoted}`;
}

const typeNames: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
  object: 'an object `{ … }`',
  array: 'a list `[ … ]`',
};

/** How a value is quoted in a message: a text as it is, anything else as JSON. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

/** The keys the schema allows at `path` (for "unknown key, expected one of …"). */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let schema: z.core.$ZodType = configSchema;
  for (const part of [...path, null]) {
    // Through defaults, optionals and refinements to the object or list underneath.
    for (;;) {
      const def = schema._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
      if (def.innerType) schema = def.innerType;
      else if (def.type === 'pipe' && def.in) schema = def.in;
      else break;
    }
    if (part === null) break;
    const def = schema._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
    if (typeof part === 'number' && def.element) schema = def.element;
    else if (typeof part === 'string' && def.shape?.[part]) schema = def.shape[part];
    else return [];
  }
  const shape = (schema._zod.def as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape).filter((k) => k !== '$schema') : [];
}

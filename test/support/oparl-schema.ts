/**
 * The OParl 1.1 spec's own JSON Schema files (OParl/spec, `schema/*.json`,
 * CC BY-SA 4.0, © the OParl authors), compiled with ajv 8 to validate what a
 * site publishes. The files are not in this repository: like the seed minutes
 * they live beside the checkout, in `../shared/oparl-schema/` with their
 * licence and attribution (or where REFERAT_OPARL_SCHEMA_DIR points).
 *
 * They were written for an older validator, so a few adjustments are made
 * here, in memory, when they are loaded; the files stay as published:
 *
 * 1. `$id` = the file name, so a reference "Meeting.json" finds Meeting.json.
 * 2. `"schema": "X.json"` (the spec's own way to say "an embedded X") becomes
 *    `"$ref": "X.json"` where the property is an object or its array items are
 *    objects; where it sits on a URL string (Body.mainOrganization:
 *    `"schema": "Organization"`) it is dropped: the URL is checked as a URL.
 * 3. `items` on a string (an external list's URL, documented with the schema
 *    of the objects the list holds) is dropped: it applies to arrays only.
 * 4. `\:` in `pattern`s becomes `:`: ajv 8 compiles patterns as Unicode
 *    regular expressions, in which `\:` is an invalid escape.
 * 5. The spec's annotations `references`, `backreference` and `cardinality`
 *    are declared as keywords (they describe, they check nothing), and the
 *    format `url` is defined: an absolute http(s) URL. `date` and `date-time`
 *    come from ajv-formats.
 * 6. Stricter than the spec: `additionalProperties: false` on every object
 *    schema, so a misspelt property fails instead of passing unseen.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export const oparlSchemaDir = process.env.REFERAT_OPARL_SCHEMA_DIR ?? fileURLToPath(new URL('../../../shared/oparl-schema/', import.meta.url));

/** Whether the schema files are there (the tests that need them are skipped, and say so, when not). */
export const hasOparlSchemas = existsSync(join(oparlSchemaDir, 'Meeting.json'));

type Schema = { [key: string]: unknown };

const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Adjustments 2–4 and 6, on a copy. */
export function adjustSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(adjustSchema);
  if (!isObject(node)) return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) out[key] = key === 'pattern' && typeof value === 'string' ? value.replace(/\\:/g, ':') : adjustSchema(value);
  if (typeof out.schema === 'string') {
    if (out.type === 'object') out.$ref = /\.json$/.test(out.schema) ? out.schema : `${out.schema}.json`;
    delete out.schema;
  }
  if (out.type === 'string') delete out.items;
  if (out.type === 'object' && isObject(out.properties)) out.additionalProperties = false;
  return out;
}

let compiled: Ajv | undefined;

function ajv(): Ajv {
  if (compiled) return compiled;
  const instance = new Ajv({ allErrors: true, strict: true, strictTypes: true });
  addFormats(instance, ['date', 'date-time']);
  instance.addVocabulary(['references', 'backreference', 'cardinality']);
  instance.addFormat('url', (value: string) => URL.canParse(value) && /^https?:\/\/[^/]/.test(value));
  for (const name of readdirSync(oparlSchemaDir).filter((file) => file.endsWith('.json')).sort()) {
    const schema = adjustSchema(JSON.parse(readFileSync(join(oparlSchemaDir, name), 'utf8'))) as Schema;
    instance.addSchema({ ...schema, $id: name });
  }
  return (compiled = instance);
}

/** The validator of an OParl type ("Meeting"), from `<type>.json`. */
export function oparlValidator(type: string): ValidateFunction {
  const validate = ajv().getSchema(`${type}.json`);
  if (!validate) throw new Error(`No OParl schema ${type}.json in ${oparlSchemaDir}`);
  return validate;
}

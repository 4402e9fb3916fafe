/**
 * UI strings. Every visible string lives in `src/i18n/da.json` (flat dotted keys);
 * this only looks them up and fills `{placeholders}`.
 */
import strings from '../i18n/da.json' with { type: 'json' };

export type UiKey = keyof typeof strings;

/** The Danish string for `key`, with `{name}` placeholders replaced from `vars`. */
export function t(key: UiKey, vars?: Readonly<Record<string, string | number>>): string {
  const template: string = strings[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

/** Singular/plural pick for counts ("1 møde" / "3 møder"). */
export function tCount(count: number, one: UiKey, many: UiKey): string {
  return count === 1 ? t(one, { count }) : t(many, { count });
}

/**
 * Flags over config over defaults: every option of `referat build` and
 * `referat convert` can come from referat.config.json, and a flag given on the
 * command line wins. Paths in the config are relative to the config file.
 */
import { resolve } from 'node:path';
import type { LoadedConfig } from '../config/load.ts';
import { pageConfig, type PageConfig } from '../config/page-config.ts';
import type { MunicipalityEntry } from '../model/municipalities.ts';
import { UsageError } from './errors.ts';

/** The flags as parsed; undefined: not given. */
export interface CommandFlags {
  input?: string | undefined;
  out?: string | undefined;
  content?: string | undefined;
  base?: string | undefined;
  site?: string | undefined;
  municipality?: string | undefined;
  strict?: boolean | undefined;
  searchPeriodPages?: number | undefined;
}

export interface ResolvedOptions {
  input: string;
  out: string | undefined;
  content: string | undefined;
  base: string;
  site: string | undefined;
  municipality: string | undefined;
  strict: boolean;
  searchPeriodPages: number;
  municipalities: MunicipalityEntry[];
  config: PageConfig;
  logoFile: string | null;
}

export function resolveOptions(flags: CommandFlags, loaded: LoadedConfig): ResolvedOptions {
  const { config } = loaded;
  const path = (value: string | undefined): string | undefined => (value === undefined ? undefined : resolve(loaded.dir, value));
  const input = flags.input ?? path(config.input);
  if (input === undefined || input === '') throw new UsageError(`missing --input (or \`input\` in ${loaded.file ?? 'referat.config.json'})`);
  return {
    input,
    out: flags.out ?? path(config.out),
    content: flags.content ?? path(config.content),
    base: flags.base ?? config.base,
    site: flags.site ?? config.site,
    municipality: flags.municipality ?? config.municipality,
    strict: flags.strict ?? config.strict,
    searchPeriodPages: flags.searchPeriodPages ?? config.searchPeriodPages,
    municipalities: config.municipalities,
    config: pageConfig(config, loaded.logo),
    logoFile: loaded.logo?.file ?? null,
  };
}

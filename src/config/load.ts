/**
 * Finds and reads the config: `--config FILE`, else `referat.config.json` in
 * the working folder, else none (every default). Reads the logo it names
 * (size and digest, for the page and the cache key). Validation is
 * validate.ts; this is the file system around it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, relative, resolve } from 'node:path';
import { Parser } from 'htmlparser2';
import { VFile } from 'vfile';
import { ruleIds, warn } from '../diagnostics/messages.ts';
import { configFileName, type ReferatConfig } from './schema.ts';
import { validateConfig } from './validate.ts';

/** A config that cannot be used: one line per problem, naming the file and key. Exit code 2, no stack. */
export class ConfigError extends Error {
  readonly lines: string[];
  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.lines = lines;
  }
}

export interface LogoAsset {
  /** Absolute path of the file named by `logo.src`. */
  file: string;
  /** Site path it is published at: `_astro/logo.<digest>.<ext>` (named by its content, so cacheable for good). */
  path: string;
  alt: string;
  width: number;
  height: number;
}

export interface LoadedConfig {
  /** The file as messages name it (relative to the working folder), or null: no config, every default. */
  file: string | null;
  /** Folder that paths in the config are relative to. */
  dir: string;
  config: ReferatConfig;
  logo: LogoAsset | null;
  /** Warnings about the config (a VFile per config file). */
  messages: VFile;
}

export async function loadConfig(options: { config?: string | undefined; cwd?: string } = {}): Promise<LoadedConfig> {
  const cwd = options.cwd ?? process.cwd();
  const path = options.config !== undefined ? resolve(cwd, options.config) : resolve(cwd, configFileName);
  const shown = options.config ?? configFileName;
  if (!existsSync(path)) {
    if (options.config !== undefined) throw new ConfigError([`${shown}: no such file (from --config)`]);
    return { file: null, dir: cwd, config: valid({}, configFileName), logo: null, messages: new VFile({ path: configFileName }) };
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError([`${shown}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`]);
  }
  const config = valid(parseJson(text.replace(/^\uFEFF/, ''), shown), shown);
  const dir = dirname(path);
  const messages = new VFile({ path: shown });
  if (config.footer.accessibilityStatement === undefined) {
    warn(messages, 'Unexpected site without `footer.accessibilityStatement`, expected the address of its Tilgængelighedserklæring (WAS-Tool), which Danish public websites must link: the footer links /was/, which says it is missing', null, ruleIds.missingAccessibilityStatement);
  }
  const logo = config.logo ? await readLogo(resolve(dir, config.logo.src), config.logo.alt, shown) : null;
  return { file: relative(cwd, path) || configFileName, dir, config, logo, messages };
}

function valid(value: unknown, shown: string): ReferatConfig {
  const result = validateConfig(value, shown);
  if (result.errors) throw new ConfigError(result.errors);
  return result.config;
}

/** JSON.parse, with the line and column of a syntax error. */
function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    let place = '';
    if (at) {
      const before = text.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      place = `:${line}:${before.length - before.lastIndexOf('\n')}`;
    }
    throw new ConfigError([`${shown}${place}: not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)$/, '').replace(/ in JSON at position \d+/, '')}`]);
  }
}

async function readLogo(file: string, alt: string, shown: string): Promise<LogoAsset> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new ConfigError([`${shown}: \`logo.src\`: no such file ${file}`]);
  }
  const ext = extname(file).slice(1).toLowerCase();
  const size = ext === 'png' ? pngSize(bytes) : svgSize(bytes.toString('utf8'));
  if (!size) throw new ConfigError([`${shown}: \`logo.src\`: cannot read the size of ${file}, expected ${ext === 'png' ? 'a PNG file' : 'an SVG file whose <svg> has a viewBox or a width and height'}`]);
  const digest = createHash('sha256').update(bytes).digest('base64url').slice(0, 10);
  return { file, path: `_astro/logo.${digest}.${ext}`, alt, ...size };
}

/** Width and height from the IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 24 || bytes.toString('latin1', 1, 4) !== 'PNG' || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Width and height of the root <svg>: its width/height attributes (plain numbers or px), else its viewBox. */
function svgSize(text: string): { width: number; height: number } | undefined {
  let attributes: Record<string, string> | undefined;
  const parser = new Parser({ onopentag: (name, attrs) => (attributes ??= name.toLowerCase() === 'svg' ? attrs : undefined) }, { xmlMode: true });
  parser.write(text);
  parser.end();
  if (!attributes) return undefined;
  const number = (value: string | undefined): number | undefined => (value && /^\d+(?:\.\d+)?(?:px)?$/.test(value.trim()) ? Number.parseFloat(value) : undefined);
  const [width, height] = [number(attributes.width), number(attributes.height)];
  if (width && height) return { width: Math.round(width), height: Math.round(height) };
  const box = attributes.viewBox?.trim().split(/[\s,]+/).map(Number);
  if (box?.length === 4 && box[2]! > 0 && box[3]! > 0) return { width: Math.round(box[2]!), height: Math.round(box[3]!) };
  return undefined;
}

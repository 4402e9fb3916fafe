/**
 * The `referat` command line. Parses arguments, dispatches to a command and
 * turns every failure into one readable line and an exit code: 0 ok,
 * 1 some inputs failed (the others were still written), 2 usage error.
 */
import { parseArgs } from 'node:util';
import { exitCodes, UsageError } from './errors.ts';
import { processReporter, type Reporter } from './reporter.ts';
import { convertCommand } from './commands/convert.ts';
import { layoutByName, layouts } from '../minutes/layouts/index.ts';
import { FolderError } from '../site/folders.ts';
import { ConfigError, loadConfig } from '../config/load.ts';
import { formatMessages } from '../diagnostics/report.ts';
import { resolveOptions, type ResolvedOptions } from './config-options.ts';

export const usage = `Usage: referat <command> [options]

Commands:
  parse FILE... [--json] [--municipality NAME] [--explain] [--dropped] [--layout NAME]
      Print the meeting model of each minutes file (JSON: one object, or an array for several).
      --explain names the layout the file was read with and the rules that chose it; --dropped lists
      every line left out on purpose (page furniture, labels, table of contents, closed case text).
  convert --input DIR --content DIR [--municipality NAME] [--strict] [--config FILE]
      Write MDX content collections; unchanged sources are skipped.
  build --input DIR --out DIR [--content DIR] [--base /path/] [--site URL] [--strict] [--full]
        [--search-period-pages N] [--config FILE]
      Convert, build the static site and its search index into --out. The search index is split
      by date into periods of at most N pages (default 1000); the first search loads the newest.
  serve DIR [--base /path/] [--port N] [--host ADDRESS]
      Serve a built site with the headers a CDN should send (default http://127.0.0.1:4321/).
  bench [--sizes N,N,…] [--generate N] [--seed N] [--dir DIR]
      Benchmark the build against its floor on generated archives of N item pages (see README).
  snapshot --site DIR --out DIR [--content DIR] [--source DIR] [--url URL] [--name NAME] [--config FILE]
      Archive a built site for the record: <out>/<name>.wacz (WACZ 1.1.1: every file at its public URL
      --url, default the build's --site) and <out>/<name>-bag/ (BagIt: the site, its content folder,
      the source minutes). The same input and SOURCE_DATE_EPOCH give the same bytes.
  verify PATH...
      Check a snapshot, a bag folder or a WACZ file, against its own checksums and indexes.

Options:
  --config FILE        The site's config (default: referat.config.json in the working folder, if there is one).
                       Every other option can be set there too; a flag given here wins.
  --municipality NAME  The municipality of all inputs (default: the <input>/<municipality>/ folder name,
                       else the most frequent "<Name> Kommune" in the text)
  --strict             Stop at the first failed file; CPR numbers are errors, not warnings
  -h, --help           Show this help

Exit codes: 0 ok, 1 some inputs failed (others still written) or a snapshot does not verify, 2 usage error.`;

type Command = (args: string[], reporter: Reporter) => Promise<number>;

const commands: Record<string, Command> = {
  async parse(args, reporter) {
    const { values, positionals } = parse(
      args,
      { json: { type: 'boolean' }, municipality: { type: 'string' }, explain: { type: 'boolean' }, dropped: { type: 'boolean' }, layout: { type: 'string' } },
      true,
    );
    if (positionals.length === 0) throw new UsageError('parse needs at least one FILE');
    const layout = values.layout as string | undefined;
    if (layout !== undefined && !layoutByName(layout)) throw new UsageError(`--layout takes one of ${layouts.map((l) => l.name).join(', ')}, got "${layout}"`);
    // The importer is loaded by the command that uses it: `build` of an unchanged archive never does.
    const { parseCommand } = await import('./commands/parse.ts');
    return parseCommand(
      {
        files: positionals,
        json: values.json === true,
        municipality: values.municipality as string | undefined,
        explain: values.explain === true,
        dropped: values.dropped === true,
        layout,
      },
      reporter,
    );
  },
  async convert(args, reporter) {
    const { values } = parse(args, { input: { type: 'string' }, content: { type: 'string' }, municipality: { type: 'string' }, strict: { type: 'boolean' }, config: { type: 'string' } });
    const options = await configured(values, reporter);
    const content = required(options.content, '--content');
    const result = await convertCommand({ input: options.input, content, municipality: options.municipality, strict: options.strict, municipalities: options.municipalities }, reporter);
    return result.exitCode;
  },
  async build(args, reporter) {
    const { values } = parse(args, {
      input: { type: 'string' },
      out: { type: 'string' },
      content: { type: 'string' },
      base: { type: 'string' },
      site: { type: 'string' },
      municipality: { type: 'string' },
      strict: { type: 'boolean' },
      full: { type: 'boolean' },
      'search-period-pages': { type: 'string' },
      config: { type: 'string' },
    });
    const options = await configured(values, reporter);
    const { buildCommand } = await import('./commands/build.ts');
    return buildCommand(
      {
        input: options.input,
        out: required(options.out, '--out'),
        content: options.content,
        base: options.base,
        site: options.site,
        municipality: options.municipality,
        strict: options.strict,
        full: values.full === true,
        searchPeriodPages: options.searchPeriodPages,
        municipalities: options.municipalities,
        config: options.config,
        logoFile: options.logoFile,
      },
      reporter,
    );
  },
  async serve(args, reporter) {
    const { values, positionals } = parse(args, { base: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } }, true);
    if (positionals.length !== 1) throw new UsageError('serve needs one folder: the site written by `referat build --out`');
    const { normaliseBase } = await import('./commands/build.ts');
    const { serveSite } = await import('./commands/serve.ts');
    const served = await serveSite(
      { dir: positionals[0]!, base: normaliseBase((values.base as string | undefined) ?? '/'), port: values.port === undefined ? 4321 : positiveInteger(values.port as string, '--port'), host: (values.host as string | undefined) ?? '127.0.0.1' },
      reporter,
    );
    if (typeof served === 'number') return served;
    await new Promise<void>((done) => process.once('SIGINT', () => done()));
    await served.close();
    return exitCodes.ok;
  },
  async bench(args, reporter) {
    const { values } = parse(args, { generate: { type: 'string' }, seed: { type: 'string' }, dir: { type: 'string' }, sizes: { type: 'string' } });
    const { benchCommand } = await import('./commands/bench.ts');
    return benchCommand(
      {
        generate: values.generate === undefined ? undefined : positiveInteger(values.generate as string, '--generate'),
        seed: values.seed === undefined ? 1 : positiveInteger(values.seed as string, '--seed'),
        dir: values.dir as string | undefined,
        sizes: values.sizes === undefined ? undefined : (values.sizes as string).split(',').map((s) => positiveInteger(s, '--sizes')),
      },
      reporter,
    );
  },
  async snapshot(args, reporter) {
    const { values } = parse(args, {
      site: { type: 'string' },
      out: { type: 'string' },
      content: { type: 'string' },
      source: { type: 'string' },
      url: { type: 'string' },
      name: { type: 'string' },
      config: { type: 'string' },
    });
    const text = (name: string): string | undefined => values[name] as string | undefined;
    const { snapshotCommand } = await import('./commands/snapshot.ts');
    const loaded = await loadConfig({ config: text('config') });
    return snapshotCommand({ site: text('site'), out: text('out'), content: text('content'), source: text('source'), url: text('url'), name: text('name'), loaded }, reporter);
  },
  async verify(args, reporter) {
    const { positionals } = parse(args, {}, true);
    if (positionals.length === 0) throw new UsageError('verify needs a PATH: a snapshot bag folder or a .wacz file');
    const { verifyCommand } = await import('./commands/verify.ts');
    return verifyCommand(positionals, reporter);
  },
};

function parse(
  args: string[],
  options: Record<string, { type: 'string' | 'boolean' }>,
  allowPositionals = false,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The config (--config, else ./referat.config.json, else defaults) under the flags; its warnings reported. */
async function configured(values: Record<string, string | boolean | undefined>, reporter: Reporter): Promise<ResolvedOptions> {
  const loaded = await loadConfig({ config: values.config as string | undefined });
  for (const line of formatMessages(loaded.messages)) reporter.err(line);
  const text = (name: string): string | undefined => (values[name] as string | undefined) ?? undefined;
  const pages = text('search-period-pages');
  return resolveOptions(
    {
      input: text('input'),
      out: text('out'),
      content: text('content'),
      base: text('base'),
      site: text('site'),
      municipality: text('municipality'),
      strict: values.strict === true ? true : undefined,
      searchPeriodPages: pages === undefined ? undefined : positiveInteger(pages, '--search-period-pages'),
    },
    loaded,
  );
}

function required(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`missing ${name}`);
  return value;
}

function positiveInteger(value: string, name: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${name} takes a positive whole number, got "${value}"`);
  return Number(value);
}

export async function main(argv: string[], reporter: Reporter = processReporter): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    reporter.out(usage);
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  const command = commands[name];
  if (!command) {
    reporter.err(`referat: unknown command "${name}"\n\n${usage}`);
    return exitCodes.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    reporter.out(usage);
    return exitCodes.ok;
  }
  try {
    return await command(args, reporter);
  } catch (error) {
    if (error instanceof ConfigError) {
      // The lines name the file and the key already.
      for (const line of error.lines) reporter.err(line);
      return exitCodes.usage;
    }
    if (error instanceof UsageError) {
      reporter.err(`referat ${name}: ${error.message}\nRun "referat --help" for usage.`);
      return exitCodes.usage;
    }
    if (error instanceof FolderError) {
      reporter.err(`referat ${name}: ${error.message}`);
      return error.exitCode;
    }
    reporter.err(`referat ${name}: error: ${(error as Error).message ?? String(error)}`);
    if (process.env.REFERAT_DEBUG) reporter.err(String((error as Error).stack));
    return exitCodes.someFailed;
  }
}

/**
 * `referat serve DIR [--base /path/] [--port N]`: serves a built site on this
 * machine with the headers a CDN should send (src/site/headers.ts): the
 * 404 page for misses, the base path, immutable caching for hashed files,
 * revalidation for the rest, and the site's Content-Security-Policy. For
 * trying a build as readers will get it, not for production.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exitCodes } from '../errors.ts';
import type { Reporter } from '../reporter.ts';
import { headersFor } from '../../site/headers.ts';
import { startStaticServer, type StaticServer } from '../../utils/static-server.ts';

export interface ServeOptions {
  dir: string;
  base: string;
  /** 0: any free port. */
  port: number;
  host: string;
}

/** Starts the server; resolves with it (the CLI then waits for Ctrl-C). */
export async function serveSite(options: ServeOptions, reporter: Reporter): Promise<StaticServer | number> {
  const root = resolve(options.dir);
  if (!existsSync(join(root, 'index.html'))) {
    reporter.err(`referat serve: ${options.dir}: error: Unexpected folder without index.html, expected a site written by \`referat build\``);
    return exitCodes.usage;
  }
  const server = await startStaticServer({ root, base: options.base, headers: headersFor, port: options.port, host: options.host });
  reporter.err(`serve: ${options.dir} at ${server.url} (Ctrl-C stops)`);
  return server;
}

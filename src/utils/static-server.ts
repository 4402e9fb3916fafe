/**
 * A tiny static file server for the browser tests and the search bench: serves a built site folder
 * under a base path on 127.0.0.1 with a random port, like a plain web host
 * would (index.html for folders, a redirect to add the trailing slash,
 * 404.html with status 404 for misses, and gzip for text when the browser
 * accepts it, as CDNs do — so transfer sizes measured against it are the
 * sizes readers download).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';

export const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  // The published minutes beside their meeting page.
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  // Pagefind's bundle: the WASM module and gzip-compressed index chunks, fetched as bytes.
  '.pagefind': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Types a CDN compresses (Pagefind's own files are gzip-compressed already). */
const compressible = /^(text\/|application\/([a-z.-]+\+)?(json|xml)\b|image\/svg)/;

export interface StaticServer {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash, no base). */
  origin: string;
  /** origin + base, e.g. "http://127.0.0.1:41234/referater/". */
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** The built site folder. */
  root: string;
  /** Path the site is served under. @default "/" */
  base?: string;
  /** Headers of a file (its path below the base); a `Content-Type` among them replaces the extension's. Without it, `Cache-Control: no-store` (tests). */
  headers?: (file: string) => Record<string, string>;
  /** @default 0 (a free port) */
  port?: number;
  /** @default "127.0.0.1" */
  host?: string;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const base = options.base ?? '/';
  const server = createServer((request, response) => {
    void handle(request.url ?? '/', request.method ?? 'GET').then(
      ({ status, headers, file }) => {
        const site: Record<string, string> = options.headers ? { ...options.headers(file === undefined ? '' : relativeFile(file)) } : { 'cache-control': 'no-store' };
        const type = Object.keys(site).find((name) => name.toLowerCase() === 'content-type');
        if (type !== undefined && file !== undefined) headers['content-type'] = site[type]!;
        if (type !== undefined) delete site[type];
        const gzip = file !== undefined && compressible.test(headers['content-type'] ?? '') && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
        if (gzip) {
          delete headers['content-length'];
          Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
        }
        response.writeHead(status, { ...site, ...headers });
        if (file && request.method !== 'HEAD') (gzip ? createReadStream(file).pipe(createGzip()) : createReadStream(file)).pipe(response);
        else response.end();
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(String(error));
      },
    );
  });

  const relativeFile = (file: string): string => file.slice(root.length + 1).split(sep).join('/');

  async function handle(rawUrl: string, method: string): Promise<{ status: number; headers: Record<string, string>; file?: string }> {
    if (method !== 'GET' && method !== 'HEAD') return { status: 405, headers: { allow: 'GET, HEAD' } };
    const url = new URL(rawUrl, 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (`${pathname}/` === base) return { status: 301, headers: { location: base + url.search } };
    if (!pathname.startsWith(base)) return notFound();
    const relative = normalize(pathname.slice(base.length));
    const file = join(root, relative);
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) return { status: 301, headers: { location: `${url.pathname}/${url.search}` } };
      return serve(join(file, 'index.html'), 200);
    }
    if (info?.isFile()) return serve(file, 200);
    return notFound();
  }

  async function serve(file: string, status: number): Promise<{ status: number; headers: Record<string, string>; file?: string }> {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return status === 404 ? { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } } : notFound();
    const type = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return { status, headers: { 'content-type': type, 'content-length': String(info.size) }, file };
  }

  function notFound(): Promise<{ status: number; headers: Record<string, string>; file?: string }> {
    return serve(join(root, '404.html'), 404);
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${options.host ?? '127.0.0.1'}:${port}`;
  return {
    origin,
    url: origin + base,
    close: () => closeServer(server),
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done, fail) => server.close((error) => (error ? fail(error) : done())));
}

/**
 * A tiny loopback web server for the replay test: a page that embeds
 * ReplayWeb.page (its `ui.js`, and its service worker at `replay/sw.js`, both
 * from the `replaywebpage` package) and the WACZ it shows, served with
 * Content-Length and byte ranges, as the WACZ spec asks of a host.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';

const require = createRequire(import.meta.url);
const replayDir = dirname(require.resolve('replaywebpage/index.html'));

export interface ReplayServer {
  origin: string;
  /** The page that shows `url` from the archive, e.g. "https://referater.example.dk/referater/". */
  pageFor(url: string): string;
  close(): Promise<void>;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export async function startReplayServer(wacz: string): Promise<ReplayServer> {
  const files: Record<string, [file: string, type: string]> = {
    '/ui.js': [join(replayDir, 'ui.js'), 'text/javascript'],
    '/replay/sw.js': [join(replayDir, 'sw.js'), 'text/javascript'],
    // The replay frame loads the UI from beside the service worker, too.
    '/replay/ui.js': [join(replayDir, 'ui.js'), 'text/javascript'],
    '/archive.wacz': [wacz, 'application/wacz'],
  };
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/') {
        const target = url.searchParams.get('url') ?? '';
        const html = `<!doctype html><html><head><meta charset="utf-8"><title>Replay</title><script src="/ui.js"></script>
<style>html, body { margin: 0; width: 100%; height: 100%; } replay-web-page { display: block; width: 100%; height: 100%; }</style></head>
<body><replay-web-page source="/archive.wacz" url="${escape(target)}" replayBase="/replay/" embed="replayonly"></replay-web-page></body></html>`;
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        response.end(html);
        return;
      }
      const found = files[url.pathname];
      if (!found) {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
        return;
      }
      const [file, type] = found;
      const size = (await stat(file)).size;
      const range = /^bytes=(\d*)-(\d*)$/.exec(String(request.headers.range ?? ''));
      const headers = { 'content-type': type, 'accept-ranges': 'bytes', 'cache-control': 'no-store', 'service-worker-allowed': '/' };
      if (range && (range[1] !== '' || range[2] !== '')) {
        const start = range[1] === '' ? Math.max(0, size - Number(range[2])) : Number(range[1]);
        const end = range[1] === '' || range[2] === '' ? size - 1 : Math.min(Number(range[2]), size - 1);
        response.writeHead(206, { ...headers, 'content-length': String(end - start + 1), 'content-range': `bytes ${start}-${end}/${size}` });
        if (request.method === 'HEAD') response.end();
        else createReadStream(file, { start, end }).pipe(response);
        return;
      }
      response.writeHead(200, { ...headers, 'content-length': String(size) });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    })().catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pageFor: (url) => `${origin}/?url=${encodeURIComponent(url)}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

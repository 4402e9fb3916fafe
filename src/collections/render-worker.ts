/**
 * Worker thread of the render pool (render-pool.ts): renders item bodies,
 * MDX → HTML with the tables wrapped, and posts the HTML back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderMdx } from '../mdx/index.ts';
import { wrapTables } from './wrap-tables.ts';
import type { RenderRequest, RenderResponse, RenderWorkerData } from './render-pool.ts';

const { labels, tableLabel } = workerData as RenderWorkerData;

parentPort?.on('message', ({ id, mdx }: RenderRequest) => {
  let response: RenderResponse;
  try {
    response = { id, html: wrapTables(renderMdx(mdx, { labels }).html, tableLabel) };
  } catch (error) {
    response = { id, error: (error as Error).message };
  }
  parentPort?.postMessage(response);
});

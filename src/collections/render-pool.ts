/**
 * Renders item bodies (MDX → HTML, tables wrapped) on worker threads.
 * Compiling MDX is the loader's main cost, about 3 ms an item; the workers
 * get the same renderer (src/mdx) and words (da.json) as the main thread,
 * so the HTML is the same wherever an item is rendered.
 */
import type { ComponentLabels } from '../mdx/components.ts';
import { renderMdx } from '../mdx/index.ts';
import { createWorkerPool, inlinePool, type WorkerPool } from '../utils/worker-pool.ts';
import { wrapTables } from './wrap-tables.ts';

export interface RenderWords {
  labels: ComponentLabels;
  /** Accessible name of a wrapped table's scroll region. */
  tableLabel: string;
}

export type RenderPool = WorkerPool<string, string>;

/** The renderer itself: what the workers and the fallback run. */
export function renderer(words: RenderWords): (mdx: string) => string {
  return (mdx) => wrapTables(renderMdx(mdx, { labels: words.labels }).html, words.tableLabel);
}

/**
 * Workers for many items; the calling thread for a few (a worker's start-up costs more than a few renders).
 * `warn` gets one line if the workers cannot run and rendering falls back to this thread.
 */
export function createRenderPool(words: RenderWords, items: number, warn: (text: string) => void): RenderPool {
  if (items < 50) return inlinePool(renderer(words));
  return createWorkerPool(new URL('./render-worker.ts', import.meta.url), words, renderer(words), {
    onFallback: (reason) => warn(`worker threads unavailable (${reason}); rendering on the main thread`),
  });
}

/**
 * Renders item bodies on worker threads, one per core.
 *
 * Compiling MDX is the loader's main cost (about 3 ms an item); on the main
 * thread it runs on one core while the other idles. The workers get the
 * same renderer (src/mdx) and words (da.json) as the main thread, so the
 * HTML is the same wherever an item is rendered. If workers cannot start
 * (no worker_threads, or TypeScript files cannot be loaded as-is), the pool
 * renders on the calling thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ComponentLabels } from '../mdx/components.ts';
import { wrapTables } from './wrap-tables.ts';
import { renderMdx } from '../mdx/index.ts';

export interface RenderWorkerData {
  labels: ComponentLabels;
  tableLabel: string;
}
export interface RenderRequest {
  id: number;
  mdx: string;
}
export type RenderResponse = { id: number; html: string; error?: undefined } | { id: number; error: string; html?: undefined };

export interface RenderPool {
  render(mdx: string): Promise<string>;
  close(): Promise<void>;
}

/** Renders on the calling thread. */
export function inlineRenderer(words: RenderWorkerData): RenderPool {
  return {
    render: async (mdx) => wrapTables(renderMdx(mdx, { labels: words.labels }).html, words.tableLabel),
    close: async () => {},
  };
}

export function createRenderPool(words: RenderWorkerData, size = availableParallelism()): RenderPool {
  const pending = new Map<number, { resolve: (html: string) => void; reject: (error: Error) => void }>();
  let workers: Worker[];
  try {
    workers = Array.from({ length: Math.max(1, size) }, () => new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: words }));
  } catch {
    return inlineRenderer(words);
  }
  let broken: Error | undefined;
  for (const worker of workers) {
    worker.on('message', (response: RenderResponse) => {
      const waiting = pending.get(response.id);
      pending.delete(response.id);
      if (response.error !== undefined) waiting?.reject(new Error(response.error));
      else waiting?.resolve(response.html);
    });
    worker.on('error', (error) => {
      broken = error;
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
    // Idle workers must not keep the build's process alive.
    worker.unref();
  }
  const fallback = inlineRenderer(words);
  let next = 0;
  return {
    render(mdx) {
      if (broken) return fallback.render(mdx);
      const id = next++;
      const worker = workers[id % workers.length]!;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, mdx } satisfies RenderRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

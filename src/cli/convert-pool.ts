/** `convertDocument` on worker threads (src/utils/worker-pool.ts), one document at a time on each. */
import { createWorkerPool, inlinePool, type WorkerPool } from '../utils/worker-pool.ts';
import { convertDocument, type ConvertSourceRequest, type ConvertSourceResult } from './convert-source.ts';

export type ConvertPool = WorkerPool<ConvertSourceRequest, ConvertSourceResult>;

/**
 * Workers pay off from a few dozen sources; below that, start-up costs more than it saves.
 * `warn` gets one line if the workers cannot run and converting falls back to this thread.
 */
export function createConvertPool(sources: number, warn: (text: string) => void): ConvertPool {
  if (sources < 24) return inlinePool(convertDocument);
  return createWorkerPool(new URL('./convert-worker.ts', import.meta.url), undefined, convertDocument, {
    onFallback: (reason) => warn(`worker threads unavailable (${reason}); converting on the main thread`),
  });
}

/** `convertSource` on worker threads (src/utils/worker-pool.ts). */
import { createWorkerPool, inlinePool, type WorkerPool } from '../utils/worker-pool.ts';
import { convertSource, type ConvertSourceRequest, type ConvertSourceResult } from './convert-source.ts';

export type ConvertPool = WorkerPool<ConvertSourceRequest, ConvertSourceResult>;

/** Workers pay off from a few dozen sources; below that, start-up costs more than it saves. */
export function createConvertPool(sources: number): ConvertPool {
  if (sources < 24) return inlinePool(convertSource);
  return createWorkerPool(new URL('./convert-worker.ts', import.meta.url), undefined, convertSource);
}

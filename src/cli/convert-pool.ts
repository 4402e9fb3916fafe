/** `convertDocument` on worker threads (src/utils/worker-pool.ts), one document at a time on each. */
import { createWorkerPool, inlinePool, type WorkerPool } from '../utils/worker-pool.ts';
import type { ConvertSourceRequest, ConvertSourceResult } from './convert-source.ts';

export type ConvertPool = WorkerPool<ConvertSourceRequest, ConvertSourceResult>;

/**
 * This thread loads the importer (with its PDF and DOCX readers and the MDX writer, half a second of start-up) only
 * when it converts a document itself: a run in which every source is unchanged loads none of it.
 */
const convertHere = async (request: ConvertSourceRequest): Promise<ConvertSourceResult> => (await import('./convert-source.ts')).convertDocument(request);

/**
 * Workers pay off from a few dozen sources; below that, start-up costs more than it saves.
 * `warn` gets one line if the workers cannot run and converting falls back to this thread.
 */
export function createConvertPool(sources: number, warn: (text: string) => void): ConvertPool {
  if (sources < 24) return inlinePool(convertHere);
  return createWorkerPool(new URL('./convert-worker.ts', import.meta.url), undefined, convertHere, {
    onFallback: (reason) => warn(`worker threads unavailable (${reason}); converting on the main thread`),
  });
}

/**
 * A small pool of worker threads that answer one kind of request, for the
 * two CPU-bound steps of a build: converting minutes (src/cli/convert-pool.ts)
 * and rendering item bodies (src/collections/render-pool.ts). This machine
 * class has two cores; on one thread, half the machine idles.
 *
 * Workers run TypeScript as-is (Node 24). If they cannot start, or one
 * fails, requests run on the calling thread with the same function, so the
 * output never depends on where it was made; `onFallback` tells the caller
 * once (a silent fallback hid broken workers) and `stats` counts where
 * requests ran.
 */
import { availableParallelism } from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';

export interface WorkerPool<Request, Response> {
  run(request: Request): Promise<Response>;
  /** Starts the workers now, before the first request, so they load their code while this thread does other work. */
  warm(): void;
  /** Requests answered so far by a worker and on the calling thread. */
  readonly stats: { onWorkers: number; onThisThread: number };
  /** Stops the workers; a pool keeps its process alive until closed. */
  close(): Promise<void>;
}

export interface WorkerPoolOptions {
  /** Number of workers. @default availableParallelism() */
  size?: number;
  /** Called once if the workers cannot start or one fails, with a one-line reason; the pool then runs requests on this thread. */
  onFallback?: (reason: string) => void;
}

type Reply<Response> = { id: number; ok: true; value: Response } | { id: number; ok: false; error: ErrorData };

/** An error as plain data: its message, name, stack and every own field that is a string, number, boolean or null (a VFileMessage's line, column, ruleId, …). */
interface ErrorData {
  message: string;
  fields: Record<string, string | number | boolean | null>;
}

function errorData(error: unknown): ErrorData {
  if (!(error instanceof Error)) return { message: String(error), fields: {} };
  const fields: ErrorData['fields'] = { name: error.name };
  if (error.stack !== undefined) fields.stack = error.stack;
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value as string | number | boolean | null;
  }
  return { message: error.message, fields };
}

/** The worker's error on this thread, with the fields it had there: the place of a problem must not depend on the thread. */
function fromErrorData(data: ErrorData): Error {
  return Object.assign(new Error(data.message), data.fields);
}

/** A request handler; an asynchronous one (reading a PDF) is run one request at a time. */
export type Handle<Request, Response> = (request: Request) => Response | Promise<Response>;

/**
 * `handle`, one request at a time: asynchronous requests do not interleave, so
 * each one's time limit (src/documents/) measures its own work, and memory
 * holds one document, not all those queued.
 */
function oneAtATime<Request, Response>(handle: Handle<Request, Response>): (request: Request) => Promise<Response> {
  let queue: Promise<unknown> = Promise.resolve();
  return (request) => {
    const result = queue.then(() => handle(request));
    queue = result.catch(() => {});
    return result;
  };
}

/** Runs requests on the calling thread. */
export function inlinePool<Request, Response>(handle: Handle<Request, Response>): WorkerPool<Request, Response> {
  const stats = { onWorkers: 0, onThisThread: 0 };
  const serial = oneAtATime(handle);
  return {
    stats,
    run: async (request) => {
      stats.onThisThread++;
      return serial(request);
    },
    warm: () => {},
    close: async () => {},
  };
}

/** First line of an error's message: a reason for a warning, not a stack trace. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0]!.trim() || 'unknown error';
}

/**
 * Starts `options.size` workers running `script`, which must call `serveRequests`
 * with the same `handle`; `data` reaches the workers' `handle` factory.
 */
export function createWorkerPool<Request, Response>(
  script: URL,
  data: unknown,
  handle: Handle<Request, Response>,
  options: WorkerPoolOptions = {},
): WorkerPool<Request, Response> {
  // Counts this thread's runs; the workers' replies are added to the same stats.
  const here = inlinePool(handle);
  const { stats, run: runHere } = here;
  let broken = false;
  const fallBack = (error: unknown): void => {
    if (broken) return;
    broken = true;
    options.onFallback?.(reasonOf(error));
  };
  const pending = new Map<number, { resolve: (value: Response) => void; reject: (error: Error) => void; request: Request }>();
  /** Started with the first request: a run that has nothing to convert (every source unchanged) starts none. */
  let workers: Worker[] | undefined;
  const start = (): Worker[] => {
    const created = Array.from({ length: Math.max(1, options.size ?? availableParallelism()) }, () => new Worker(script, { workerData: data }));
    for (const worker of created) {
      worker.on('message', (reply: Reply<Response>) => {
        const waiting = pending.get(reply.id);
        if (!waiting) return;
        pending.delete(reply.id);
        stats.onWorkers++;
        if (reply.ok) waiting.resolve(reply.value);
        else waiting.reject(fromErrorData(reply.error));
      });
      worker.on('error', (error) => {
        // A worker that cannot start (or dies): everything it still owed runs here.
        fallBack(error);
        for (const [id, waiting] of pending) {
          pending.delete(id);
          runHere(waiting.request).then(waiting.resolve, waiting.reject);
        }
      });
    }
    return created;
  };
  /** The workers, started if they were not; undefined once they cannot run (the pool falls back to this thread). */
  const running = (): Worker[] | undefined => {
    if (broken) return undefined;
    try {
      workers ??= start();
      return workers;
    } catch (error) {
      fallBack(error);
      return undefined;
    }
  };
  let next = 0;
  return {
    stats,
    warm() {
      running();
    },
    run(request) {
      const pool = running();
      if (!pool) return runHere(request);
      const id = next++;
      const to = pool[id % pool.length]!;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, request });
        to.postMessage({ id, request });
      });
    },
    async close() {
      await Promise.all((workers ?? []).map((worker) => worker.terminate()));
    },
  };
}

/** The worker side: answers each request with `createHandle(workerData)`. */
export function serveRequests<Request, Response>(createHandle: (data: unknown) => Handle<Request, Response>): void {
  if (!parentPort) throw new Error('serveRequests runs in a worker thread');
  const port = parentPort;
  const handle = oneAtATime(createHandle(workerData));
  port.on('message', ({ id, request }: { id: number; request: Request }) => {
    handle(request).then(
      (value) => port.postMessage({ id, ok: true, value } satisfies Reply<Response>),
      (error: unknown) => port.postMessage({ id, ok: false, error: errorData(error) } satisfies Reply<Response>),
    );
  });
}

/**
 * One request on a worker of its own (`script` serves `handle`), which then stops: for a synchronous walk of the
 * file system that would otherwise hold this thread up while it has other work. Falls back to this thread like a pool.
 */
export async function runInBackground<Request, Response>(script: URL, handle: Handle<Request, Response>, request: Request): Promise<Response> {
  const pool = createWorkerPool(script, undefined, handle, { size: 1 });
  try {
    return await pool.run(request);
  } finally {
    await pool.close();
  }
}

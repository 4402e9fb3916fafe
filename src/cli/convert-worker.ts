/** Worker thread of convert-pool.ts. */
import { serveRequests } from '../utils/worker-pool.ts';
import { convertSource } from './convert-source.ts';

serveRequests(() => convertSource);

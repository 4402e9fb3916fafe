/** Worker thread of convert-pool.ts. */
import { serveRequests } from '../utils/worker-pool.ts';
import { convertDocument } from './convert-source.ts';

serveRequests(() => convertDocument);

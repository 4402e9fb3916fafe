/** Worker thread of `stampFilesInBackground` (output-check.ts). */
import { serveRequests } from '../utils/worker-pool.ts';
import { stampRequest } from './output-check.ts';

serveRequests(() => stampRequest);

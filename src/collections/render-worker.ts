/** Worker thread of render-pool.ts. */
import { serveRequests } from '../utils/worker-pool.ts';
import { renderer, type RenderWords } from './render-pool.ts';

serveRequests((words) => renderer(words as RenderWords));

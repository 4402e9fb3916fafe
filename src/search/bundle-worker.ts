/** Worker thread of index-site.ts: writes a period's bundle with this thread's own Pagefind service. */
import * as pagefind from 'pagefind';
import { serveRequests } from '../utils/worker-pool.ts';
import { writeBundle, type BundleRequest } from './index-site.ts';

// The service is a child process; it is closed after each bundle so none outlives the pool.
serveRequests(() => async (request: BundleRequest) => {
  try {
    await writeBundle(request);
  } finally {
    await pagefind.close();
  }
});

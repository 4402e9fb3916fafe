/** Worker thread of `filesInFoldersInBackground` (list-files.ts). */
import { serveRequests } from './worker-pool.ts';
import { filesInFolders } from './list-files.ts';

serveRequests(() => filesInFolders);

/** A worker that compiles MDX (src/mdx/render-mdx.ts), for the worker pool's tests. */
import { renderMdx } from '../../src/mdx/render-mdx.ts';
import { serveRequests } from '../../src/utils/worker-pool.ts';

serveRequests(() => (mdx: string) => renderMdx(mdx as string).html);

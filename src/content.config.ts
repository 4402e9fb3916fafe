/**
 * The two collections, read from the generated content folder.
 * The folder comes from REFERAT_CONTENT_DIR (set by `buildSite`), default `content`.
 */
import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { mdxCollection } from './collections/loader.ts';
import { routeSelection } from './site/route-filter.ts';
import { itemFrontmatterSchema, meetingFrontmatterSchema } from './model/schema.ts';

const contentDir = process.env.REFERAT_CONTENT_DIR || 'content';

export const collections = {
  meetings: defineCollection({
    loader: mdxCollection({ directory: join(contentDir, 'meetings'), render: false }),
    schema: meetingFrontmatterSchema,
  }),
  items: defineCollection({
    loader: mdxCollection({ directory: join(contentDir, 'items'), render: true, only: () => routeSelection()?.items }),
    schema: itemFrontmatterSchema,
  }),
};

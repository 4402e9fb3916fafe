/**
 * The two collections, read from the generated content folder.
 * The folder comes from REFERAT_CONTENT_DIR (set by `buildSite`), default `content`.
 *
 * REFERAT_ITEMS_MARKDOWN is for `referat bench` only: it names a folder of
 * plain-Markdown twins of the items (src/bench/markdown-variant.ts), loaded
 * with Astro's own glob() loader and Markdown pipeline, so the bench can
 * compare our MDX rendering with Astro rendering the same pages from Markdown.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { mdxCollection } from './collections/loader.ts';
import { routeSelection } from './site/route-filter.ts';
import { itemFrontmatterSchema, meetingFrontmatterSchema } from './model/schema.ts';

const contentDir = process.env.REFERAT_CONTENT_DIR || 'content';
const markdownItems = process.env.REFERAT_ITEMS_MARKDOWN || undefined;

export const collections = {
  meetings: defineCollection({
    loader: mdxCollection({ directory: join(contentDir, 'meetings'), render: false }),
    schema: meetingFrontmatterSchema,
  }),
  items: defineCollection({
    loader: markdownItems
      ? glob({ pattern: '**/*.md', base: markdownItems })
      : mdxCollection({ directory: join(contentDir, 'items'), render: true, only: () => routeSelection()?.items }),
    schema: itemFrontmatterSchema,
  }),
};

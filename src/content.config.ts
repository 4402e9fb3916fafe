/**
 * The two collections, from the site manifest of the content folder named by
 * the build settings (src/site/integration.ts). The schemas are the
 * frontmatter schemas of the model: the types pages see.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import settings from 'virtual:referat/build';
import { manifestCollection } from './collections/loader.ts';
import { itemFrontmatterSchema, meetingFrontmatterSchema } from './model/schema.ts';
import { sitePageFrontmatterSchema } from './site-pages/schema.ts';

export const collections = {
  meetings: defineCollection({ loader: manifestCollection({ settings, collection: 'meetings' }), schema: meetingFrontmatterSchema }),
  items: defineCollection({ loader: manifestCollection({ settings, collection: 'items' }), schema: itemFrontmatterSchema }),
  // Pages a person wrote: MDX with the site's components, rendered by @astrojs/mdx (convert checked them).
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: join(settings.contentDir, 'pages') }), schema: sitePageFrontmatterSchema }),
};

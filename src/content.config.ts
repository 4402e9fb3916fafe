/**
 * The two collections, from the site manifest of the content folder named by
 * the build settings (src/site/integration.ts). The schemas are projections
 * of the model: of a meeting its committee and date, of an item also its number and
 * title (src/model/schema.ts `meetingStoreSchema`, `itemStoreSchema`; the pages' data
 * come from the routes).
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { join } from 'node:path';
import settings from 'virtual:referat/build';
import { manifestCollection, manifestOf } from './collections/loader.ts';
import { itemStoreSchema, meetingStoreSchema } from './model/schema.ts';
import { sitePageFrontmatterSchema } from './site-pages/schema.ts';

/** Astro's glob() loader over `<content>/pages/`, asked only when the manifest lists pages (it warns of an empty folder). */
function sitePages(): Loader {
  const inner = glob({ pattern: '*.mdx', base: join(settings.contentDir, 'pages') });
  return {
    name: 'referat-site-pages',
    load: async (context) => {
      if (Object.keys(manifestOf(settings.contentDir).pages ?? {}).length === 0) return context.store.clear();
      return inner.load(context);
    },
  };
}

export const collections = {
  meetings: defineCollection({ loader: manifestCollection({ settings, collection: 'meetings' }), schema: meetingStoreSchema }),
  items: defineCollection({ loader: manifestCollection({ settings, collection: 'items' }), schema: itemStoreSchema }),
  // Pages a person wrote: MDX with the site's components, rendered by @astrojs/mdx (convert checked them).
  pages: defineCollection({ loader: sitePages(), schema: sitePageFrontmatterSchema }),
};

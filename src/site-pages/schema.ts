/**
 * The municipality's own pages ("Om referaterne", the accessibility
 * statement): MDX a person writes, in `<input>/sider/<slug>.mdx`, published
 * at `/sider/<slug>/` inside the site's layout, linked from the footer and
 * found by search. Their frontmatter, one strict schema.
 */
import { z } from 'zod';

export const sitePagesFolder = 'sider';

export const sitePageFrontmatterSchema = z
  .object({
    title: z.string().min(1).describe('The page heading and its name in the footer, e.g. "Om referaterne".'),
    description: z.string().min(1).optional().describe('One sentence for search engines and the search result.'),
    order: z.number().int().optional().describe('Place in the footer, lowest first; pages without one follow, by title.'),
  })
  .strict();

export type SitePageFrontmatter = z.infer<typeof sitePageFrontmatterSchema>;

/** A page's file name is its URL: lower-case letters, digits and hyphens. */
export const sitePageSlug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

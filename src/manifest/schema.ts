/**
 * The site manifest: what `convert` made of the minutes, in one file beside
 * the MDX collections (`<content>/manifest.json`). Every later stage reads it
 * instead of the text another stage wrote: the build plan, the Astro loader
 * and pages (through src/site/routing.ts), the search indexer and, later,
 * feeds, sitemap, OParl and snapshots.
 *
 * Entries are projections of the model through the frontmatter schemas, so
 * there is one definition of each field. The bodies of a meeting's items
 * (HTML and search text) are kept in a file of their own
 * (`bodies/<meeting id>.json`, named here with its digest): all of them
 * together are larger than the minutes, too much to load for routing.
 */
import { z } from 'zod';
import { itemFrontmatterSchema, meetingFrontmatterSchema } from '../model/schema.ts';
import { sitePageFrontmatterSchema } from '../site-pages/schema.ts';

const digest = z.string().min(1);
/** The folders of the content folder that hold what convert writes (beside the manifest). */
export const contentFolders = ['meetings', 'items', 'bodies', 'documents', 'pages'] as const;
/** A file of the content folder, relative to it, with "/" separators. */
const contentFile = z.string().regex(new RegExp(`^(${contentFolders.join('|')})/[^\\\\]+$`));

export const itemEntrySchema = z.object({
  /** Content id, e.g. "roskilde/oekonomiudvalget/2021-03-02/04-budget". */
  id: z.string().min(1),
  file: contentFile,
  /** SHA-256 (base64url) of the MDX file as convert wrote it. */
  digest,
  data: itemFrontmatterSchema,
});

export const meetingEntrySchema = z.object({
  id: z.string().min(1),
  /** The source (its public key, convert.ts `publicKeys`) this meeting was imported from. */
  source: z.string().min(1),
  file: contentFile,
  digest,
  data: meetingFrontmatterSchema,
  /** In agenda order. */
  items: z.array(itemEntrySchema),
  /**
   * The published document (PDF, DOCX) as convert copied it into the content
   * folder, published beside the meeting as `referat.<format>`; null for text minutes.
   */
  document: z.object({ file: contentFile, format: z.enum(['pdf', 'docx']), bytes: z.number().int().nonnegative() }).nullable(),
  /** Its items' bodies: rendered HTML and search text. */
  bodies: z.object({ file: contentFile, digest }),
});

/** The search text of an item (src/model/search-text.ts). */
export const itemSearchTextSchema = z.object({ decisions: z.array(z.array(z.string())), sections: z.array(z.array(z.string())) });

/**
 * `bodies/<meeting id>.json`, by item id: the item's body as HTML, rendered by
 * convert from the tree its MDX was written from (src/mdx/render-tree.ts), and
 * its search text.
 */
export const bodyFileSchema = z.object({
  items: z.record(
    z.string(),
    z.object({
      html: z.string(),
      /** Headings of the body with their ids, in document order: the page's contents. */
      headings: z.array(z.object({ depth: z.number().int().min(2).max(6), slug: z.string(), text: z.string() })),
      search: itemSearchTextSchema,
    }),
  ),
});

/** What convert remembers of a source, to skip it when nothing changed. */
export const sourceEntrySchema = z.object({
  /** SHA-256 (hex) of the source's bytes. */
  sha256: z.string(),
  /** Importer options and code version that shaped the output, part of the cache key. */
  key: z.string(),
  /** Content files written from it. */
  outputs: z.array(z.string()),
  /** Meetings imported from it (normally one). */
  meetings: z.array(z.string()),
});

/** A page the municipality wrote (src/site-pages/), copied as it is. */
export const sitePageEntrySchema = z.object({
  file: contentFile,
  digest,
  data: sitePageFrontmatterSchema,
  /** Its headings and paragraphs, for the search index. */
  search: z.array(z.string()),
});

export const manifestVersion = 2;

export const siteManifestSchema = z.object({
  version: z.literal(manifestVersion),
  /** By source key, sorted. */
  sources: z.record(z.string(), sourceEntrySchema),
  /** By meeting id, sorted. */
  meetings: z.record(z.string(), meetingEntrySchema),
  /** The municipality's own pages, by slug (their URL: /sider/<slug>/). */
  pages: z.record(z.string(), sitePageEntrySchema).default({}),
});

export type ItemEntry = z.infer<typeof itemEntrySchema>;
export type MeetingEntry = z.infer<typeof meetingEntrySchema>;
export type SourceEntry = z.infer<typeof sourceEntrySchema>;
export type SiteManifest = z.infer<typeof siteManifestSchema>;
export type SitePageEntry = z.infer<typeof sitePageEntrySchema>;
export type BodyFile = z.infer<typeof bodyFileSchema>;
export type ItemSearchEntry = z.infer<typeof itemSearchTextSchema>;

export const manifestFileName = 'manifest.json';

/**
 * Diagnostics are data: every problem the importer finds is a VFileMessage
 * with a place (line), a ruleId and `source: 'referat'`. `fatal: true` marks
 * an unusable file; warnings leave `fatal` false; info messages (what the
 * importer left out on purpose, which layout it chose) leave it unset.
 *
 * This module owns every ruleId Referat reports, info, warning or error, from
 * any stage: nothing else spells one out.
 */
import type { VFile } from 'vfile';

export const ruleIds = {
  empty: 'empty-input',
  binary: 'binary-input',
  notMinutes: 'not-minutes',
  noDate: 'no-date',
  noItems: 'no-items',
  tocMismatch: 'toc-mismatch',
  cpr: 'cpr-number',
  municipalityFromText: 'municipality-from-text',
  unknownMunicipality: 'unknown-municipality',
  encoding: 'encoding',
  dateMismatch: 'date-mismatch',
  unsafeLink: 'unsafe-link',
  closedMismatch: 'closed-mismatch',
  headerText: 'unpublished-header-text',
  invalidDate: 'invalid-date',
  mojibake: 'mojibake',
  mojibakeRepaired: 'mojibake-repaired',
  layout: 'layout',
  itemNumber: 'item-number',
  longName: 'long-name',
  mixedEncoding: 'mixed-encoding',
  markupKept: 'markup-kept',
  duplicateItemNumber: 'duplicate-item-number',
  // Found by `referat convert` and `referat parse` around the importer.
  unreadableInput: 'unreadable-input',
  skippedInput: 'skipped-input',
  /** The model could not be written as content (frontmatter the schema rejects): a bug to report, with its place. */
  unwritableContent: 'unwritable-content',
  /** An error nobody expected, reported in one line (REFERAT_DEBUG=1 prints the stack). */
  internal: 'internal',
  // Found when a content file is rendered: MDX our writer never generates.
  mdxCode: 'mdx-code',
  mdxElement: 'mdx-element',
  // Found by `referat build` in the content it builds from.
  unlistedContent: 'unlisted-content',
  /** A page the municipality wrote (`<input>/sider/*.mdx`) that cannot be published. */
  sitePage: 'site-page',
  // Reading a published document (src/documents/) before the text importer sees it.
  encryptedDocument: 'encrypted-document',
  noTextLayer: 'no-text-layer',
  damagedDocument: 'damaged-document',
  unsupportedDocument: 'unsupported-document',
  documentTimeout: 'document-timeout',
  pagesWithoutText: 'pages-without-text',
  urlClash: 'url-clash',
  badContent: 'unreadable-content',
  /** Open data that needs absolute addresses (feeds, sitemap, OParl) and a build without `--site`. */
  needsSite: 'needs-site',
  // Found by `referat verify` in a snapshot, a BagIt bag or a WACZ (src/archive/verify-*.ts).
  notArchive: 'not-an-archive',
  missingFile: 'missing-file',
  unlistedFile: 'unlisted-file',
  checksum: 'checksum-mismatch',
  sizeMismatch: 'size-mismatch',
  payloadOxum: 'payload-oxum',
  badManifest: 'bad-manifest',
  indexMismatch: 'index-mismatch',
  pageNotArchived: 'page-not-archived',
  compressedWarc: 'compressed-warc',
  // Found in referat.config.json (src/config/load.ts).
  missingAccessibilityStatement: 'missing-accessibility-statement',
  // What the importer leaves out on purpose: one rule per reason.
  pageFooter: 'page-footer',
  runningHeader: 'running-header',
  tableOfContents: 'table-of-contents',
  repeatedTitle: 'repeated-title',
  label: 'label',
  openMarker: 'open-marker',
  closedItem: 'closed-item',
  emptyDecision: 'empty-decision',
} as const;
export type RuleId = (typeof ruleIds)[keyof typeof ruleIds];

export function warn(file: VFile, message: string, line: number | null, ruleId: RuleId): void {
  const m = file.message(message, { place: line ? { line, column: 1 } : undefined, ruleId, source: 'referat' });
  m.fatal = false;
}

/** Records what the importer did on purpose (left a line out, chose a layout): listed on request, never a problem. */
export function info(file: VFile, message: string, line: number | null, ruleId: RuleId): void {
  const m = file.message(message, { place: line ? { line, column: 1 } : undefined, ruleId, source: 'referat' });
  m.fatal = undefined;
}

/** Records an error that makes the file unusable. Never throws. */
export function fail(file: VFile, message: string, line: number | null, ruleId: RuleId): void {
  const m = file.message(message, { place: line ? { line, column: 1 } : undefined, ruleId, source: 'referat' });
  m.fatal = true;
}

/**
 * A problem with a place and a rule, found where no VFile is at hand (the MDX writer); the caller records it
 * with `fail`. Its fields are plain data, so it crosses a worker thread intact (src/utils/worker-pool.ts).
 */
export class FileError extends Error {
  line: number | null;
  ruleId: RuleId;
  constructor(message: string, line: number | null, ruleId: RuleId, options?: ErrorOptions) {
    super(message, options);
    this.name = 'FileError';
    this.line = line;
    this.ruleId = ruleId;
  }
}

export function hasFatal(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true);
}

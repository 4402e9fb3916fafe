/**
 * Diagnostics are data: every problem the importer finds is a VFileMessage
 * with a place (line), a ruleId and `source: 'referat'`. `fatal: true` marks
 * an unusable file; warnings leave `fatal` false; info messages (what the
 * importer left out on purpose, which layout it chose) leave it unset.
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
  // Reading a published document (src/documents/) before the text importer sees it.
  encryptedDocument: 'encrypted-document',
  noTextLayer: 'no-text-layer',
  damagedDocument: 'damaged-document',
  unsupportedDocument: 'unsupported-document',
  documentTimeout: 'document-timeout',
  pagesWithoutText: 'pages-without-text',
  // Found by `referat build` in the site it writes.
  notIndexed: 'not-in-search-index',
  urlClash: 'url-clash',
  badContent: 'unreadable-content',
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

export function hasFatal(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true);
}

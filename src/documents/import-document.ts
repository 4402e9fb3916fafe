/**
 * A published document (PDF, DOCX or text) → the meeting model: the document
 * is read into minutes text (extractDocument) and that text imported as any
 * text is (importMinutes), so every importer rule applies to PDFs alike. A
 * document that cannot be read gives a result with one fatal message.
 */
import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import { fail, hasFatal, warn } from '../diagnostics/messages.ts';
import { importMinutes, type ImportOptions, type ImportResult } from '../minutes/import-minutes.ts';
import { warningsOf } from '../minutes/import-minutes.ts';
import { extractDocument, type ExtractOptions } from './index.ts';

export interface DocumentImportResult extends ImportResult {
  /** What the file was read as; null when it could not be read. */
  document: { kind: 'pdf' | 'docx' | 'text'; pages?: number } | null;
}

export async function importDocument(bytes: Uint8Array, options: ImportOptions & ExtractOptions): Promise<DocumentImportResult> {
  const extracted = await extractDocument(bytes, options.path, options);
  if (extracted.problem) {
    const file = new VFile({ path: options.path });
    fail(file, extracted.message, null, extracted.ruleId);
    return { meeting: null, file, dropped: [], encoding: null, layout: null, itemForm: null, document: null };
  }
  if (extracted.kind === 'text') return { ...importMinutes(bytes, options), document: { kind: 'text' } };
  const result = importMinutes(new TextEncoder().encode(extracted.text), options);
  for (const w of extracted.warnings) warn(result.file, w.message, null, w.ruleId);
  if (result.meeting) {
    // The source is the document as published, not the text read from it.
    result.meeting.source = { ...result.meeting.source, sha256: createHash('sha256').update(bytes).digest('hex'), format: extracted.kind, bytes: bytes.length };
    if (!hasFatal(result.file)) result.meeting.warnings = warningsOf(result.file);
  }
  return { ...result, document: { kind: extracted.kind, ...(extracted.pages !== undefined ? { pages: extracted.pages } : {}) } };
}

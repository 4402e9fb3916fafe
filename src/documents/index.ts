/**
 * A published document → the line-based minutes text the importer reads.
 * What the file is comes from its first bytes (sniff.ts), not its name: PDF
 * (pdf.ts), DOCX (docx.ts), or text, which is passed on as bytes so the
 * importer still decides its encoding. A document that cannot be read gives
 * a problem: one line and a ruleId, never a throw.
 */
import { ruleIds } from '../diagnostics/messages.ts';
import { DocumentTimeout, problem, reasonOf, type DocumentProblem } from './problem.ts';
import { sniff } from './sniff.ts';

export type { DocumentProblem } from './problem.ts';

export type ExtractedDocument =
  | { problem?: false; kind: 'text'; bytes: Uint8Array }
  | {
      problem?: false;
      kind: 'pdf' | 'docx';
      text: string;
      /** PDF only. */
      pages?: number;
      /** PDF only: 1-based line of `text` where each page begins. */
      pageLines?: Array<number | undefined>;
      /** Things the importer should warn about (pages without text). */
      warnings: Array<{ message: string; ruleId: DocumentProblem['ruleId'] }>;
      /** Rows left out as running headers, footers and page numbers. */
      furniture?: Array<{ page: number; text: string }>;
    };

export interface ExtractOptions {
  /** A document that takes longer than this is given up with a problem. @default 60 000 */
  timeoutMs?: number;
}

export const defaultTimeoutMs = 60_000;

/** `name` is only for messages that quote the file; the result does not depend on it. */
export async function extractDocument(bytes: Uint8Array, name: string, options: ExtractOptions = {}): Promise<ExtractedDocument | DocumentProblem> {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const sniffed = await sniff(bytes);
  switch (sniffed.kind) {
    case 'text':
      return { kind: 'text', bytes };
    case 'unsupported':
      return problem(`Unexpected ${sniffed.format}, expected minutes as PDF, Word (.docx) or text`, ruleIds.unsupportedDocument);
    case 'damaged':
      return problem(`Unexpected damaged ${sniffed.format}, expected a readable document (${sniffed.reason})`, ruleIds.damagedDocument);
    case 'docx':
      try {
        // The readers (pdf.js, mammoth) are loaded by the first document that needs them: text minutes never do.
        const { docxText } = await import('./docx.ts');
        return { kind: 'docx', text: await withTimeout(docxText(bytes), timeoutMs), warnings: [] };
      } catch (error) {
        if (error instanceof DocumentTimeout) return timedOut(timeoutMs, name);
        return problem(`Unexpected damaged Word document, expected a readable .docx (${reasonOf(error)})`, ruleIds.damagedDocument);
      }
    case 'pdf': {
      let read: Awaited<ReturnType<typeof import('./pdf.ts').pdfText>>;
      try {
        const { pdfText } = await import('./pdf.ts');
        read = await withTimeout(pdfText(bytes, { deadline: Date.now() + timeoutMs }), timeoutMs);
      } catch (error) {
        if (error instanceof DocumentTimeout) return timedOut(timeoutMs, name, error.message);
        return problem(`Unexpected damaged PDF, expected a readable document (${reasonOf(error)})`, ruleIds.damagedDocument);
      }
      if ('problem' in read) return read;
      const warnings: Array<{ message: string; ruleId: DocumentProblem['ruleId'] }> = [];
      if (read.pagesWithoutText.length > 0) {
        const list = read.pagesWithoutText;
        warnings.push({
          message: `Unexpected page${list.length === 1 ? '' : 's'} without text (${list.slice(0, 8).join(', ')}${list.length > 8 ? ', …' : ''} of ${read.pages}), expected text on every page: scanned pages are not read (no OCR), so their content is missing`,
          ruleId: ruleIds.pagesWithoutText,
        });
      }
      return { kind: 'pdf', text: read.text, pages: read.pages, pageLines: read.pageLines, warnings, furniture: read.furniture };
    }
  }
}

function timedOut(timeoutMs: number, name: string, where?: string): DocumentProblem {
  void name;
  return problem(`Unexpected document that takes longer than ${Math.round(timeoutMs / 1000)} s to read${where ? ` (stopped at ${where})` : ''}, expected minutes that read in time: it is skipped`, ruleIds.documentTimeout);
}

/** Rejects with a timeout once `ms` have passed; the work itself checks its deadline between pages and stops. */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DocumentTimeout(`${Math.round(ms / 1000)} s`)), ms);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

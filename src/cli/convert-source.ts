/**
 * One minutes file to MDX files and printable messages: the CPU-bound half
 * of `referat convert`, pure so it can run on a worker thread
 * (convert-pool.ts). Reading, the manifest and writing stay with the caller.
 * `convertDocument` reads PDF and DOCX too (src/documents/); `convertSource`
 * is the text-only, synchronous core.
 */
import { importMinutes, type ImportResult } from '../minutes/index.ts';
import { importDocument } from '../documents/import-document.ts';
import { meetingFiles } from '../mdx/index.ts';
import { formatMessages } from '../diagnostics/report.ts';
import { redactPath } from '../minutes/redact.ts';

export interface ConvertSourceRequest {
  bytes: Uint8Array;
  /** The file as messages name it: `<input>/<key>`. */
  path: string;
  /** Path relative to the input folder, CPR numbers replaced (convert.ts `publicKeys`); published content names the source by it. */
  key: string;
  municipality: string | null;
  municipalityFolder: string | null;
  /** CPR numbers are errors, not warnings. */
  strict: boolean;
  /** A PDF or DOCX that takes longer than this to read fails (the others go on). @default 60 000 */
  timeoutMs?: number;
}

export interface ConvertSourceResult {
  /** `file:line: severity: message [rule]` lines, in order. */
  messages: string[];
  /** Undefined when the file failed (a fatal message says why). */
  files: { path: string; contents: string }[] | undefined;
}

export function convertSource(request: ConvertSourceRequest): ConvertSourceResult {
  return toFiles(request, importMinutes(request.bytes, importOptions(request)));
}

/** `convertSource` for any document: text, PDF or DOCX, told apart by content. */
export async function convertDocument(request: ConvertSourceRequest): Promise<ConvertSourceResult> {
  return toFiles(request, await importDocument(request.bytes, { ...importOptions(request), ...(request.timeoutMs !== undefined ? { timeoutMs: request.timeoutMs } : {}) }));
}

function importOptions(request: ConvertSourceRequest) {
  return { path: request.path, municipality: request.municipality, municipalityFolder: request.municipalityFolder };
}

function toFiles(request: ConvertSourceRequest, imported: ImportResult): ConvertSourceResult {
  if (request.strict) for (const message of imported.file.messages) if (message.ruleId === 'cpr-number') message.fatal = true;
  const messages = formatMessages(imported.file);
  if (!imported.meeting || imported.file.messages.some((message) => message.fatal === true)) return { messages, files: undefined };
  // Published content names the source relative to the input folder: no local paths, same bytes wherever it is built.
  // Redacted again in case a caller passed the plain path: a CPR number in a file name must not be published.
  return { messages, files: meetingFiles({ ...imported.meeting, source: { ...imported.meeting.source, path: redactPath(request.key) } }) };
}

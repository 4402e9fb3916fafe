/**
 * One minutes file to its content (MDX files, search text, manifest entry) and printable messages: the CPU-bound half
 * of `referat convert`, pure so it can run on a worker thread
 * (convert-pool.ts). Reading, the manifest and writing stay with the caller.
 * `convertDocument` reads PDF and DOCX too (src/documents/); `convertSource`
 * is the text-only, synchronous core.
 */
import { importMinutes, type ImportResult } from '../minutes/index.ts';
import { importDocument } from '../documents/import-document.ts';
import { meetingContent, type MeetingContent } from '../manifest/entries.ts';
import { fail, FileError, ruleIds } from '../diagnostics/messages.ts';
import { formatMessages } from '../diagnostics/report.ts';
import { redactPath } from '../minutes/redact.ts';
import type { MunicipalityEntry } from '../model/municipalities.ts';

export interface ConvertSourceRequest {
  bytes: Uint8Array;
  /** The file as messages name it: `<input>/<key>`. */
  path: string;
  /** Path relative to the input folder, CPR numbers replaced (convert.ts `publicKeys`); published content names the source by it. */
  key: string;
  municipality: string | null;
  municipalityFolder: string | null;
  /** The config's municipalities (model/municipalities.ts). */
  municipalities?: readonly MunicipalityEntry[];
  /** CPR numbers are errors, not warnings. */
  strict: boolean;
  /** A PDF or DOCX that takes longer than this to read fails (the others go on). @default 60 000 */
  timeoutMs?: number;
}

export interface ConvertSourceResult {
  /** `file:line: severity: message [rule]` lines, in order. */
  messages: string[];
  /** The content files and manifest entry; undefined when the file failed (a fatal message says why). */
  content: MeetingContent | undefined;
}

export function convertSource(request: ConvertSourceRequest): ConvertSourceResult {
  return toContent(request, importMinutes(request.bytes, importOptions(request)));
}

/** `convertSource` for any document: text, PDF or DOCX, told apart by content. */
export async function convertDocument(request: ConvertSourceRequest): Promise<ConvertSourceResult> {
  return toContent(request, await importDocument(request.bytes, { ...importOptions(request), ...(request.timeoutMs !== undefined ? { timeoutMs: request.timeoutMs } : {}) }));
}

function importOptions(request: ConvertSourceRequest) {
  return { path: request.path, municipality: request.municipality, municipalityFolder: request.municipalityFolder, municipalities: request.municipalities };
}

function toContent(request: ConvertSourceRequest, imported: ImportResult): ConvertSourceResult {
  if (request.strict) for (const message of imported.file.messages) if (message.ruleId === ruleIds.cpr) message.fatal = true;
  if (!imported.meeting || imported.file.messages.some((message) => message.fatal === true)) return { messages: formatMessages(imported.file), content: undefined };
  try {
    // Published content names the source relative to the input folder: no local paths, same bytes wherever it is built.
    // Redacted again in case a caller passed the plain path: a CPR number in a file name must not be published.
    const content = meetingContent({ ...imported.meeting, source: { ...imported.meeting.source, path: redactPath(request.key) } });
    return { messages: formatMessages(imported.file), content };
  } catch (error) {
    // Reported like the importer's messages, at its place in the minutes, from a worker as from this thread.
    if (!(error instanceof FileError)) throw error;
    fail(imported.file, error.message, error.line, error.ruleId);
    return { messages: formatMessages(imported.file), content: undefined };
  }
}

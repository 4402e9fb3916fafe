/**
 * One minutes file to its content (MDX files, search text, manifest entry) and printable messages: the CPU-bound half
 * of `referat convert`, pure so it can run on a worker thread
 * (convert-pool.ts). Reading, the manifest and writing stay with the caller.
 */
import { importMinutes } from '../minutes/index.ts';
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
}

export interface ConvertSourceResult {
  /** `file:line: severity: message [rule]` lines, in order. */
  messages: string[];
  /** The content files and manifest entry; undefined when the file failed (a fatal message says why). */
  content: MeetingContent | undefined;
}

export function convertSource(request: ConvertSourceRequest): ConvertSourceResult {
  const imported = importMinutes(request.bytes, { path: request.path, municipality: request.municipality, municipalityFolder: request.municipalityFolder, municipalities: request.municipalities });
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

/** One line per message, `file:line: severity: message [ruleId]`, the form editors and CI logs link. */
import type { VFile } from 'vfile';
import type { RuleId } from './messages.ts';

export type Severity = 'error' | 'warning' | 'info';

export function formatMessages(file: VFile, options: { info?: boolean } = {}): string[] {
  return file.messages.filter((m) => options.info === true || m.fatal !== undefined).map((m) => {
    const severity = m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info';
    return formatLine({ path: file.path, line: m.line, severity, reason: m.reason, ruleId: m.ruleId });
  });
}

/** The same line for a problem that is not a VFile message (a file that cannot be read). */
export function formatLine(message: { path: string; line?: number | null | undefined; severity: Severity; reason: string; ruleId?: RuleId | string | undefined }): string {
  const place = message.line ? `${message.path}:${message.line}` : message.path;
  return `${place}: ${message.severity}: ${message.reason}${message.ruleId ? ` [${message.ruleId}]` : ''}`;
}

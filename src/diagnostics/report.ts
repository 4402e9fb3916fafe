/** One line per message, `file:line: severity message [ruleId]`, the form editors and CI logs link. */
import type { VFile } from 'vfile';

export function formatMessages(file: VFile, options: { info?: boolean } = {}): string[] {
  return file.messages.filter((m) => options.info === true || m.fatal !== undefined).map((m) => {
    const place = m.line ? `${file.path}:${m.line}` : `${file.path}`;
    const severity = m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info';
    return `${place}: ${severity}: ${m.reason}${m.ruleId ? ` [${m.ruleId}]` : ''}`;
  });
}

/** One line per message, `file:line: severity message [ruleId]`, the form editors and CI logs link. */
import type { VFile } from 'vfile';

export function formatMessages(file: VFile): string[] {
  return file.messages.map((m) => {
    const place = m.line ? `${file.path}:${m.line}` : `${file.path}`;
    const severity = m.fatal === true ? 'error' : 'warning';
    return `${place}: ${severity}: ${m.reason}${m.ruleId ? ` [${m.ruleId}]` : ''}`;
  });
}

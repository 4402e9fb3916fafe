/** What `referat verify` finds, as data: printed by the CLI as `path[:line]: severity: reason [ruleId]`. */
import type { RuleId } from '../diagnostics/messages.ts';

export interface Problem {
  /** The file it is about: a file of a bag, or `<file>.wacz!/<entry>` for a file inside a WACZ. */
  path: string;
  line?: number | undefined;
  severity: 'error' | 'warning';
  reason: string;
  ruleId: RuleId;
}

export class Problems {
  readonly list: Problem[] = [];
  error(path: string, reason: string, ruleId: RuleId, line?: number): void {
    this.list.push({ path, line, severity: 'error', reason, ruleId });
  }
  warn(path: string, reason: string, ruleId: RuleId, line?: number): void {
    this.list.push({ path, line, severity: 'warning', reason, ruleId });
  }
  get errors(): number {
    return this.list.filter((problem) => problem.severity === 'error').length;
  }
}

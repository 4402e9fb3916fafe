/** Why a document cannot be read: one line for the user, and the rule it is reported under. */
import type { RuleId } from '../diagnostics/messages.ts';

export interface DocumentProblem {
  problem: true;
  message: string;
  ruleId: RuleId;
}

export function problem(message: string, ruleId: RuleId): DocumentProblem {
  return { problem: true, message, ruleId };
}

/** First line of an error's message: a reason to quote, not a stack trace. */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0]!.trim() || 'unknown error';
}

/** A document that took longer to read than its time limit (index.ts `withTimeout`, pdf.ts between pages). */
export class DocumentTimeout extends Error {}

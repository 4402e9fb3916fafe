/** A mistake in how the command was called: reported in one line, exit code 2. */
export class UsageError extends Error {}

export const exitCodes = { ok: 0, someFailed: 1, usage: 2 } as const;

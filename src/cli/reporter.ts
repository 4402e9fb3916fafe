import type { Reporter } from '../utils/reporter.ts';

export type { Reporter };

export const processReporter: Reporter = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

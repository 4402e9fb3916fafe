/** `referat verify PATH…`: checks snapshots (a bag folder or a WACZ file); one line per problem, exit 1 if any is an error. */
import { formatLine } from '../../diagnostics/report.ts';
import { exitCodes } from '../errors.ts';
import type { Reporter } from '../reporter.ts';
import { verifyPath } from '../../archive/verify.ts';

export async function verifyCommand(paths: readonly string[], reporter: Reporter): Promise<number> {
  let failed = false;
  for (const path of paths) {
    const { kind, problems, checked } = await verifyPath(path);
    for (const problem of problems.list) reporter.err(formatLine(problem));
    const what = kind === 'bag' ? 'bag' : kind === 'wacz' ? 'WACZ' : '';
    if (problems.errors > 0) {
      failed = true;
      reporter.err(`verify: ${path}: ${problems.errors} ${problems.errors === 1 ? 'problem' : 'problems'}${what ? ` in the ${what} (${checked})` : ''}`);
    } else reporter.out(`verify: ${path}: ok (${what}: ${checked} checked)`);
  }
  return failed ? exitCodes.someFailed : exitCodes.ok;
}

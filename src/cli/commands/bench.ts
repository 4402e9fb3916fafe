/** `referat bench`: builds generated archives and prints one table (src/bench/run-bench.ts, issues 5 and 16). */
import type { Reporter } from '../reporter.ts';
import type { BenchOptions } from '../../bench/run-bench.ts';

export async function benchCommand(options: BenchOptions, reporter: Reporter): Promise<number> {
  const { runBench } = await import('../../bench/run-bench.ts');
  return runBench(options, reporter);
}

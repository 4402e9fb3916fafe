/** `referat bench`: builds generated archives and prints one table (src/bench/run-bench.ts, issue 5). */
import type { Reporter } from '../reporter.ts';

export interface BenchOptions {
  generate?: number | undefined;
  seed: number;
  dir?: string | undefined;
  sizes?: number[] | undefined;
}

export async function benchCommand(options: BenchOptions, reporter: Reporter): Promise<number> {
  const { runBench } = await import('../../bench/run-bench.ts');
  return runBench(options, reporter);
}

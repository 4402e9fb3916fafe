/**
 * What a site build found wrong, as vfile messages (one VFile per file named),
 * so `referat build` prints them like the importer's: `file:line: severity:
 * message [rule]` (src/diagnostics/report.ts). A fatal message means a file
 * was left out of the site; the build still writes every other page.
 */
import { VFile } from 'vfile';
import { fail, warn, type RuleId } from '../diagnostics/messages.ts';

export class BuildProblems {
  readonly #files = new Map<string, VFile>();

  #file(path: string): VFile {
    let file = this.#files.get(path);
    if (!file) this.#files.set(path, (file = new VFile({ path })));
    return file;
  }

  warn(path: string, message: string, ruleId: RuleId, line: number | null = null): void {
    warn(this.#file(path), message, line, ruleId);
  }

  fail(path: string, message: string, ruleId: RuleId, line: number | null = null): void {
    fail(this.#file(path), message, line, ruleId);
  }

  /** By path, so the report reads the same on every build. */
  files(): VFile[] {
    return [...this.#files.keys()].sort().map((path) => this.#files.get(path)!);
  }
}

/** A content file the Astro loader left out (src/collections/loader.ts). */
export interface LoaderProblem {
  /** Absolute path. */
  filePath: string;
  message: string;
}

// The loader runs inside Astro's build, in this process but in modules of its
// own (Vite's), so it hands its problems over through a global, not a module.
const channel = Symbol.for('referat.loader-problems');
type Channel = { [channel]?: LoaderProblem[] };

/** Starts collecting what the loader leaves out; until then it logs instead. */
export function collectLoaderProblems(): void {
  (globalThis as Channel)[channel] = [];
}

/** The problems collected since `collectLoaderProblems`; stops collecting. */
export function takeLoaderProblems(): LoaderProblem[] {
  const problems = (globalThis as Channel)[channel] ?? [];
  delete (globalThis as Channel)[channel];
  return problems;
}

/** False when nobody collects (`astro dev`): the caller logs the problem itself. */
export function reportLoaderProblem(problem: LoaderProblem): boolean {
  const problems = (globalThis as Channel)[channel];
  if (!problems) return false;
  problems.push(problem);
  return true;
}

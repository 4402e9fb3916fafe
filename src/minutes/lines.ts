/** A line of the source with its 1-based line number, kept through every step for diagnostics. */
export interface Line {
  text: string;
  line: number;
}

export function toLines(text: string): Line[] {
  return text.split('\n').map((t, i) => ({ text: withoutTrailingSpaces(t), line: i + 1 }));
}

/**
 * Drops trailing spaces and no-break spaces. A loop, not /[ \u00a0]+$/: that
 * regex retries at every space of a run inside the line, which is quadratic
 * in the run's length.
 */
export function withoutTrailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0xa0)) end--;
  return end === text.length ? text : text.slice(0, end);
}

export function isBlank(line: Line | undefined): boolean {
  return line === undefined || line.text.trim() === '';
}

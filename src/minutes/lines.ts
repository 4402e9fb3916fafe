/** A line of the source with its 1-based line number, kept through every step for diagnostics. */
export interface Line {
  text: string;
  line: number;
}

export function toLines(text: string): Line[] {
  return text.split('\n').map((t, i) => ({ text: t.replace(/[ \u00a0]+$/, '').replace(/^\u00a0+$/, ''), line: i + 1 }));
}

export function isBlank(line: Line | undefined): boolean {
  return line === undefined || line.text.trim() === '';
}

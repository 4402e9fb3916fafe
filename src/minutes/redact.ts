/**
 * Danish CPR numbers (DDMMYY-SSSS, or ten digits in a row) are personal data
 * and must never be published. Only numbers whose first six digits form a real
 * date count; modulus 11 is deliberately not checked, since many valid numbers
 * issued since 2007 fail it.
 */
import type { Line } from './lines.ts';

export const cprMarker = '[CPR-nummer fjernet]';

// Not part of a longer number, case number or amount: no digit, dot, slash or dash glued on.
const cprPattern = /(?<![\d./-])(\d{2})(\d{2})(\d{2})[-‐–]?(\d{4})(?![\d]|[./-]\d)/g;

export function isPlausibleCpr(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= daysInMonth;
}

/** Returns the redacted text and how many numbers were replaced. */
export function redactCpr(text: string): { text: string; count: number } {
  let count = 0;
  const redacted = text.replace(cprPattern, (match, dd: string, mm: string, yy: string) => {
    if (!isPlausibleCpr(Number(dd), Number(mm), Number(yy))) return match;
    count++;
    return cprMarker;
  });
  return { text: redacted, count };
}

export function redactLines(lines: readonly Line[]): { lines: Line[]; hits: number[] } {
  const hits: number[] = [];
  const out = lines.map((line) => {
    const { text, count } = redactCpr(line.text);
    if (count > 0) hits.push(line.line);
    return count > 0 ? { ...line, text } : line;
  });
  return { lines: out, hits };
}

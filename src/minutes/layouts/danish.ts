/**
 * Danish forms every layout shares: dates as minutes print them, and the
 * words that name a deciding body. Pattern sources, for layouts to compose.
 */

import danish from '../../i18n/da.json' with { type: 'json' };
import { withoutTrailingTerm } from '../end-patterns.ts';

/**
 * The month names, from the Danish strings the site prints dates with (one list for reading and writing).
 * Read from da.json itself, not through the UI's `t()`: minutes are Danish whatever language the site speaks.
 */
export const monthNames: readonly string[] = danish['date.months'].split(',');

const weekday = String.raw`(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:d(?:en|\.)\s*)?`;

/** "04-02-2021", "4.2.2021", "4. februar 2021", optionally after "torsdag den". */
export const dateForm = String.raw`${weekday}(?:\d{1,2}[-.]\d{1,2}[-.]\d{4}|\d{1,2}\.?\s+(?:${monthNames.join('|')})\s+\d{4})`;

/** The name of a deciding body: "Økonomiudvalget", "Udvalget for Job & Arbejdsmarked", "Byrådet". */
export const bodyNoun = String.raw`(?:udvalg(?:et)?|byråd(?:et)?|kommunalbestyrelsen|regionsråd(?:et)?|bestyrelsen|rådet|forum|Udvalget for .+)`;

/** Reads a date in any of the forms above; null when it is not a real calendar date. */
export function parseDate(text: string): string | null {
  const numeric = /(\d{1,2})[-.](\d{1,2})[-.](\d{4})/.exec(text);
  const long = /(\d{1,2})\.?\s+([a-zæøå]+)\s+(\d{4})/i.exec(text);
  if (long && (!numeric || long.index < numeric.index)) {
    const month = monthNames.indexOf(long[2]!.toLowerCase());
    if (month >= 0) return isoDate(long[1]!, String(month + 1), long[3]!);
  }
  return numeric ? isoDate(numeric[1]!, numeric[2]!, numeric[3]!) : null;
}

/** A real calendar date as YYYY-MM-DD, or null ("31-02-2021" and year 0 are not dates). */
export function isoDate(day: string, month: string, year: string): string | null {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (y < 1000 || m < 1 || m > 12 || d < 1) return null;
  const daysInMonth = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  if (d > daysInMonth) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "kl. 16.30", "16:30-18:00": the first time of day, as HH:MM. */
export function parseTime(text: string): string | null {
  const time = /(?:kl\.?\s*)?\b(\d{1,2})[.:](\d{2})\b/i.exec(text);
  if (!time || Number(time[1]) > 23 || Number(time[2]) > 59) return null;
  return `${time[1]!.padStart(2, '0')}:${time[2]}`;
}

/** "Social- og Beskæftigelsesudvalget 2018-2021" → "Social- og Beskæftigelsesudvalget". */
export function stripTerm(committee: string): string {
  return withoutTrailingTerm(committee).trim();
}

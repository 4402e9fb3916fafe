/**
 * Danish local time (Europe/Copenhagen) of a meeting as an instant, for the
 * feeds, the calendars and the pages' JSON-LD. The minutes give a date and a
 * "kl. 16:30" in Danish time; a calendar must show 16:30 in winter and in
 * summer.
 *
 * The EU rule, computed, not looked up in the machine's ICU time-zone data:
 * the output must be the same on every build machine (like format-date.ts).
 * Summer time (+02:00) from the last Sunday of March, 01:00 UTC, to the last
 * Sunday of October, 01:00 UTC (September until 1995); Denmark has kept it
 * since 1981. Earlier dates count as standard time (+01:00).
 */

const hour = 3_600_000;

/** 1-based day of the month of the last Sunday of `month` (0-based). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Whether the instant (ms since the epoch) falls in Danish summer time. */
export function isSummerTime(instant: number): boolean {
  const year = new Date(instant).getUTCFullYear();
  if (year < 1981) return false;
  const endMonth = year < 1996 ? 8 : 9;
  const start = Date.UTC(year, 2, lastSunday(year, 2), 1);
  const end = Date.UTC(year, endMonth, lastSunday(year, endMonth), 1);
  return instant >= start && instant < end;
}

/** The meeting's start as an instant: `time` ("HH:MM") on `date` ("YYYY-MM-DD") in Danish time; midnight without a time. */
export function copenhagenInstant(date: string, time: string | null): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = (time ?? '00:00').split(':').map(Number) as [number, number];
  const local = Date.UTC(year, month - 1, day, hours, minutes);
  // Summer time if the instant two hours before the local time as UTC is in it: this takes the
  // first of the two 02:xx of the autumn change, and is right on both sides of each change.
  return new Date(local - (isSummerTime(local - 2 * hour) ? 2 : 1) * hour);
}

/** "2021-02-04T16:30:00+01:00": the local time with its offset (schema.org startDate). A date alone stays a date. */
export function copenhagenDateTime(date: string, time: string | null): string {
  if (time === null) return date;
  const offset = isSummerTime(copenhagenInstant(date, time).getTime()) ? '+02:00' : '+01:00';
  return `${date}T${time}:00${offset}`;
}

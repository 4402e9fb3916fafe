/**
 * Danish wall-clock time as an instant: "2021-03-02" at "16:30" in
 * Copenhagen is `2021-03-02T16:30:00+01:00`, and in summer `+02:00`.
 *
 * Computed from the rules, not with Intl: the output must not depend on the
 * ICU data of the machine that builds the site (format-date.ts does the same).
 * Summer time since 1996 is the EU's (last Sunday of March to last Sunday of
 * October, both at 01:00 UTC); from 1980 to 1995 it ended on the last Sunday
 * of September; before 1980 Denmark kept +01:00.
 */

/** Day of the month of the last Sunday of `month` (1–12) in `year`. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Whether the UTC instant `utcMs` falls in Danish summer time. */
function isSummerTime(utcMs: number): boolean {
  const year = new Date(utcMs).getUTCFullYear();
  if (year < 1980) return false;
  const start = Date.UTC(year, 2, lastSunday(year, 3), 1);
  const endMonth = year < 1996 ? 9 : 10;
  const end = Date.UTC(year, endMonth - 1, lastSunday(year, endMonth), 1);
  return utcMs >= start && utcMs < end;
}

/**
 * `date` (YYYY-MM-DD) at `time` (HH:MM) in Copenhagen, as `YYYY-MM-DDTHH:MM:SS±HH:MM`
 * with the offset in force then (the local time read as standard time decides, also in the
 * hour the clocks skip or repeat in the night).
 */
export function copenhagenDateTime(date: string, time: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match || !clock) throw new TypeError(`Unexpected date or time \`${date} ${time}\`, expected YYYY-MM-DD and HH:MM`);
  const local = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(clock[1]), Number(clock[2]));
  const offset = isSummerTime(local - 3_600_000) ? 2 : 1;
  return `${date}T${time}:00+0${offset}:00`;
}

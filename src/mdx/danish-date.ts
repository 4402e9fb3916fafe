import { formatShortDate } from '../utils/format-date.ts';

/**
 * "2021-02-04" → "4. februar 2021": the site's short date (src/utils/format-date.ts, month names
 * from src/i18n/da.json). Anything that is not YYYY-MM-DD with a real month is returned unchanged,
 * as a decision's date printed by hand may be.
 */
export function formatDanishDate(iso: string): string {
  const match = /^\d{4}-(\d{2})-\d{2}$/.exec(iso);
  if (!match || Number(match[1]) < 1 || Number(match[1]) > 12) return iso;
  return formatShortDate(iso);
}

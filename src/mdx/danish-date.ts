const months = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/**
 * "2021-02-04" → "4. februar 2021". Written out instead of `Intl` so the
 * output does not depend on the ICU data Node was built with.
 * Anything that is not YYYY-MM-DD with a real month is returned unchanged.
 */
export function formatDanishDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return `${Number(match[3])}. ${month} ${match[1]}`;
}

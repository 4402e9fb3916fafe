/**
 * The one date of a snapshot (every WARC-Date, the CDXJ timestamps, the
 * datapackage's `created`, the ZIP entries' time, the bag's Bagging-Date),
 * chosen so that the same input gives the same bytes:
 *
 * 1. SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
 *    convention), when set;
 * 2. else the newest meeting in the content manifest, at midnight UTC: the
 *    site cannot have been captured before it;
 * 3. else when the site's front page was written (its modification time).
 *
 * Never the clock of the moment the command runs.
 */
export interface SnapshotDate {
  date: Date;
  /** How it was chosen, for the log. */
  rule: string;
}

export function snapshotDate(options: { epoch: string | undefined; newestMeeting: string | undefined; frontPageWritten: Date }): SnapshotDate | { problem: string } {
  if (options.epoch !== undefined && options.epoch !== '') {
    if (!/^\d{1,12}$/.test(options.epoch)) return { problem: `SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, got "${options.epoch}"` };
    return { date: new Date(Number(options.epoch) * 1000), rule: 'SOURCE_DATE_EPOCH' };
  }
  if (options.newestMeeting !== undefined && /^\d{4}-\d\d-\d\d$/.test(options.newestMeeting)) {
    return { date: new Date(`${options.newestMeeting}T00:00:00Z`), rule: `the newest meeting (${options.newestMeeting}); set SOURCE_DATE_EPOCH to choose` };
  }
  const seconds = new Date(Math.floor(options.frontPageWritten.getTime() / 1000) * 1000);
  return { date: seconds, rule: 'when the front page was built (no content manifest); set SOURCE_DATE_EPOCH to choose' };
}

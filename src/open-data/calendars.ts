/**
 * An iCalendar file per committee (`ical-generator`): one event per meeting,
 * with its agenda as the description, its place and, with `--site`, its page.
 *
 * Times are written in UTC, computed from the Danish local time the minutes
 * give (time.ts), so a meeting "kl. 16:30" shows at 16:30 in a Danish
 * calendar in winter and in summer, with no VTIMEZONE to get wrong. A
 * meeting without a time is an all-day event on its date. The minutes give no
 * end, so none is invented: the event is its start (RFC 5545 3.6.1). DTSTAMP
 * is the meeting's start, from the data, never the clock.
 *
 * Pure.
 */
import ical from 'ical-generator';
import { t } from '../utils/i18n.ts';
import { absoluteUrl } from '../utils/url.ts';
import type { CommitteeGroup } from '../utils/route-data.ts';
import { fileOf, type OpenDataFiles, type OpenDataInput } from './input.ts';
import { calendarPath } from './paths.ts';
import { copenhagenInstant } from './time.ts';
import { xmlSafe } from './text.ts';

/** A calendar of one committee's meetings, newest first, as an `.ics` text. */
function committeeCalendar(input: OpenDataInput, committee: CommitteeGroup): string {
  const clean = (text: string): string => xmlSafe(text);
  const calendar = ical({
    name: clean(t('calendar.name', { committee: committee.name, municipality: committee.municipality.name })),
    prodId: { company: 'Referat', product: 'Referat', language: 'DA' },
  });
  for (const meeting of committee.meetings) {
    const route = input.routes.index.routes.get(meeting.id);
    if (!route || !input.pages.has(meeting.path)) continue;
    const { data } = route;
    const start = copenhagenInstant(data.date, data.startTime);
    const agenda = route.agenda.map((entry) => t('calendar.agendaLine', { number: entry.number, title: entry.title }));
    const url = absoluteUrl(input.site, input.base, meeting.path);
    calendar.createEvent({
      // The page's path: stable for the meeting (model/paths.ts), and the same with or without --site.
      id: `${meeting.path.replace(/^\/|\/$/g, '')}@referat`,
      // An all-day event is a date; noon UTC is that date in every time zone a library might read it in.
      start: data.startTime === null ? new Date(start.getTime() + 12 * 3_600_000) : start,
      allDay: data.startTime === null,
      stamp: start,
      summary: clean(t('calendar.summary', { committee: committee.name })),
      description: clean([t('calendar.agenda'), ...agenda, ...(url ? ['', url] : [])].join('\n')),
      ...(data.location ? { location: clean(data.location) } : {}),
      ...(url ? { url } : {}),
    });
  }
  return calendar.toString();
}

/** The `.ics` file of every committee with a page. */
export function committeeCalendars(input: OpenDataInput): OpenDataFiles {
  const files: OpenDataFiles = new Map();
  for (const { path, props } of input.routes.committees) {
    if (input.pages.has(path)) files.set(fileOf(calendarPath(path)), committeeCalendar(input, props.committee));
  }
  return files;
}

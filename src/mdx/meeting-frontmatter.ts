import type { Meeting } from '../model/types.ts';
import { meetingFrontmatterSchema, type MeetingFrontmatter } from '../model/schema.ts';
import { occurrences } from '../model/paths.ts';
import { agendaEntry } from './agenda-entry.ts';
import { validateFrontmatter } from './frontmatter.ts';

/** Frontmatter of a meeting entry, validated; throws an Error naming the bad field. */
export function meetingFrontmatter(meeting: Meeting): MeetingFrontmatter {
  const nth = occurrences(meeting.items);
  const data: MeetingFrontmatter = {
    municipality: meeting.municipality,
    committee: meeting.committee,
    term: meeting.term,
    date: meeting.date,
    startTime: meeting.startTime,
    location: meeting.location,
    participants: meeting.participants.map(({ name, party, role, absent }) => ({ name, party, role, absent })),
    source: { path: meeting.source.path, sha256: meeting.source.sha256 },
    agenda: meeting.items.map((item, index) => agendaEntry(item, nth[index])),
  };
  return validateFrontmatter(meetingFrontmatterSchema, data, 'meeting');
}

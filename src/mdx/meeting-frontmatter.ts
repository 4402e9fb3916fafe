import type { z } from 'zod';
import type { Meeting } from '../model/meeting.ts';
import { meetingFrontmatterSchema, type MeetingFrontmatter } from '../model/schema.ts';
import { occurrences } from '../model/paths.ts';
import { agendaEntry } from './agenda-entry.ts';
import { validateFrontmatter } from './frontmatter.ts';

/**
 * Frontmatter of a meeting entry, validated; throws an Error naming the bad field.
 * The schema is a projection of the model: it keeps the fields it names and drops the rest (items, warnings).
 */
export function meetingFrontmatter(meeting: Meeting): MeetingFrontmatter {
  const nth = occurrences(meeting.items);
  const data: z.input<typeof meetingFrontmatterSchema> = { ...meeting, agenda: meeting.items.map((item, index) => agendaEntry(item, nth[index])) };
  return validateFrontmatter(meetingFrontmatterSchema, data, 'meeting');
}

/**
 * Frontmatter of the generated content collections. One schema per collection,
 * shared by the MDX writer (which validates before writing) and by
 * `src/content.config.ts` (which validates when Astro loads the entries).
 */
import { z } from 'zod';
import { sectionKinds } from './types.ts';

/** The second (third …) item with the same number in one meeting; absent for the first. */
const occurrence = z.number().int().min(2).optional();

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD');

export const participantSchema = z.object({
  name: z.string().min(1),
  party: z.string().nullable(),
  role: z.string().nullable(),
  absent: z.boolean(),
});

/** One line of a meeting's agenda, so listings never need to load item bodies. */
export const agendaEntrySchema = z.object({
  number: z.number().int().nonnegative(),
  occurrence,
  title: z.string(),
  kind: z.enum(['decision', 'orientation']).nullable(),
  closed: z.boolean(),
  /** The decision as one line of plain text (first decision, shortened), or null. */
  decision: z.string().nullable(),
});

export const meetingFrontmatterSchema = z.object({
  municipality: z.string().nullable(),
  committee: z.string().min(1),
  term: z.string().nullable(),
  date: isoDate,
  startTime: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
  location: z.string().nullable(),
  participants: z.array(participantSchema),
  source: z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  agenda: z.array(agendaEntrySchema),
});

export const decisionFrontmatterSchema = z.object({
  committee: z.string().nullable(),
  date: isoDate.nullable(),
  text: z.string(),
});

export const itemFrontmatterSchema = z.object({
  municipality: z.string().nullable(),
  committee: z.string().min(1),
  term: z.string().nullable(),
  date: isoDate,
  number: z.number().int().nonnegative(),
  occurrence,
  title: z.string(),
  kind: z.enum(['decision', 'orientation']).nullable(),
  caseNumbers: z.array(z.string()),
  closed: z.boolean(),
  decision: z.string().nullable(),
  decisions: z.array(decisionFrontmatterSchema),
  attachments: z.array(z.string()),
  sections: z.array(z.object({ heading: z.string(), kind: z.enum(sectionKinds) })),
});

export type MeetingFrontmatter = z.infer<typeof meetingFrontmatterSchema>;
export type ItemFrontmatter = z.infer<typeof itemFrontmatterSchema>;
export type AgendaEntry = z.infer<typeof agendaEntrySchema>;

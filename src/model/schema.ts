/**
 * Projections of the meeting model (meeting.ts): what each consumer of a
 * meeting sees, built with pick/omit/extend so no field is declared twice.
 *
 * - The frontmatter of the generated content collections, one schema per
 *   collection, shared by the MDX writer (which validates before writing) and
 *   by `src/content.config.ts` (which validates when Astro loads the entries).
 *   Key order here is the order of the YAML the writer emits (zod returns
 *   keys in schema order), so reordering a projection changes every file.
 * - The JSON contract of `referat parse --json`.
 */
import { z } from 'zod';
import { decisionSchema, itemSchema, meetingSchema, sectionSchema, warningSchema } from './meeting.ts';

export { participantSchema } from './meeting.ts';

/**
 * The second (third …) item with the same number in one meeting (paths.ts `occurrences`); absent for the first.
 * Not part of the model: it says where an item is published, so only the site's contracts carry it.
 */
const occurrence = z.number().int().min(2).optional();

/** Item fields frontmatter never has: the source line is the importer's; the bodies are the MDX body's. */
const { number, ...itemFields } = itemSchema.omit({ line: true }).shape;

/** The meeting fields every item entry repeats, so an item page needs no meeting lookup. */
const meetingHead = meetingSchema.pick({ municipality: true, committee: true, term: true, date: true });

export const decisionFrontmatterSchema = decisionSchema.omit({ content: true });

export const sectionFrontmatterSchema = sectionSchema.pick({ heading: true, kind: true });

/**
 * One line of a meeting's agenda, so listings never need to load item bodies.
 * `decision` is the first decision as one line of plain text (shortened), or null.
 */
export const agendaEntrySchema = z.object({
  number,
  occurrence,
  ...itemSchema.pick({ title: true, kind: true, closed: true, decision: true }).shape,
});

export const meetingFrontmatterSchema = meetingSchema.omit({ source: true, items: true, warnings: true }).extend({
  // After the header fields, where the files have always had it.
  source: meetingSchema.shape.source,
  agenda: z.array(agendaEntrySchema),
});

export const itemFrontmatterSchema = meetingHead.extend({
  number,
  occurrence,
  // The item's own fields in model order; bodies replaced by their metadata (a later key keeps the earlier one's place).
  ...itemFields,
  decisions: z.array(decisionFrontmatterSchema),
  sections: z.array(sectionFrontmatterSchema),
});

/**
 * What Astro's content store keeps of an entry: of a meeting, who and when; of an item, also
 * which item. The pages take everything else from the routes (src/site/routes.ts), and the
 * whole frontmatter is in the MDX and the manifest; the store is written to one
 * data-store.json and read back for rendering, so at 75 000 items a full copy of every
 * frontmatter there cost about a gigabyte of the build's peak memory.
 */
export const meetingStoreSchema = meetingFrontmatterSchema.pick({ municipality: true, committee: true, term: true, date: true, startTime: true, location: true });
export const itemStoreSchema = itemFrontmatterSchema.pick({ municipality: true, committee: true, date: true, number: true, occurrence: true, title: true, kind: true });

/**
 * `referat parse --json`: the model without its mdast bodies and without the items' source lines.
 * Warnings keep line, message and ruleId; `fatal` is left out because a meeting is only returned
 * with warnings when the file had no error (import-minutes.ts `warningsOf`).
 */
export const meetingJsonSchema = meetingSchema.extend({
  items: z.array(
    itemSchema.omit({ line: true }).extend({
      decisions: z.array(decisionSchema.omit({ content: true })),
      sections: z.array(sectionSchema.omit({ content: true })),
    }),
  ),
  warnings: z.array(warningSchema.omit({ fatal: true })),
});

export type MeetingFrontmatter = z.infer<typeof meetingFrontmatterSchema>;
export type ItemFrontmatter = z.infer<typeof itemFrontmatterSchema>;
export type ItemStoreData = z.infer<typeof itemStoreSchema>;
export type AgendaEntry = z.infer<typeof agendaEntrySchema>;
export type MeetingJson = z.infer<typeof meetingJsonSchema>;

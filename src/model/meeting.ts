/**
 * The meeting model: what the importer produces from one document of minutes,
 * as one zod schema. The TypeScript types are inferred from it, and every
 * contract built from a meeting (frontmatter, `parse --json`; schema.ts) is a
 * projection of it, so a field is declared once.
 *
 * Section and decision bodies are kept as mdast block content, so lists,
 * tables, links and emphasis survive as real structure, never as raw HTML.
 */
import type { BlockContent } from 'mdast';
import { z } from 'zod';

declare module 'mdast' {
  interface TableData {
    /**
     * Caption of the table, when the minutes give one ("Tabel 5. …"). Markdown
     * tables have no caption syntax, so the writer wraps such a table in
     * `<Table caption="…">`, which renders it as the table's `<caption>`.
     */
    caption?: string;
    /** Rows at the top that are column headings (the first always is); set when more than one. */
    headerRows?: number;
  }
}

/** mdast block content, checked only for being a list: the importer builds it, the MDX writer checks its nodes. */
const blockContent = z.custom<BlockContent[]>((value) => Array.isArray(value), 'Expected mdast block content');

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD');

export const sourceSchema = z.object({
  /** Path as given on the command line (or as the caller named the bytes). */
  path: z.string(),
  /** SHA-256 of the raw bytes, lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** What the published document is: text minutes have no download, a PDF or Word file is published beside its meeting. */
  format: z.enum(['text', 'pdf', 'docx']),
  /** Size of the raw bytes. */
  bytes: z.number().int().nonnegative(),
});

export const participantSchema = z.object({
  name: z.string().min(1),
  /** Party letter as printed after the name, e.g. "A", "Ø"; null when not given. */
  party: z.string().nullable(),
  /** Role as printed in brackets after the name: "formand", "suppleant for Lise Holm"; null when none. */
  role: z.string().nullable(),
  absent: z.boolean(),
});

/** What a section is about, from the heading vocabulary of the vendor layouts. */
export const sectionKinds = [
  'summary', // Resumé, Resume
  'introduction', // Indledning
  'recommendation', // Indstilling, INDSTILLING, Indstilling fra forslagsstiller
  'authority', // Beslutningskompetence, Sagen afgøres i
  'case', // Sagsfremstilling, Gennemgang af sagen, Dagsordenpunkt
  'background', // Baggrund
  'proposal', // Initiativretsforslag, Forslag
  'administration', // Forvaltningens belysning, Administrationens vurdering
  'legal-basis', // Retsgrundlag
  'policy', // Relation til vision og tværgående politikker, Handicappolitik
  'effect', // Effekt
  'economy', // Økonomi, Økonomi og finansiering, Økonomi/Personaleforhold
  'communication', // Kommunikation/Høring
  'statements', // Udtalelser
  'process', // Kommende behandlingsforløb, Relateret behandling
  'references', // Referencer
  'attendance', // Afbud, Fraværende
  'other',
] as const;

export const sectionSchema = z.object({
  /** The heading as printed in the source (verbatim, trimmed). */
  heading: z.string(),
  kind: z.enum(sectionKinds),
  /** Plain text of the body, paragraphs separated by blank lines. */
  text: z.string(),
  /** The body as structure. */
  content: blockContent,
});

export const decisionSchema = z.object({
  /** Committee that decided, when the minutes name it. */
  committee: z.string().nullable(),
  /** ISO date of the decision, when the minutes name it. */
  date: isoDateSchema.nullable(),
  /** Plain text of the decision. */
  text: z.string(),
  content: blockContent,
});

/** Decision item or orientation item, where the minutes say so (null: they do not). */
export const itemKinds = ['decision', 'orientation'] as const;
export const itemKindSchema = z.enum(itemKinds).nullable();

export const itemSchema = z.object({
  number: z.number().int().nonnegative(),
  /** Verbatim after "Punkt N: ". */
  title: z.string(),
  kind: itemKindSchema,
  caseNumbers: z.array(z.string()),
  closed: z.boolean(),
  /** Plain text of the decision(s); null where none or only "-". */
  decision: z.string().nullable(),
  decisions: z.array(decisionSchema),
  attachments: z.array(z.string()),
  sections: z.array(sectionSchema),
  /** 1-based source line of the "Punkt N:" line. */
  line: z.number().int().positive(),
});

export const warningSchema = z.object({
  /** 1-based source line; null for the whole file. */
  line: z.number().int().positive().nullable(),
  message: z.string(),
  /** One of `ruleIds` (src/diagnostics/messages.ts). */
  ruleId: z.string(),
  fatal: z.boolean(),
});

export const meetingSchema = z.object({
  source: sourceSchema,
  municipality: z.string().nullable(),
  /** Without the term suffix. */
  committee: z.string().min(1),
  term: z.string().nullable(),
  date: isoDateSchema,
  /** HH:MM */
  startTime: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
  location: z.string().nullable(),
  participants: z.array(participantSchema),
  items: z.array(itemSchema),
  warnings: z.array(warningSchema),
});

export type Source = z.infer<typeof sourceSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type SectionKind = (typeof sectionKinds)[number];
export type Section = z.infer<typeof sectionSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type ItemKind = z.infer<typeof itemKindSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Warning = z.infer<typeof warningSchema>;
export type Meeting = z.infer<typeof meetingSchema>;

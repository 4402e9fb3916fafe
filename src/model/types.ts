/**
 * The meeting model: what the importer produces from one document of minutes.
 * Everything else (MDX, pages, search) is built from these types.
 *
 * Section and decision bodies are kept as mdast block content, so lists,
 * tables, links and emphasis survive as real structure, never as raw HTML.
 */
import type { BlockContent } from 'mdast';

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

export interface Source {
  /** Path as given on the command line (or as the caller named the bytes). */
  path: string;
  /** SHA-256 of the raw bytes, lower-case hex. */
  sha256: string;
}

export interface Participant {
  name: string;
  /** Party letter as printed after the name, e.g. "A", "Ø"; null when not given. */
  party: string | null;
  /** Role as printed in brackets after the name: "formand", "suppleant for Lise Holm"; null when none. */
  role: string | null;
  absent: boolean;
}

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
export type SectionKind = (typeof sectionKinds)[number];

export interface Section {
  /** The heading as printed in the source (verbatim, trimmed). */
  heading: string;
  kind: SectionKind;
  /** Plain text of the body, paragraphs separated by blank lines. */
  text: string;
  /** The body as structure. */
  content: BlockContent[];
}

export interface Decision {
  /** Committee that decided, when the minutes name it. */
  committee: string | null;
  /** ISO date of the decision, when the minutes name it. */
  date: string | null;
  /** Plain text of the decision. */
  text: string;
  content: BlockContent[];
}

/** Decision item or orientation item, where the minutes say so. */
export type ItemKind = 'decision' | 'orientation' | null;

export interface Item {
  number: number;
  /** Verbatim after "Punkt N: ". */
  title: string;
  kind: ItemKind;
  caseNumbers: string[];
  closed: boolean;
  /** Plain text of the decision(s); null where none or only "-". */
  decision: string | null;
  decisions: Decision[];
  attachments: string[];
  sections: Section[];
  /** 1-based source line of the "Punkt N:" line. */
  line: number;
}

export interface Warning {
  line: number | null;
  message: string;
  ruleId: string;
  fatal: boolean;
}

export interface Meeting {
  source: Source;
  municipality: string | null;
  /** Without the term suffix. */
  committee: string;
  term: string | null;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  startTime: string | null;
  location: string | null;
  participants: Participant[];
  items: Item[];
  warnings: Warning[];
}

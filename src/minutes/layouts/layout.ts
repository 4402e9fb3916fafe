/**
 * What a layout is: everything the importer knows about how one family of
 * minutes is printed, as data. The pipeline steps take the chosen layout as
 * an argument and name no vendor or municipality themselves; adding a layout
 * is one new file beside this one and one line in `index.ts`.
 *
 * Patterns are anchored and match one trimmed line (or one joined header
 * paragraph). Named groups carry the values: `number`, `title`, `committee`,
 * `date` (any form `parseDate` reads), `term`.
 */
import type { ItemKind, SectionKind } from '../../model/meeting.ts';

/** A rule that recognises the layout: each rule that matches a line adds its weight once. */
export interface RecogniseRule {
  /** Reported by `referat parse --explain`. */
  rule: string;
  pattern: RegExp;
  weight: number;
}

/** A line the layout prints as a label or marker, with no content of its own. */
export interface LabelRule {
  rule: string;
  pattern: RegExp;
  /**
   * `preamble`: only before the item's first section (where vendors print their labels);
   * `after-case-number`: only on the lines between a "Sagsnr." label and the first section.
   */
  where: 'preamble' | 'after-case-number' | 'anywhere';
}

export interface Layout {
  /** kebab-case, reported in messages. */
  name: string;
  /** What the layout looks like, in a sentence. */
  description: string;
  recognise: readonly RecogniseRule[];
  header: {
    /** Forms of the meeting heading; groups `committee`, `date`, `term`. Tried in order, on joined header paragraphs. */
    titles: readonly RegExp[];
    /** Field labels, matched case-insensitively at the start of a header line, followed by `:`, a tab or a space. */
    fields: Readonly<Record<HeaderField, readonly string[]>>;
  };
  items: {
    /** Forms of the line that starts an item; groups `number` and `title`. The form giving the longest run of items wins. */
    starts: readonly ItemStartForm[];
  };
  toc: {
    /** The line that opens the table of contents. */
    heading: RegExp;
    /** Entry forms; groups `title` and `page` (dot leaders, or a right-aligned page number after a tab). */
    entries: readonly RegExp[];
  };
  caseNumbers: {
    /** A line that is nothing but a case number. */
    lines: readonly RegExp[];
    /** "Sagsnr. 2021/123 …": groups `number` and `rest`. */
    label: RegExp;
  };
  /** Section headings, lower-case, without a trailing colon. */
  sections: ReadonlyArray<readonly [string, SectionKind]>;
  /** Lines that open the attachment list. */
  attachments: readonly string[];
  /** Decision headings; groups `committee` and `date` where the form names them. */
  decisions: readonly RegExp[];
  closed: {
    /** A title with one of these is a closed item; group `title` is the title without the marker. */
    titles: readonly RegExp[];
    /** A line of its own anywhere in an item that makes it closed. */
    lines: readonly RegExp[];
    /** A line of its own that says the item is open ("Åbent punkt"): a marker, dropped. */
    open: readonly RegExp[];
  };
  furniture: {
    /** Lines that are page furniture wherever they stand ("Side 3 af 12"). */
    lines: readonly RegExp[];
    /** A running header printed on every page as consecutive lines (blank lines between allowed). */
    runningHeaders: ReadonlyArray<readonly RegExp[]>;
  };
  labels: readonly LabelRule[];
  /** Title forms that say what kind of item it is. */
  kinds: ReadonlyArray<readonly [RegExp, NonNullable<ItemKind>]>;
  /** How the layout prints its headings: the synthetic archive generator writes minutes with these. */
  print: LayoutPrint;
}

export interface PrintMeeting {
  committee: string;
  /** "2018-2021" */
  term: string;
  /** DD-MM-YYYY */
  dmy: string;
}

export interface LayoutPrint {
  /** The meeting heading, as paragraphs. */
  heading(meeting: PrintMeeting): string[];
  /** The line that starts an item. */
  itemStart(number: number, title: string): string;
  /** An item's title as printed: with the layout's prefix or suffix for its kind. */
  title(title: string, kind: NonNullable<ItemKind> | 'other', prefix: string): string;
  /** A decision heading. */
  decision(meeting: PrintMeeting, number: number): string;
}

export type HeaderField = 'date' | 'time' | 'location' | 'participants' | 'absent';

export interface ItemStartForm {
  rule: string;
  pattern: RegExp;
  /** A bare number ("3. Title") is also how lists start: such a form needs a blank line before and a title-like text. */
  bare?: boolean;
}

/** A layout that is `base` with some parts replaced or added to. */
export function extendLayout(base: Layout, changes: Partial<Layout> & Pick<Layout, 'name' | 'description' | 'recognise'>): Layout {
  return { ...base, ...changes };
}

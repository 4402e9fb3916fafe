/**
 * The section-heading vocabulary of the five vendor layouts, and the forms a
 * decision heading takes. A heading is a line of its own; matching ignores
 * case, surrounding `**` and a trailing colon ("Referencer:", "INDSTILLING").
 */
import type { SectionKind } from '../model/types.ts';
import { withoutTrailingTerm } from './end-patterns.ts';

const vocabulary: ReadonlyArray<readonly [string, SectionKind]> = [
  ['resumé', 'summary'],
  ['resume', 'summary'],
  ['indledning', 'introduction'],
  ['indstilling', 'recommendation'],
  ['indstilling fra forslagsstiller', 'recommendation'],
  ['beslutningskompetence', 'authority'],
  ['sagen afgøres i', 'authority'],
  ['sagsfremstilling', 'case'],
  ['gennemgang af sagen', 'case'],
  ['baggrund', 'background'],
  ['initiativretsforslag', 'proposal'],
  ['forvaltningens belysning', 'administration'],
  ['administrationens vurdering', 'administration'],
  ['retsgrundlag', 'legal-basis'],
  ['relation til vision og tværgående politikker', 'policy'],
  ['handicappolitik', 'policy'],
  ['effekt', 'effect'],
  ['økonomi', 'economy'],
  ['økonomi og finansiering', 'economy'],
  ['økonomi/personaleforhold', 'economy'],
  ['økonomiske konsekvenser', 'economy'],
  ['kommunikation/høring', 'communication'],
  ['kommunikation', 'communication'],
  ['høring', 'communication'],
  ['udtalelser', 'statements'],
  ['kommende behandlingsforløb', 'process'],
  ['relateret behandling', 'process'],
  ['referencer', 'references'],
  ['afbud', 'attendance'],
  ['fraværende', 'attendance'],
];
const byName = new Map(vocabulary);

export function normaliseHeading(text: string): string {
  return text
    .trim()
    .replace(/^\*\*(.*)\*\*$/, '$1')
    .replace(/\s*:$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Headings are short; long lines are prose and skip the normalising work. */
const maxHeadingLength = 120;

export function sectionKindOf(text: string): SectionKind | undefined {
  if (text.length > maxHeadingLength) return undefined;
  return byName.get(normaliseHeading(text));
}

/** "Bilag" opens the attachment list. */
export function isAttachmentsHeading(text: string): boolean {
  return text.length <= maxHeadingLength && normaliseHeading(text) === 'bilag';
}

/** Gladsaxe's "Dagsordenpunkt" label: no content of its own, the item title follows (or is glued on in bold). */
export function isItemLabel(text: string): boolean {
  return /^Dagsordenpunkt\b/.test(text.trim());
}

export interface DecisionHeading {
  committee: string | null;
  /** DD-MM-YYYY as printed, converted to ISO by the caller. */
  date: string | null;
}

const dmy = String.raw`(\d{1,2})[-.](\d{1,2})[-.](\d{4})`;
const plainDecision = /^beslutning(?:er)?$/i;
// "Beslutning Udvalget for Job & Arbejdsmarked den 08-01-2020", "Beslutninger <Udvalg> 2018-2021 den 06-11-2019"
const namedDecision = new RegExp(String.raw`^Beslutning(?:er)?\s+(.+?)\s+den\s+${dmy}$`);
// "Beskæftigelses- og Socialudvalget, 04-02-2021, pkt. 16"
const roskildeDecision = new RegExp(String.raw`^(.+?),\s*${dmy},\s*pkt\.\s*\d+$`);

export function parseDecisionHeading(text: string): DecisionHeading | undefined {
  if (text.length > 2 * maxHeadingLength) return undefined;
  const t = text.trim().replace(/^\*\*(.*)\*\*$/, '$1').replace(/:$/, '');
  if (plainDecision.test(t)) return { committee: null, date: null };
  const named = namedDecision.exec(t) ?? roskildeDecision.exec(t);
  if (named) {
    const [, committee, d, m, y] = named;
    return { committee: stripTerm(committee!), date: isoDate(d!, m!, y!) };
  }
  return undefined;
}

/** "Social- og Beskæftigelsesudvalget 2018-2021" → "Social- og Beskæftigelsesudvalget". */
export function stripTerm(committee: string): string {
  return withoutTrailingTerm(committee).trim();
}

export function isoDate(day: string, month: string, year: string): string | null {
  const d = Number(day);
  const m = Number(month);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Any line that starts something new: a section, a decision, attachments or a label. */
export function isStructuralHeading(text: string): boolean {
  return sectionKindOf(text) !== undefined || parseDecisionHeading(text) !== undefined || isAttachmentsHeading(text);
}

/**
 * Roskilde's export: a KLE journal line and a lower-case "sagsfremstilling"
 * label under the item heading, the title again as "Pkt. N …", "Sagsnr. N
 * <udvalg> Åbent punkt", and decisions headed "<udvalg>, DD-MM-YYYY, pkt. N".
 */
import { generic } from './generic.ts';
import { extendLayout } from './layout.ts';

export const roskilde = extendLayout(generic, {
  name: 'roskilde',
  print: {
    ...generic.print,
    decision: ({ committee, dmy }, number) => `${committee}, ${dmy}, pkt. ${number}`,
  },
  description: 'KLE journal lines, "Pkt. N" repeated titles, "Sagsnr. N <udvalg> Åbent punkt", decisions "<udvalg>, DD-MM-YYYY, pkt. N".',
  recognise: [
    { rule: 'sagsnr-with-open-marker', pattern: /^Sagsnr\.?\s*\d+\s+.*(?:Åbent|Lukket)\s+punkt$/i, weight: 3 },
    { rule: 'decision-committee-date-pkt', pattern: /^\S.*,\s*\d{2}-\d{2}-\d{4},\s*pkt\.\s*\d+$/, weight: 2 },
    { rule: 'sagsfremstilling-label', pattern: /^sagsfremstilling$/, weight: 2 },
    { rule: 'pkt-repeated-title', pattern: /^Pkt\.\s*\d+\s+\S/, weight: 1 },
  ],
  items: { starts: generic.items.starts.filter((form) => form.rule === 'item-punkt') },
  labels: [
    { rule: 'sagsfremstilling-label', pattern: /^sagsfremstilling$/, where: 'preamble' },
    // The responsible committee printed between "Sagsnr." and "Åbent punkt".
    { rule: 'case-committee-label', pattern: /^\S.*(?:udvalg(?:et)?|byråd(?:et)?)$/iu, where: 'after-case-number' },
  ],
});

/**
 * Odense's export: "Resume", "Effekt" and an upper-case "INDSTILLING" before
 * a plain "Beslutning", then "Sagsfremstilling"; case numbers like
 * "00.30.04-S00-1-21".
 */
import { generic } from './generic.ts';
import { extendLayout } from './layout.ts';

export const odense = extendLayout(generic, {
  name: 'odense',
  print: { ...generic.print },
  description: '"Resume", "Effekt", upper-case "INDSTILLING", plain "Beslutning" before "Sagsfremstilling".',
  recognise: [
    { rule: 'indstilling-upper-case', pattern: /^INDSTILLING$/, weight: 3 },
    { rule: 'effekt-section', pattern: /^Effekt$/, weight: 1 },
    { rule: 'resume-section', pattern: /^Resume$/, weight: 1 },
  ],
  items: { starts: generic.items.starts.filter((form) => form.rule === 'item-punkt') },
});

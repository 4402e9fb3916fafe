/**
 * Helsingør's export: titles prefixed "Beslutning:" or "Orientering:", a
 * "Sagen afgøres i:" section, decisions headed "Beslutninger <udvalg> <term>
 * den DD-MM-YYYY".
 */
import { generic } from './generic.ts';
import { extendLayout } from './layout.ts';

export const helsingoer = extendLayout(generic, {
  name: 'helsingoer',
  print: {
    ...generic.print,
    heading: ({ committee, term, dmy }) => [`REFERAT ${committee} ${term}`, `d. ${dmy}`],
    title: (title, kind) => (kind === 'decision' ? `Beslutning: ${title}` : kind === 'orientation' ? `Orientering: ${title}` : title),
    decision: ({ committee, term, dmy }) => `Beslutninger ${committee} ${term} den ${dmy}`,
  },
  description: 'Titles "Beslutning: …"/"Orientering: …", "Sagen afgøres i:", decisions "Beslutninger <udvalg> den DD-MM-YYYY".',
  recognise: [
    { rule: 'sagen-afgoeres-i', pattern: /^Sagen afgøres i:?$/, weight: 2 },
    { rule: 'decisions-named-den', pattern: /^Beslutninger\s+\S.*\s+den\s+\d{2}-\d{2}-\d{4}$/, weight: 2 },
    { rule: 'title-kind-prefix', pattern: /^Punkt\s+\d+:\s+(?:Beslutning|Orientering):/, weight: 2 },
  ],
  items: { starts: generic.items.starts.filter((form) => form.rule === 'item-punkt') },
});

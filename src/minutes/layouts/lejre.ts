/**
 * Lejre's export: titles prefixed with the committee's short name ("JA -
 * …"), decisions headed "Beslutning <udvalg> den DD-MM-YYYY", absences as
 * "(Afbud)" marks and "Afbud:" lists after a decision.
 */
import { generic } from './generic.ts';
import { extendLayout } from './layout.ts';

export const lejre = extendLayout(generic, {
  name: 'lejre',
  print: {
    ...generic.print,
    heading: ({ committee, dmy }) => [`REFERAT ${committee} d. ${dmy}`],
    title: (title, kind, prefix) => `${prefix} - ${title}`,
    decision: ({ committee, dmy }) => `Beslutning ${committee} den ${dmy}`,
  },
  description: 'Titles "<XX> - …", decisions "Beslutning <udvalg> den DD-MM-YYYY", "Afbud:" lists after decisions.',
  recognise: [
    { rule: 'decision-named-den', pattern: /^Beslutning\s+\S.*\s+den\s+\d{2}-\d{2}-\d{4}$/, weight: 2 },
    { rule: 'title-committee-prefix', pattern: /^Punkt\s+\d+:\s+[A-ZÆØÅ]{1,4}\s+-\s+\S/, weight: 2 },
  ],
  items: { starts: generic.items.starts.filter((form) => form.rule === 'item-punkt') },
});

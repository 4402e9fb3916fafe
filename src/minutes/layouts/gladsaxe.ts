/**
 * Gladsaxe's export: every page opens with a running header ("<Udvalg>,",
 * "DD.MM.YYYY", "<By> Kommune"), and each item repeats its title under a
 * "Dagsordenpunkt" label, sometimes glued on in bold ("Dagsordenpunkt**…**").
 */
import { generic } from './generic.ts';
import { extendLayout } from './layout.ts';

const headerLines = [/^\S.*,$/, /^\d{2}\.\d{2}\.\d{4}$/, /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)? Kommune$/u] as const;

export const gladsaxe = extendLayout(generic, {
  name: 'gladsaxe',
  print: {
    ...generic.print,
    heading: ({ committee, term, dmy }) => [`REFERAT ${committee} - ${term} d. ${dmy}`],
    title: (title, kind) => (kind === 'decision' ? `${title}, behandling` : kind === 'orientation' ? `${title}, orientering` : title),
  },
  description: 'A running header "<Udvalg>," / "DD.MM.YYYY" / "<By> Kommune" on every page, "Dagsordenpunkt" labels over repeated titles.',
  recognise: [
    { rule: 'dagsordenpunkt-label', pattern: /^Dagsordenpunkt(?:\*\*.*)?$/, weight: 3 },
    { rule: 'running-header-date', pattern: headerLines[1], weight: 1 },
  ],
  items: { starts: generic.items.starts.filter((form) => form.rule === 'item-punkt') },
  furniture: { ...generic.furniture, runningHeaders: [headerLines] },
  labels: [{ rule: 'dagsordenpunkt-label', pattern: /^Dagsordenpunkt(?:\*\*.*)?$/, where: 'anywhere' }],
});

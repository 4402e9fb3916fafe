/** The heading, date and place of the small fictional minutes the CPR tests write (Lejre style), as lines. */
export const testMinutesHead: readonly string[] = [
  '',
  'REFERAT Udvalget for Test d. 08-01-2020',
  '',
  'Mødedato Onsdag d. 08. januar 2020 kl. 16:30',
  '',
  'Mødested Rådhuset',
  '',
];

/**
 * The most frequent "<Name> Kommune" in the text: running headers and case
 * text name the publisher most often.
 */
const nameBefore = /(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;

export function municipalityFromText(text: string): string | null {
  const counts = new Map<string, number>();
  // Find " Kommune" with indexOf first: a Unicode regex over the whole text is the slow part of an import.
  for (let at = text.indexOf(' Kommune'); at !== -1; at = text.indexOf(' Kommune', at + 8)) {
    const after = text.charAt(at + 8);
    if (after !== '' && after !== 's' && /[\p{L}\p{N}]/u.test(after)) continue;
    const match = nameBefore.exec(text.slice(Math.max(0, at - 40), at));
    if (!match) continue;
    const name = `${match[1]} Kommune`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

/** The most frequent "<Name> Kommune" in the text: running headers and case text name the publisher most often. */
export function municipalityFromText(text: string): string | null {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) Kommunes?\b/gu)) {
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

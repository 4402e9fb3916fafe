/**
 * Typographic characters that a document's text layer keeps and plain text
 * does not: ligatures ("ﬁ" → "fi"), no-break and other fixed-width spaces,
 * soft hyphens and zero-width marks. Other characters (æ, ø, å, §, –) stay.
 */
const ligatures: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' };

export function plainText(text: string): string {
  return text
    .replace(/[\ufb00-\ufb06]/g, (c) => ligatures[c]!)
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u00ad\u200b\u200c\u200d\ufeff]/g, '')
    .normalize('NFC');
}

/** Runs of spaces inside a line as one (indentation kept), no space around tabs, none at the end. */
export function tidyLine(line: string): string {
  return line.replace(/(\S) {2,}/g, '$1 ').replace(/ *\t[\t ]*/g, '\t').trimEnd();
}

/**
 * Text that was mis-decoded before it reached us: UTF-8 read as Windows-1252
 * ("FÃ¦rre" for "Færre", "â€“" for "–") is repaired where the bytes decode
 * back to valid UTF-8; garbling that cannot be undone ("FÅ, rre" for
 * "Færre", where æ and å became the same two characters) is reported with
 * its line, since guessing would change the minutes.
 */
import iconv from 'iconv-lite';
import type { Line } from './lines.ts';

/** Runs of characters that UTF-8 lead and continuation bytes become in Windows-1252. */
const misdecoded = /[ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæç][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+/g;
/** "FÅ, rre", "gÅ, r": a letter, "Å," and a space inside a word. */
const damaged = /\p{L}Å, \p{Ll}|\p{L}Ã\s\p{Ll}|\uFFFD/u;

export interface MojibakeResult {
  lines: Line[];
  repaired: Array<{ line: number; from: string; to: string }>;
}

export function repairMojibake(input: readonly Line[]): MojibakeResult {
  const repaired: MojibakeResult['repaired'] = [];
  const lines = input.map((line) => {
    let text = line.text;
    if (/[ÂÃâÅ]/.test(text)) {
      text = text.replace(misdecoded, (run) => {
        const fixed = redecode(run);
        if (fixed === undefined) return run;
        repaired.push({ line: line.line, from: run, to: fixed });
        return fixed;
      });
    }
    return text === line.text ? line : { ...line, text };
  });
  return { lines, repaired };
}

/** Lines with garbling that cannot be undone; run on reflowed lines, so a wrapped paragraph is reported once. */
export function findDamage(lines: readonly Line[]): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  for (const line of lines) {
    // A Unicode regex over every line is slow; the damage always has one of these characters.
    if (!line.text.includes('Å,') && !line.text.includes('Ã') && !line.text.includes('\uFFFD')) continue;
    const hit = damaged.exec(line.text);
    if (hit) out.push({ line: line.line, text: around(line.text, hit.index) });
  }
  return out;
}

/** The run's Windows-1252 bytes as UTF-8, when they are valid UTF-8 and decode to something other than the run. */
function redecode(run: string): string | undefined {
  const bytes = iconv.encode(run, 'windows-1252');
  if (iconv.decode(bytes, 'windows-1252') !== run) return undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text !== run && !/[\u0000-\u001f\u007f-\u009f]/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

function around(text: string, index: number): string {
  const start = text.lastIndexOf(' ', Math.max(0, index - 1));
  const end = text.indexOf(' ', index + 4);
  return text.slice(start < 0 ? 0 : start + 1, end < 0 ? text.length : end).slice(0, 40);
}

/**
 * bytes → text → cleaned lines → header → items → sections → meeting model.
 * Pure: no file system, clock or console. Problems become vfile messages;
 * nothing throws on bad input.
 */
import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import type { Meeting, Warning } from '../model/types.ts';
import { municipalitySlug } from '../model/paths.ts';
import { fail, hasFatal, ruleIds, warn } from '../diagnostics/messages.ts';
import { decodeMinutes } from './decode.ts';
import { toLines } from './lines.ts';
import { redactLines } from './redact.ts';
import { removeFurniture, type Dropped } from './furniture.ts';
import { reflow } from './reflow.ts';
import { isStructuralHeading } from './headings.ts';
import { splitItems } from './split-items.ts';
import { parseHeader } from './header.ts';
import { parseItemBody } from './item-body.ts';
import { assembleMeeting, checkToc, reconcileParticipants, toItem, type ParsedItem } from './to-model.ts';
import { municipalityFromText } from './municipality.ts';

export interface ImportOptions {
  /** Path reported in messages and in `source.path`. */
  path: string;
  /** Set by `--municipality`: used as given. */
  municipality?: string | null;
  /** The input's sub-folder name (`<input>/<municipality>/…`). */
  municipalityFolder?: string | null;
}

export interface ImportResult {
  meeting: Meeting | null;
  file: VFile;
  /** Page furniture, labels and the table of contents: removed on purpose, listed so nothing vanishes silently. */
  dropped: Dropped[];
  encoding: string | null;
}

export function importMinutes(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const file = new VFile({ path: options.path });
  const result: ImportResult = { meeting: null, file, dropped: [], encoding: null };
  const decoded = decodeMinutes(bytes);
  if (!decoded.ok) {
    if (decoded.reason === 'empty') fail(file, 'Unexpected empty file, expected the text of minutes', null, ruleIds.empty);
    else fail(file, 'Unexpected binary content, expected plain-text minutes (UTF-8 or Windows-1252)', null, ruleIds.binary);
    return result;
  }
  result.encoding = decoded.encoding;
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  const redacted = redactLines(toLines(decoded.text));
  for (const line of redacted.hits) {
    warn(file, 'Unexpected CPR number in published text, expected none: redacted', line, ruleIds.cpr);
  }
  const furniture = removeFurniture(redacted.lines);
  const lines = reflow(furniture.lines, isStructuralHeading);
  const split = splitItems(lines);
  result.dropped = [...furniture.dropped, ...split.dropped];

  const header = parseHeader(split.header);
  if (header.committee === null && split.items.length === 0) {
    fail(file, 'Unexpected text, expected minutes with a "REFERAT <udvalg> d. DD-MM-YYYY" heading and "Punkt N: …" items', null, ruleIds.notMinutes);
    return result;
  }
  if (split.items.length === 0) {
    fail(file, 'Unexpected minutes without agenda items, expected lines like "Punkt 1: Godkendelse af dagsorden"', header.line, ruleIds.noItems);
    return result;
  }
  if (header.date === null) {
    fail(file, 'Unexpected minutes without a meeting date, expected "REFERAT … d. DD-MM-YYYY" or "Mødedato …"', header.line, ruleIds.noDate);
    return result;
  }
  if (header.conflictingDate) {
    warn(file, `Unexpected meeting date ${header.conflictingDate} in "Mødedato", expected ${header.date} as in the heading`, header.dateLine, ruleIds.dateMismatch);
  }
  const committee = header.committee ?? 'Ukendt udvalg';
  if (header.committee === null) warn(file, 'Unexpected minutes without a committee, expected "REFERAT <udvalg> …"', null, ruleIds.notMinutes);
  checkToc(file, split.toc, split.items);

  const parsed: ParsedItem[] = split.items.map((raw) => ({ raw, body: parseItemBody(raw.body, raw) }));
  // A loop, not push(...body.dropped): spreading 100 000+ entries overflows the stack.
  for (const { body } of parsed) for (const d of body.dropped) result.dropped.push(d);
  const items = parsed.map(toItem);
  const participants = reconcileParticipants(header, parsed, committee, header.date, decoded.text);
  const municipality = resolveMunicipality(file, options, decoded.text);

  const meeting = assembleMeeting({ source: { path: options.path, sha256 }, municipality, committee, header, date: header.date, items, participants });
  result.meeting = { ...meeting, warnings: [] };
  if (!hasFatal(file)) result.meeting.warnings = warningsOf(file);
  return result;
}

function resolveMunicipality(file: VFile, options: ImportOptions, text: string): string | null {
  if (options.municipality) return options.municipality;
  const fromText = municipalityFromText(text);
  if (options.municipalityFolder) {
    // A folder "roskilde" and the text's "Roskilde Kommune" name the same municipality: prefer the printed name.
    return fromText && municipalitySlug(fromText) === municipalitySlug(options.municipalityFolder) ? fromText : folderName(options.municipalityFolder);
  }
  if (fromText) {
    warn(file, `Municipality "${fromText}" inferred from the text; pass --municipality or use an <input>/<municipality>/ folder to be sure`, null, ruleIds.municipalityFromText);
    return fromText;
  }
  warn(file, 'Unexpected minutes without a municipality, expected --municipality, an <input>/<municipality>/ folder or "<Name> Kommune" in the text', null, ruleIds.unknownMunicipality);
  return null;
}

/** "roskilde" → "Roskilde Kommune", "lyngby-taarbæk" → "Lyngby-Taarbæk Kommune"; a name written with capitals is kept as it is. */
export function folderName(folder: string): string {
  if (folder !== folder.toLowerCase()) return folder;
  const name = folder.replace(/[_]+/g, ' ').replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
  return /\skommune$/i.test(name) ? name : `${name} Kommune`;
}

export function warningsOf(file: VFile): Warning[] {
  return file.messages.map((m) => ({ line: m.line ?? null, message: m.reason, ruleId: m.ruleId ?? 'unknown', fatal: m.fatal === true }));
}

/**
 * bytes → text → cleaned lines → header → items → sections → meeting model.
 * Pure: no file system, clock or console. Problems become vfile messages;
 * nothing throws on bad input.
 */
import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import type { Meeting, Warning } from '../model/meeting.ts';
import { itemSegment, municipalitySlug, occurrences } from '../model/paths.ts';
import { fail, hasFatal, info, ruleIds, warn, type RuleId } from '../diagnostics/messages.ts';
import { decodeMinutes } from './decode.ts';
import { toLines } from './lines.ts';
import { publicMunicipality, publicSourcePath, redactLines } from './redact.ts';
import { removeFurniture, type Dropped, type DropReason } from './furniture.ts';
import { reflow } from './reflow.ts';
import { structuralHeading } from './headings.ts';
import { splitItems } from './split-items.ts';
import { parseHeader } from './header.ts';
import { parseItemBody } from './item-body.ts';
import { assembleMeeting, checkToc, closedTitle, reconcileParticipants, toItem, type ParsedItem } from './to-model.ts';
import { municipalityFromText } from './municipality.ts';
import { municipalityTable, type MunicipalityEntry, type MunicipalityTable } from '../model/municipalities.ts';
import { chooseLayout, generic, layoutByName, type LayoutChoice } from './layouts/index.ts';
import { findDamage, repairMojibake } from './mojibake.ts';
import { keptMarkup } from './inline.ts';

export interface ImportOptions {
  /** Path reported in messages and in `source.path`. */
  path: string;
  /** Set by `--municipality`: the municipality of the table it names, else used as given. */
  municipality?: string | null;
  /** The input's sub-folder name (`<input>/<municipality>/…`). */
  municipalityFolder?: string | null;
  /** The config's municipalities, added to (or put in place of) the built-in 98 (model/municipalities.ts). */
  municipalities?: readonly MunicipalityEntry[];
  /** A layout by name instead of the one that scores best. */
  layout?: string | null;
  /**
   * Add an info message for each line left out on purpose (for `parse --dropped`).
   * Off by default: `dropped` holds the same as data, and converting need not pay for the messages.
   */
  droppedMessages?: boolean;
}

export interface ImportResult {
  meeting: Meeting | null;
  file: VFile;
  /** Page furniture, labels, the table of contents, closed text: removed on purpose, listed so nothing vanishes silently. */
  dropped: Dropped[];
  encoding: string | null;
  /** The layout the document was read with, and why. */
  layout: LayoutChoice | null;
  /** The item-start form the document uses ("item-punkt", "item-number" …). */
  itemForm: string | null;
}

/** Committee names are short; a longer one is usually a paragraph read as the heading. */
const maxNameLength = 150;

const dropRules: Record<DropReason, RuleId> = {
  'page-footer': ruleIds.pageFooter,
  'running-header': ruleIds.runningHeader,
  'table-of-contents': ruleIds.tableOfContents,
  'repeated-title': ruleIds.repeatedTitle,
  label: ruleIds.label,
  'open-marker': ruleIds.openMarker,
  'closed-item': ruleIds.closedItem,
  'empty-decision': ruleIds.emptyDecision,
};

export function importMinutes(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const file = new VFile({ path: options.path });
  const result: ImportResult = { meeting: null, file, dropped: [], encoding: null, layout: null, itemForm: null };
  const decoded = decodeMinutes(bytes);
  if (!decoded.ok) {
    if (decoded.reason === 'empty') fail(file, 'Unexpected empty file, expected the text of minutes', null, ruleIds.empty);
    else fail(file, 'Unexpected binary content, expected plain-text minutes (UTF-8 or Windows-1252)', null, ruleIds.binary);
    return result;
  }
  result.encoding = decoded.encoding;
  if (decoded.windows1252Lines && decoded.windows1252Lines.length > 0) {
    const lines = decoded.windows1252Lines;
    warn(
      file,
      `Unexpected mix of UTF-8 and Windows-1252 in one file, expected one encoding: ${lines.length} line${lines.length === 1 ? '' : 's'} read as Windows-1252 (lines ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''})`,
      lines[0]!,
      ruleIds.mixedEncoding,
    );
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  const repaired = repairMojibake(toLines(decoded.text));
  for (const fix of repaired.repaired) info(file, `Repaired mis-decoded characters "${fix.from}" → "${fix.to}"`, fix.line, ruleIds.mojibakeRepaired);
  const redacted = redactLines(repaired.lines);
  for (const line of redacted.lines) {
    const kept = keptMarkup(line.text);
    if (kept) warn(file, `Unexpected markup ${shorten(kept)}, expected text or plain formatting (<b>, <i>, <ul>): it is shown as the text it is`, line.line, ruleIds.markupKept);
  }
  const choice = (options.layout && chosen(options.layout, redacted.lines)) || chooseLayout(redacted.lines);
  let layout = choice.layout;
  result.layout = choice;
  info(
    file,
    `Read with the "${layout.name}" layout (score ${choice.score}${choice.rules.length > 0 ? `: ${choice.rules.map((r) => `${r.rule} at line ${r.line}`).join(', ')}` : ''})`,
    null,
    ruleIds.layout,
  );
  let furniture = removeFurniture(redacted.lines, layout);
  // Once more after reflow: a number split by a page break (furniture between its halves) is whole only now.
  let reflowed = redactLines(reflow(furniture.lines, structuralHeading(layout)));
  let lines = reflowed.lines;
  let split = splitItems(lines, layout);
  if (split.items.length === 0 && layout !== generic) {
    // A vendor layout that finds no items was a false resemblance: read the common forms instead.
    info(file, `The "${layout.name}" layout finds no items; read with the "generic" layout instead`, null, ruleIds.layout);
    layout = generic;
    result.layout = { ...choice, layout: generic };
    furniture = removeFurniture(redacted.lines, layout);
    reflowed = redactLines(reflow(furniture.lines, structuralHeading(layout)));
    lines = reflowed.lines;
    split = splitItems(lines, layout);
  }
  for (const line of new Set([...redacted.hits, ...reflowed.hits])) {
    warn(file, 'Unexpected CPR number in published text, expected none: redacted', line, ruleIds.cpr);
  }
  for (const damage of findDamage(lines)) {
    warn(file, `Unexpected garbled characters "${damage.text}", expected Danish letters: the source text is damaged; check the original document`, damage.line, ruleIds.mojibake);
  }
  result.itemForm = split.form;
  result.dropped = furniture.dropped.concat(split.dropped);

  for (const r of split.rejected) {
    warn(file, `Unexpected item number of ${r.digits} digits, expected at most 6: the line is read as text`, r.line, ruleIds.itemNumber);
  }
  const header = parseHeader(split.header, layout);
  if (header.committee !== null && header.committee.length > maxNameLength) {
    warn(file, `Unexpected committee name of ${header.committee.length} characters, expected at most ${maxNameLength}: check the heading; its URL is shortened`, header.line, ruleIds.longName);
  }
  if (header.committee === null && split.items.length === 0) {
    fail(file, 'Unexpected text, expected minutes with a "REFERAT <udvalg> d. DD-MM-YYYY" heading and "Punkt N: …" items', null, ruleIds.notMinutes);
    return finish(result, options);
  }
  if (split.items.length === 0) {
    fail(file, 'Unexpected minutes without agenda items, expected lines like "Punkt 1: Godkendelse af dagsorden" or "1. Godkendelse af dagsorden"', header.line, ruleIds.noItems);
    return finish(result, options);
  }
  if (header.invalidDate) {
    warn(file, `Unexpected date "${header.invalidDate.text}", expected a real calendar date`, header.invalidDate.line, ruleIds.invalidDate);
  }
  if (header.date === null) {
    fail(file, 'Unexpected minutes without a meeting date, expected "REFERAT … d. DD-MM-YYYY", "Mødedato …" or "Dato: …"', header.line, ruleIds.noDate);
    return finish(result, options);
  }
  if (header.conflictingDate) {
    warn(file, `Unexpected meeting date ${header.conflictingDate} in the date field, expected ${header.date} as in the heading`, header.dateLine, ruleIds.dateMismatch);
  }
  for (const text of header.unrecognised) {
    warn(file, `Unexpected header text "${shorten(text.text)}", expected the heading or a field such as "Mødedato", "Sted", "Deltagere": it is not published`, text.line, ruleIds.headerText);
  }
  const committee = header.committee ?? 'Ukendt udvalg';
  if (header.committee === null) warn(file, 'Unexpected minutes without a committee, expected "REFERAT <udvalg> …"', null, ruleIds.notMinutes);
  const tocClosed = checkToc(file, split.toc, split.items, layout);

  const parsed: ParsedItem[] = split.items.map((raw, index) => {
    const body = parseItemBody(raw.body, raw, layout);
    const byTitle = closedTitle(raw.title, layout) !== null;
    const byToc = tocClosed[index] === true;
    const closed = byTitle || byToc || body.closedAt !== null;
    if (closed && !(byTitle && (byToc || split.toc.length === 0))) {
      const where = [byTitle && 'the title', byToc && 'the table of contents', body.closedAt !== null && `line ${body.closedAt}`].filter(Boolean).join(' and ');
      warn(file, `Unexpected closed marker only in ${where} of item ${raw.number} "${raw.title}", expected it in the title too: the item is published as closed`, raw.line, ruleIds.closedMismatch);
    }
    return { raw, body, closed };
  });
  // Loops, not push(...list): spreading 100 000+ entries overflows the stack.
  for (const { body, closed } of parsed) {
    for (const d of body.dropped) result.dropped.push(d);
    if (closed) for (const d of closedText(body)) result.dropped.push(d);
  }
  const items = parsed.map((p) => toItem(p, layout, p.closed));
  occurrences(split.items).forEach((occurrence, index) => {
    const raw = split.items[index]!;
    if (occurrence > 1) warn(file, `Unexpected item number ${raw.number} again ("${shorten(raw.title)}"), expected each number once: published as ${itemSegment({ number: raw.number, occurrence })}`, raw.line, ruleIds.duplicateItemNumber);
  });
  const participants = reconcileParticipants(header, parsed, committee, header.date, decoded.text);
  const municipality = publicMunicipality(file, resolveMunicipality(file, options, header.municipality, decoded.text));

  const meeting = assembleMeeting({ source: { path: publicSourcePath(file, options.path), sha256, format: 'text', bytes: bytes.length }, municipality, committee, header, date: header.date, items, participants });
  result.meeting = { ...meeting, warnings: [] };
  finish(result, options);
  if (!hasFatal(file)) result.meeting.warnings = warningsOf(file);
  return result;
}

function chosen(name: string, lines: Parameters<typeof chooseLayout>[0]): LayoutChoice | undefined {
  const layout = layoutByName(name);
  if (!layout) return undefined;
  const scored = chooseLayout(lines);
  return { layout, score: scored.scores.find((s) => s.name === name)?.score ?? 0, rules: [], scores: scored.scores };
}

/** The case text of a closed item, line by line: left out of the model, listed as dropped. */
function closedText(body: ParsedItem['body']): Dropped[] {
  return body.caseLines.map((line) => ({ line: line.line, text: line.text, reason: 'closed-item' }));
}

/** Each dropped line as an info message, in source order. */
function finish(result: ImportResult, options: ImportOptions): ImportResult {
  result.dropped.sort((a, b) => a.line - b.line);
  if (options.droppedMessages !== true) return result;
  for (const d of result.dropped) {
    info(result.file, `Left out ${d.reason}${d.rule && d.rule !== d.reason ? ` (${d.rule})` : ''}: "${shorten(d.text.trim())}"`, d.line || null, dropRules[d.reason]);
  }
  return result;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * The municipality's name: the table's name for it (model/municipalities.ts) wherever it comes from, so a folder
 * "helsingor", a flat input whose text says "Helsingør Kommune" and `--municipality Helsingør` all give
 * "Helsingør Kommune". Order: --municipality, the folder, the name printed in the header or most often in the text.
 */
function resolveMunicipality(file: VFile, options: ImportOptions, printed: string | null, text: string): string | null {
  const table = tableOf(options.municipalities);
  if (options.municipality) return table.match(options.municipality)?.name ?? options.municipality;
  const fromText = printed ?? municipalityFromText(text);
  if (options.municipalityFolder) {
    const known = table.match(options.municipalityFolder);
    if (known) return known.name;
    // A folder "roskilde" and the text's "Roskilde Kommune" name the same municipality: prefer the printed name.
    return fromText && municipalitySlug(fromText, table) === municipalitySlug(options.municipalityFolder, table) ? fromText : folderName(options.municipalityFolder);
  }
  if (fromText) {
    const name = table.match(fromText)?.name ?? fromText;
    warn(file, `Municipality "${name}" inferred from the text; pass --municipality or use an <input>/<municipality>/ folder to be sure`, null, ruleIds.municipalityFromText);
    return name;
  }
  warn(file, 'Unexpected minutes without a municipality, expected --municipality, an <input>/<municipality>/ folder or "<Name> Kommune" in the text', null, ruleIds.unknownMunicipality);
  return null;
}

/** One table per list of config entries: a worker imports many files with the same list (a copy of it each time). */
let lastTable: { key: string; table: MunicipalityTable } | undefined;
function tableOf(entries: readonly MunicipalityEntry[] = []): MunicipalityTable {
  const key = JSON.stringify(entries);
  if (lastTable?.key !== key) lastTable = { key, table: municipalityTable(entries) };
  return lastTable.table;
}

/** "roskilde" → "Roskilde Kommune", "lyngby-taarbæk" → "Lyngby-Taarbæk Kommune"; a name written with capitals is kept as it is. */
export function folderName(folder: string): string {
  if (folder !== folder.toLowerCase()) return folder;
  const name = folder.replace(/[_]+/g, ' ').replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
  return /\skommune$/i.test(name) ? name : `${name} Kommune`;
}

/** Warnings and errors; info messages (what was left out on purpose) are listed by `parse --dropped`, not published. */
export function warningsOf(file: VFile): Warning[] {
  return file.messages.filter((m) => m.fatal !== undefined).map((m) => ({ line: m.line ?? null, message: m.reason, ruleId: m.ruleId ?? 'unknown', fatal: m.fatal === true }));
}

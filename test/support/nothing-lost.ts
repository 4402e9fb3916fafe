/**
 * Nothing of the source is lost: each source paragraph must be found in the
 * model, in the part of the model it belongs to (the header, or the item whose
 * lines it stands in), and a paragraph of prose must be found in order within
 * one field — not as words scattered over the meeting.
 *
 * A line may be missing only when the importer reported it as dropped *and*
 * it is one of the things a reader agrees can go, judged here independently
 * of the importer's rules: text the source repeats (running headers, labels,
 * titles printed twice), a table-of-contents line naming an item, a page
 * number, or the case text of an item the model marks closed.
 */
import type { Nodes } from 'mdast';
import type { Item, Meeting } from '../../src/model/meeting.ts';
import type { ImportResult } from '../../src/minutes/index.ts';

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** How a reader reads a line: markup gone, "Forven- tet" and line-end hyphens joined. */
function readable(text: string): string {
  return text
    .replace(/<\/?(?:ul|ol|li|br|p|span|div|font|i|em|b|strong|u)\b[^<>]*>/gi, ' ')
    .replace(/(\p{Ll})- (?!(?:og|eller|samt|til|som|men|end|el|&)(?!\p{L}))(?=\p{Ll})/gu, '$1');
}

// Words the model holds as structure (field labels, weekday and month names of dates it stores as ISO dates).
const structural = new Set(
  words(
    'REFERAT Referat af mødet i d den kl Mødedato Dato Tid Mødested Sted Mødedeltagere Deltagere Medlemmer Til stede Afbud Fraværende Forfald ' +
      'Punkt Pkt Sagsnr Beslutning Beslutninger Afgørelse pkt Bilag ' +
      'mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar marts april maj juni juli august september oktober november december',
  ),
);

function nodeText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  // An ordered list keeps its numbers as structure: "1. at …" reads with its number.
  if (node.type === 'list' && node.ordered) return node.children.map((c, i) => `${(node.start ?? 1) + i} ${nodeText(c)}`).join(' ');
  const own = node.type === 'link' ? ` ${node.url} ` : node.type === 'table' ? `${node.data?.caption ?? ''} ` : '';
  if ('children' in node) return own + node.children.map((c) => nodeText(c as Nodes)).join(' ');
  return own;
}

function itemFields(item: Item): string[] {
  return [
    `${item.number} ${item.title}`,
    ...item.caseNumbers,
    ...item.attachments,
    ...item.decisions.flatMap((d) => [`${d.committee ?? ''} ${dmy(d.date)}`, ...d.content.map(nodeText)]),
    ...item.sections.flatMap((s) => [s.heading, ...s.content.map(nodeText)]),
  ];
}

function headerFields(meeting: Meeting): string[] {
  return [
    `${meeting.municipality ?? ''}`,
    `${meeting.committee} ${meeting.term ?? ''}`,
    meeting.date,
    meeting.startTime ?? '',
    meeting.location ?? '',
    ...meeting.participants.map((p) => `${p.name} ${p.party ?? ''}`),
    // The table of contents names the items.
    ...meeting.items.map((i) => `${i.number} ${i.title}`),
  ];
}

/** The model's ISO date as minutes print it, so "…, 04-02-2021, pkt. 14" is found in order. */
function dmy(date: string | null): string {
  return date ? date.split('-').reverse().join('-') : '';
}

function isSubsequence(needle: readonly string[], haystack: readonly string[]): boolean {
  let at = 0;
  for (const word of haystack) if (word === needle[at] && ++at === needle.length) return true;
  return needle.length === 0;
}

/** Returns one line per missing word or paragraph: `file:line: …`. */
export function lostText(name: string, source: string, result: ImportResult): string[] {
  const meeting = result.meeting!;
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const occurrences = new Map<string, number>();
  for (const line of lines) occurrences.set(line.trim(), (occurrences.get(line.trim()) ?? 0) + 1);
  const closedRanges = meeting.items
    .map((item, index) => ({ item, end: meeting.items[index + 1]?.line ?? Infinity }))
    .filter(({ item }) => item.closed);
  const titles = new Set(meeting.items.map((i) => words(i.title).join(' ')));

  const mayGo = (line: number, text: string): boolean => {
    const t = text.trim();
    if ((occurrences.get(t) ?? 0) >= 2 || countIn(source, t) >= 2) return true;
    if (/^(?:Side|Page)\s+\d+(?:\s*(?:af|of|\/)\s*\d+)?$|^\d{1,3}\s*\/\s*\d{1,3}$/i.test(t)) return true;
    // "Pkt. 14 Beslutninger om dagsordenen", "Dagsordenpunkt**Placering af en": the item's title (or part of it) printed again.
    const run = words(t);
    if ([...titles].some((title) => title !== '' && (` ${title} `.includes(` ${run.join(' ')} `) || ` ${title} `.includes(` ${run.slice(1).join(' ')} `) || run.join(' ').endsWith(title)))) return true;
    const toc = /^(.*?)(?:\.{3,}|\t)\s*\d+$/.exec(t);
    if (toc && [...titles].some((title) => title.startsWith(words(toc[1]!).join(' ').slice(0, 30)))) return true;
    if (/^(?:Indholdsfortegnelse|Indhold|Dagsorden)$/i.test(t)) return true;
    if (closedRanges.some(({ item, end }) => line > item.line && line < end)) return true;
    // A decision heading over nothing ("<Udvalg>, 04-02-2021, pkt. 19" then "-"), on an item the model says has no decision.
    const item = itemAt(line);
    if (item && item.decision === null) {
      const known = new Set([...structural, ...words(`${meeting.committee} ${meeting.term ?? ''} ${dmy(meeting.date)} ${item.number}`)]);
      if (words(t).every((w) => known.has(w))) return true;
    }
    return false;
  };
  function itemAt(line: number): Item | undefined {
    let found: Item | undefined;
    for (const item of meeting.items) if (item.line <= line) found = item;
    return found;
  }

  const dropped = new Map<number, string[]>();
  const problems: string[] = [];
  for (const d of result.dropped) {
    if (!mayGo(d.line, d.text)) problems.push(`${name}:${d.line}: dropped as ${d.reason} but not furniture: ${d.text.trim()}`);
    dropped.set(d.line, [...(dropped.get(d.line) ?? []), d.text]);
  }

  const scopeOf = (line: number): string[] => {
    let scope = headerFields(meeting);
    for (const item of meeting.items) if (item.line <= line) scope = itemFields(item);
    return scope;
  };

  // Paragraphs: runs of non-blank lines, each line without the parts the importer dropped.
  const paragraphs: Array<Array<{ line: number; text: string }>> = [];
  let paragraph: Array<{ line: number; text: string }> = [];
  const close = () => {
    if (paragraph.length > 0) paragraphs.push(paragraph);
    paragraph = [];
  };
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    let text = raw;
    for (const part of dropped.get(lineNumber) ?? []) text = text.replace(part.trim(), ' ');
    if (raw.trim() === '') return close();
    if (text.trim() === '') return;
    paragraph.push({ line: lineNumber, text });
  });
  close();
  // "un-" at a page's end and "derstøtte" after the running header: one word across two paragraphs.
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const last = paragraphs[i]![paragraphs[i]!.length - 1]!;
    const next = paragraphs[i + 1]![0]!;
    const end = /(\p{L}+)-\s*$/u.exec(last.text);
    const start = /^\s*(\p{Ll}+)/u.exec(next.text);
    if (end && start) {
      last.text = last.text.slice(0, end.index) + end[1] + start[1];
      next.text = next.text.slice(start[0].length);
    }
  }
  for (const p of paragraphs) check(p);
  return problems;

  function check(paragraph: Array<{ line: number; text: string }>): void {
    const first = paragraph[0]!.line;
    const scope = scopeOf(first).map((f) => words(readable(f)));
    const bag = new Set(scope.flat());
    // Line-end hyphenation: "Kulturfor-" + "valtningen" is one word.
    const text = readable(paragraph.map((p) => p.text.trim()).join('\n').replace(/(\p{Ll})-\s*\**\n\**(?=\p{Ll})/gu, '$1'));
    const content = words(text).filter((w) => !structural.has(w));
    const missing = content.filter((w) => !bag.has(w));
    for (const word of missing) problems.push(`${name}:${first}: ${word}`);
    const inHeader = !meeting.items.some((item) => item.line <= first);
    // Prose is found in order; a heading-like line ("<Udvalg>, 04-02-2021, pkt. 14") holds its words as structure.
    const prose = paragraph.length > 1 || /[.!?:;)"”]$/.test(text.trim());
    if (!inHeader && prose && missing.length === 0 && content.length >= 6 && !scope.some((field) => isSubsequence(content, field))) {
      problems.push(`${name}:${first}: paragraph not found in order: ${text.slice(0, 60)}`);
    }
  }
}

function countIn(text: string, part: string): number {
  if (part.length < 3) return 0;
  let count = 0;
  for (let at = text.indexOf(part); at !== -1 && count < 2; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

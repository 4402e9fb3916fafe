/**
 * One agenda item's body → case numbers, sections, decisions, attachments.
 *
 * Known headings (see headings.ts) open sections; decision headings open
 * decisions; "Bilag" opens the attachment list; "Afbud:"/"Fraværende:" open
 * an attendance section. Vendor labels and the item title repeated under
 * them are reported as dropped furniture, never silently discarded.
 */
import type { BlockContent } from 'mdast';
import type { Decision, Section, SectionKind } from '../model/types.ts';
import type { Dropped } from './furniture.ts';
import { isBlank, type Line } from './lines.ts';
import { isAttachmentsHeading, isItemLabel, parseDecisionHeading, sectionKindOf, type DecisionHeading } from './headings.ts';
import { isSubHeading, toBlocks } from './blocks.ts';
import { plainText } from './plain-text.ts';
import { parseParticipants } from './header.ts';

export interface ItemBody {
  caseNumbers: string[];
  closed: boolean;
  sections: Section[];
  decisions: Decision[];
  attachments: string[];
  /** Names listed under "Afbud:"/"Fraværende:" after a decision, with that decision's committee. */
  absences: Array<{ committee: string | null; date: string | null; names: Array<{ name: string; party: string | null }> }>;
  dropped: Dropped[];
}

type Container =
  | { type: 'section'; heading: string; kind: SectionKind; lines: Line[] }
  | { type: 'decision'; heading: DecisionHeading; lines: Line[] }
  | { type: 'attachments'; lines: Line[] };

/** Whole-line case numbers: 19/11679, 2018/01267, 00.30.04-S00-1-21, KLE "00.01.00G01-0006 17". */
const caseNumberLine = /^(?!\d{1,2}\.\d{1,2}\.\d{4}$)(?=.*\d)[\dA-ZÆØÅ]{1,4}(?:[./-][\dA-ZÆØÅ]{1,6}){1,5}(?: \d{2})?$/;
const sagsnr = /^Sagsnr\.?\s*(?<number>[\d][\d./-]*)?(?:\s+(?<rest>.*))?$/i;
const openMarker = /^(Åbent|Lukket)\s+punkt$/i;
const endsInBold = /^.*\*\*$/;

/** Section kinds whose bodies may hold sub-headings (not name lists, decisions or recommendations). */
const prose = new Set<SectionKind>(['summary', 'introduction', 'case', 'background', 'proposal', 'administration', 'effect', 'economy', 'policy', 'other']);

export function parseItemBody(body: readonly Line[], item: { number: number; title: string }): ItemBody {
  const result: ItemBody = { caseNumbers: [], closed: false, sections: [], decisions: [], attachments: [], absences: [], dropped: [] };
  const containers: Container[] = [];
  let current: Container | undefined;
  let preamble = true;
  let afterSagsnr = false;
  let expectNumber = false;
  const lines = splitGluedHeadings(body);

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (text === '') {
      current?.lines.push(line);
      continue;
    }
    // Gladsaxe: "Dagsordenpunkt" then the title again, or "Dagsordenpunkt**title**" glued (possibly over lines).
    if (isItemLabel(text)) {
      result.dropped.push({ line: line.line, text: line.text, reason: 'label' });
      i = skipRepeatedTitle(lines, i, item.title, result.dropped);
      continue;
    }
    if (preamble) {
      if (expectNumber && /^\d[\d./-]*$/.test(text)) {
        result.caseNumbers.push(text);
        expectNumber = false;
        continue;
      }
      const nr = sagsnr.exec(text);
      if (nr) {
        if (nr.groups?.number) result.caseNumbers.push(nr.groups.number);
        else expectNumber = true;
        const rest = nr.groups?.rest?.trim();
        if (rest) {
          const marker = /(?:^|\s)(Åbent|Lukket)\s+punkt$/i.exec(rest);
          if (marker && /^lukket/i.test(marker[1]!)) result.closed = true;
          result.dropped.push({ line: line.line, text: rest, reason: marker ? 'open-marker' : 'label' });
        }
        afterSagsnr = true;
        continue;
      }
      if (caseNumberLine.test(text)) {
        result.caseNumbers.push(text);
        continue;
      }
      if (text === 'sagsfremstilling') {
        result.dropped.push({ line: line.line, text: line.text, reason: 'label' });
        continue;
      }
      if (new RegExp(`^Pkt\\.\\s*${item.number}\\b`).test(text)) {
        result.dropped.push({ line: line.line, text: line.text, reason: 'repeated-title' });
        continue;
      }
      const marker = openMarker.exec(text);
      if (marker) {
        if (/^lukket/i.test(marker[1]!)) result.closed = true;
        result.dropped.push({ line: line.line, text: line.text, reason: 'open-marker' });
        afterSagsnr = false;
        continue;
      }
      if (afterSagsnr && !opensContainer(text)) {
        // Roskilde: the responsible committee between "Sagsnr." and "Åbent punkt".
        result.dropped.push({ line: line.line, text: line.text, reason: 'label' });
        continue;
      }
    }
    const opened = openContainer(text);
    if (opened) {
      preamble = false;
      afterSagsnr = false;
      current = opened;
      containers.push(current);
      continue;
    }
    if (!current) {
      preamble = false;
      const heading = isSubHeading(text) && nextContentIndex(lines, i + 1) !== undefined ? text : '';
      current = { type: 'section', heading, kind: 'other', lines: [] };
      containers.push(current);
      if (heading !== '') continue;
    }
    current.lines.push(line);
  }

  let lastDecision: DecisionHeading | undefined;
  const attachments = new Set<string>(); // not attachments.includes(): quadratic in a long list
  for (const container of containers) {
    if (container.type === 'attachments') {
      for (const line of container.lines) {
        const name = line.text.trim().replace(/^[-–•]\s+/, '');
        if (name !== '' && !attachments.has(name)) {
          attachments.add(name);
          result.attachments.push(name);
        }
      }
      continue;
    }
    if (container.type === 'decision') {
      lastDecision = container.heading;
      const content = toBlocks(container.lines, { subHeadings: false });
      const text = plainText(content);
      if (text === '' || /^[-–]$/.test(text)) continue; // "-" is how some vendors print "no decision"
      result.decisions.push({ committee: container.heading.committee, date: container.heading.date, text, content });
      continue;
    }
    const content: BlockContent[] = toBlocks(container.lines, { subHeadings: prose.has(container.kind) });
    result.sections.push({ heading: container.heading, kind: container.kind, text: plainText(content), content });
    if (container.kind === 'attendance') {
      const names = container.lines
        .map((l) => l.text.trim())
        .filter((t) => t !== '')
        .flatMap((t) => parseParticipants(t))
        .map(({ name, party }) => ({ name, party }));
      result.absences.push({ committee: lastDecision?.committee ?? null, date: lastDecision?.date ?? null, names });
    }
  }
  return result;
}

function opensContainer(text: string): boolean {
  return openContainer(text) !== undefined;
}

function openContainer(text: string): Container | undefined {
  const decision = parseDecisionHeading(text);
  if (decision) return { type: 'decision', heading: decision, lines: [] };
  if (isAttachmentsHeading(text)) return { type: 'attachments', lines: [] };
  const kind = sectionKindOf(text);
  if (kind) return { type: 'section', heading: displayHeading(text), kind, lines: [] };
  return undefined;
}

/** The heading as printed, without extraction markers and a trailing colon. */
function displayHeading(text: string): string {
  return text.trim().replace(/^\*\*(.*)\*\*$/, '$1').replace(/\s*:$/, '');
}

/** "Bilag**Relateret behandling**" → "Bilag" and "Relateret behandling". */
function splitGluedHeadings(lines: readonly Line[]): Line[] {
  return lines.flatMap((line) => {
    const text = line.text.trim();
    // Only a one-line text ending in "**" can match; the lazy regex would rescan the line from every "**" in it.
    const glued = endsInBold.test(text) ? /^(.+?)\*\*(.+)\*\*$/.exec(text) : null;
    if (glued && openContainer(glued[1]!) && openContainer(glued[2]!)) {
      return [{ ...line, text: glued[1]! }, { ...line, text: '' }, { ...line, text: glued[2]! }];
    }
    return [line];
  });
}

function skipRepeatedTitle(lines: readonly Line[], index: number, title: string, dropped: Dropped[]): number {
  const first = lines[index]!.text.trim();
  const glued = first.replace(/^Dagsordenpunkt/, '');
  if (glued.startsWith('**')) {
    if (glued.length > 2 && glued.endsWith('**')) return index;
    // The bold title wrapped: it closes on one of the next lines of the same paragraph. Without a
    // closing "**" nothing more is dropped, so a malformed label cannot swallow the item's text.
    for (let i = index + 1; i < lines.length && i <= index + 3 && !isBlank(lines[i]); i++) {
      if (!lines[i]!.text.trim().endsWith('**')) continue;
      for (let j = index + 1; j <= i; j++) dropped.push({ line: lines[j]!.line, text: lines[j]!.text, reason: 'repeated-title' });
      return i;
    }
    return index;
  }
  const next = nextContentIndex(lines, index + 1);
  if (next === undefined) return index;
  const candidate = lines[next]!.text.trim().replace(/^\*\*|\*\*$/g, '');
  if (sameTitle(candidate, title)) {
    dropped.push({ line: lines[next]!.line, text: lines[next]!.text, reason: 'repeated-title' });
    return next;
  }
  return index;
}

export function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[“”„"]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

function nextContentIndex(lines: readonly Line[], from: number): number | undefined {
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i])) return i;
  return undefined;
}


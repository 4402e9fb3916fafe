/**
 * One agenda item's body → case numbers, sections, decisions, attachments.
 *
 * Known headings (see headings.ts) open sections; decision headings open
 * decisions; "Bilag" opens the attachment list; "Afbud:"/"Fraværende:" open
 * an attendance section. Vendor labels and the item title repeated under
 * them are reported as dropped furniture, never silently discarded.
 */
import type { BlockContent } from 'mdast';
import type { Decision, Section, SectionKind } from '../model/meeting.ts';
import type { Dropped } from './furniture.ts';
import { isBlank, type Line } from './lines.ts';
import type { LabelRule, Layout } from './layouts/layout.ts';
import { isAttachmentsHeading, parseDecisionHeading, sectionKindOf, type DecisionHeading } from './headings.ts';
import { isSubHeading, toBlocks } from './blocks.ts';
import { plainText } from './plain-text.ts';
import { parseParticipants } from './header.ts';

export interface ItemBody {
  caseNumbers: string[];
  /** A closed marker stood in the item ("Lukket punkt"): the line it stood on. */
  closedAt: number | null;
  sections: Section[];
  decisions: Decision[];
  attachments: string[];
  /** Names listed under "Afbud:"/"Fraværende:" after a decision, with that decision's committee. */
  absences: Array<{ committee: string | null; date: string | null; names: Array<{ name: string; party: string | null; role: string | null }> }>;
  dropped: Dropped[];
  /** The non-blank lines read into sections and attachments: what a closed item leaves out. */
  caseLines: Line[];
}

type Container =
  | { type: 'section'; heading: string; kind: SectionKind; lines: Line[] }
  | { type: 'decision'; heading: DecisionHeading; line: Line; lines: Line[] }
  | { type: 'attachments'; lines: Line[] };

/** Section kinds whose bodies may hold sub-headings (not name lists, decisions or recommendations). */
const prose = new Set<SectionKind>(['summary', 'introduction', 'case', 'background', 'proposal', 'administration', 'effect', 'economy', 'policy', 'other']);

const endsInBold = /^.*\*\*$/;
const trailingMarker = /(?:^|\s)((?:Åbent|Lukket)\s+punkt)$/i;

export function parseItemBody(body: readonly Line[], item: { number: number; title: string }, layout: Layout): ItemBody {
  const result: ItemBody = { caseNumbers: [], closedAt: null, sections: [], decisions: [], attachments: [], absences: [], dropped: [], caseLines: [] };
  const containers: Container[] = [];
  let current: Container | undefined;
  let preamble = true;
  let afterCaseNumber = false;
  let expectNumber = false;
  const lines = splitGluedHeadings(body, layout);
  const repeatedTitle = new RegExp(`^(?:Pkt\\.?|Punkt)\\s*${item.number}\\b`);

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (text === '') {
      current?.lines.push(line);
      continue;
    }
    const label = labelAt(text, layout, preamble, afterCaseNumber);
    if (label) {
      result.dropped.push({ line: line.line, text: line.text, reason: 'label', rule: label.rule });
      if (label.where !== 'after-case-number') i = skipRepeatedTitle(lines, i, item.title, result.dropped);
      continue;
    }
    if (text.length < 60 && layout.closed.lines.some((form) => form.test(text))) {
      result.closedAt ??= line.line;
      result.dropped.push({ line: line.line, text: line.text, reason: 'open-marker', rule: 'closed-marker' });
      afterCaseNumber = false;
      continue;
    }
    if (text.length < 60 && layout.closed.open.some((form) => form.test(text))) {
      result.dropped.push({ line: line.line, text: line.text, reason: 'open-marker', rule: 'open-marker' });
      afterCaseNumber = false;
      continue;
    }
    if (preamble) {
      if (expectNumber && /^\d[\d./-]*$/.test(text)) {
        result.caseNumbers.push(text);
        expectNumber = false;
        continue;
      }
      const nr = text.length < 500 ? layout.caseNumbers.label.exec(text) : null;
      if (nr) {
        if (nr.groups?.number) result.caseNumbers.push(nr.groups.number);
        else expectNumber = true;
        afterCaseNumber = true;
        const rest = nr.groups?.rest?.trim();
        if (rest) i = keepRest(lines, i, rest, result, layout);
        continue;
      }
      if (layout.caseNumbers.lines.some((form) => form.test(text))) {
        result.caseNumbers.push(text);
        continue;
      }
      // "Pkt. 14 Beslutninger om dagsordenen": the title again, with or without its number — not prose that names the item.
      const numbered = repeatedTitle.exec(text);
      const rest = numbered ? text.slice(numbered[0].length).trim() : text;
      if ((numbered && rest === '') || sameTitle(rest, item.title)) {
        result.dropped.push({ line: line.line, text: line.text, reason: 'repeated-title' });
        continue;
      }
    }
    const opened = openContainer(text, layout);
    if (opened) {
      preamble = false;
      afterCaseNumber = false;
      if (opened.type !== 'decision') result.caseLines.push(line);
      else opened.line = line;
      current = opened;
      containers.push(current);
      continue;
    }
    afterCaseNumber = false;
    if (!current) {
      preamble = false;
      const heading = isSubHeading(text) && nextContentIndex(lines, i + 1) !== undefined ? text : '';
      current = { type: 'section', heading, kind: 'other', lines: [] };
      containers.push(current);
      if (heading !== '') {
        result.caseLines.push(line);
        continue;
      }
    }
    current.lines.push(line);
  }

  let lastDecision: DecisionHeading | undefined;
  const attachments = new Set<string>(); // not attachments.includes(): quadratic in a long list
  for (const container of containers) {
    if (container.type !== 'decision') for (const l of container.lines) if (!isBlank(l)) result.caseLines.push(l);
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
      if (text === '' || /^[-–]$/.test(text)) {
        // "-" is how some vendors print "no decision": the heading and the dash are left out, and listed.
        for (const l of [container.line, ...container.lines]) if (!isBlank(l)) result.dropped.push({ line: l.line, text: l.text, reason: 'empty-decision' });
        continue;
      }
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
        .map(({ name, party, role }) => ({ name, party, role }));
      result.absences.push({ committee: lastDecision?.committee ?? null, date: lastDecision?.date ?? null, names });
    }
  }
  return result;
}

/**
 * What follows "Sagsnr. 123" on its line: an open/closed marker and the
 * responsible committee are labels where the layout says so; anything else is
 * the item's text and is read as the line it would have been.
 */
function keepRest(lines: Line[], index: number, rest: string, result: ItemBody, layout: Layout): number {
  const line = lines[index]!;
  let text = rest;
  const marker = trailingMarker.exec(text);
  if (marker) {
    if (/^lukket/i.test(marker[1]!)) result.closedAt ??= line.line;
    result.dropped.push({ line: line.line, text: marker[1]!, reason: 'open-marker', rule: /^lukket/i.test(marker[1]!) ? 'closed-marker' : 'open-marker' });
    text = text.slice(0, marker.index).trim();
  }
  if (text === '') return index;
  const label = layout.labels.find((rule) => rule.where === 'after-case-number' && rule.pattern.test(text));
  if (label) {
    result.dropped.push({ line: line.line, text, reason: 'label', rule: label.rule });
    return index;
  }
  // Read the rest again as a line of its own.
  lines[index] = { ...line, text };
  return index - 1;
}

function labelAt(text: string, layout: Layout, preamble: boolean, afterCaseNumber: boolean): LabelRule | undefined {
  if (text.length > 300) return undefined;
  return layout.labels.find(
    (rule) => (rule.where === 'anywhere' || (rule.where === 'preamble' && preamble) || (rule.where === 'after-case-number' && afterCaseNumber)) && rule.pattern.test(text),
  );
}

function openContainer(text: string, layout: Layout): Container | undefined {
  const decision = parseDecisionHeading(text, layout);
  if (decision) return { type: 'decision', heading: decision, line: { line: 0, text }, lines: [] };
  if (isAttachmentsHeading(text, layout)) return { type: 'attachments', lines: [] };
  const kind = sectionKindOf(text, layout);
  if (kind) return { type: 'section', heading: displayHeading(text), kind, lines: [] };
  return undefined;
}

/** The heading as printed, without extraction markers and a trailing colon. */
function displayHeading(text: string): string {
  return text.trim().replace(/^\*\*(.*)\*\*$/, '$1').replace(/\s*:$/, '');
}

/** "Bilag**Relateret behandling**" → "Bilag" and "Relateret behandling". */
function splitGluedHeadings(lines: readonly Line[], layout: Layout): Line[] {
  return lines.flatMap((line) => {
    const text = line.text.trim();
    // Only a line ending in "**" can match; the lazy regex would rescan the line from every "**" in it.
    const glued = text.length < 300 && endsInBold.test(text) ? /^(.+?)\*\*(.+)\*\*$/.exec(text) : null;
    if (glued && openContainer(glued[1]!, layout) && openContainer(glued[2]!, layout)) {
      return [{ ...line, text: glued[1]! }, { ...line, text: '' }, { ...line, text: glued[2]! }];
    }
    return [line];
  });
}

function skipRepeatedTitle(lines: readonly Line[], index: number, title: string, dropped: Dropped[]): number {
  const first = lines[index]!.text.trim();
  const glued = first.includes('**') ? first.slice(first.indexOf('**')) : '';
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


/**
 * The importer's regexes and inline parser as they were before issue 10
 * (quadratic on long runs, but the agreed behaviour): the oracle that the
 * linear versions are compared with on random short input.
 */
import type { PhrasingContent } from 'mdast';
import { isBlank, type Line } from '../../src/minutes/lines.ts';
import type { Participant } from '../../src/model/meeting.ts';

export function toLinesText(t: string): string {
  return t.replace(/[ \u00a0]+$/, '').replace(/^\u00a0+$/, '');
}

const safeScheme = /^(?:https?:\/\/|mailto:)/i;
const formattingTag = String.raw`(?:ul|ol|li|br|p|span|div|font|i|em|b|strong|u)`;

const token = new RegExp(
  [
    String.raw`\[(?<linkText>[^\]\n]+)\]\((?<linkUrl>(?:\\.|[^()\s\\]|\([^()\s]*\))+)\)`,
    String.raw`<(?<auto>(?:https?|mailto):[^<>\s]+)>`,
    String.raw`(?<![\w/@])(?<bare>https?:\/\/[^\s<>()"”]+[^\s<>().,;:!?"'”])`,
    String.raw`\*\*(?=\S)(?<strong>[^]+?)(?<=\S)\*\*`,
    String.raw`<(?<tag>i|em|b|strong|u)>(?<tagged>[^]*?)<\/\k<tag>>`,
    String.raw`<\/?${formattingTag}\b[^<>]*>`,
    String.raw`(?<![\w*])\*(?=[^\s*])(?<em>[^*\n]+?)(?<=[^\s*])\*(?![\w*])`,
  ].join('|'),
  'giu',
);

function isSafeUrl(url: string): boolean {
  return safeScheme.test(url.trim());
}

export function parseInline(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(token)) {
    const groups = match.groups ?? {};
    const index = match.index ?? 0;
    const before = text.slice(last, index);
    let node: PhrasingContent | PhrasingContent[] | undefined;
    if (groups.linkUrl !== undefined) {
      const url = groups.linkUrl.replace(/\\(.)/g, '$1');
      node = isSafeUrl(url) ? { type: 'link', url, children: [{ type: 'text', value: groups.linkText! }] } : undefined;
    } else if (groups.auto !== undefined) {
      node = { type: 'link', url: groups.auto, children: [{ type: 'text', value: groups.auto }] };
    } else if (groups.bare !== undefined) {
      node = { type: 'link', url: groups.bare, children: [{ type: 'text', value: groups.bare }] };
    } else if (groups.strong !== undefined) {
      node = { type: 'strong', children: parseInline(groups.strong) };
    } else if (groups.tag !== undefined) {
      const children = parseInline(groups.tagged ?? '');
      if (children.length === 0) node = [];
      else node = /^(?:b|strong)$/i.test(groups.tag) ? { type: 'strong', children } : { type: 'emphasis', children };
    } else if (groups.em !== undefined) {
      node = { type: 'emphasis', children: parseInline(groups.em) };
    } else {
      node = []; // a bare formatting tag (<ul …>, <br>): the markup goes, its text stays
    }
    if (node === undefined) continue; // unsafe link: left in place as plain text
    pushText(out, before);
    if (Array.isArray(node)) {
      if (/^<br\b/i.test(match[0])) pushText(out, ' ');
    } else out.push(node);
    last = index + match[0].length;
  }
  pushText(out, text.slice(last));
  return out;
}

function pushText(out: PhrasingContent[], value: string): void {
  if (value === '') return;
  const previous = out[out.length - 1];
  if (previous?.type === 'text') previous.value += value;
  else out.push({ type: 'text', value });
}

// reflow.ts before issue 10
const tocLine = /\.{4,}\t?\s*\d+\s*$/;
const hyphenatedEnd = /\p{Ll}-$/u;
const startsLower = /^\p{Ll}/u;
const endsOpen = /[\p{L}\p{N}]$/u;

/**
 * Width the document was wrapped at, or Infinity when its lines are not
 * wrapped. A wrapped document has (almost) no line over ~100 characters —
 * the odd unbreakable URL aside — while unwrapped minutes have many.
 */
export function wrapWidthOf(lines: readonly Line[]): number {
  const lengths = lines
    .map((l) => l.text)
    .filter((t) => t.trim() !== '' && !t.includes('\t') && !tocLine.test(t))
    .map((t) => t.length);
  const long = lengths.filter((n) => n > 100).length;
  const fitting = lengths.filter((n) => n <= 100);
  if (fitting.length === 0 || long > Math.max(2, lengths.length / 50)) return Infinity;
  const max = Math.max(...fitting);
  const nearMax = fitting.filter((n) => n >= max - 25).length;
  // As the importer since issue 9: wrapping leaves sentences running on to the next line.
  let runOns = 0;
  for (let i = 0; i + 1 < lines.length && runOns < 3; i++) {
    if (lines[i]!.text.trim() !== '' && /^\p{Ll}/u.test(lines[i + 1]!.text.trimStart()) && !lines[i]!.text.includes('\t')) runOns++;
  }
  return nearMax >= 5 && runOns >= 3 ? max : Infinity;
}

/** A line starting like a list item or markup is never a continuation: wrapping does not put one there. */
const markerToken = /^(?:[-–—•?*+]+|\d+[.)]|\p{L}[.)]|\*\*.*|<.*|Punkt|Pkt\.)$/u;

/**
 * The part of a line that a line-breaker could not have split: the first
 * word, plus what may not be separated from it (a word ending in "-" keeps the
 * next word, "Beskæftigelses- og"; a dash or bullet keeps the word before it).
 */
function unbreakableHead(text: string): string {
  const tokens = text.trimStart().split(' ');
  let head = tokens[0] ?? '';
  for (let i = 0; i + 1 < tokens.length && (tokens[i]!.endsWith('-') || markerToken.test(tokens[i + 1]!)); i++) {
    head += ` ${tokens[i + 1]}`;
  }
  return head;
}

export function reflowLines(lines: readonly Line[], isHeading: (text: string) => boolean): Line[] {
  const width = wrapWidthOf(lines);
  const joined: Line[] = [];
  // Length of the last physical line in `previous`: the wrap test is about that line, not what was joined before it.
  let physical = 0;
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (previous && !isBlank(previous) && !isBlank(line) && joinable(previous.text, line.text)) {
      if (hyphenatedEnd.test(previous.text) && startsLower.test(line.text.trimStart())) {
        previous.text = previous.text.slice(0, -1) + line.text.trimStart();
        physical = line.text.length;
        continue;
      }
      const firstToken = line.text.trimStart().split(' ')[0] ?? '';
      const head = unbreakableHead(line.text);
      if (!markerToken.test(firstToken) && physical + 1 + head.length > width) {
        previous.text = `${previous.text} ${line.text.trimStart()}`;
        physical = line.text.length;
        continue;
      }
    }
    joined.push({ ...line });
    physical = line.text.length;
  }
  return joinSplitParagraphs(joined, isHeading);
}

function joinable(a: string, b: string): boolean {
  return !a.includes('\t') && !b.includes('\t') && !tocLine.test(a) && !tocLine.test(b);
}

/** "…blandt virksomheder og\n\nsamarbejdspartnere …": one paragraph that a page break split. */
function joinSplitParagraphs(lines: Line[], isHeading: (text: string) => boolean): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line) && out.length > 0) {
      let next = i;
      while (next < lines.length && isBlank(lines[next])) next++;
      const previous = out[out.length - 1]!;
      const following = lines[next];
      if (
        following &&
        !isBlank(previous) &&
        joinable(previous.text, following.text) &&
        !isHeading(previous.text.trim()) &&
        // Prose, not a label or a case number ("27.00.00P05-0001 20" above "sagsfremstilling").
        previous.text.trim().split(/\s+/).length >= 4 &&
        startsLower.test(following.text.trimStart()) &&
        (endsOpen.test(previous.text) || hyphenatedEnd.test(previous.text))
      ) {
        previous.text = hyphenatedEnd.test(previous.text)
          ? previous.text.slice(0, -1) + following.text.trimStart()
          : `${previous.text} ${following.text.trimStart()}`;
        i = next;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

// header.ts parseParticipants before issue 10
export function parseParticipantsOf(text: string): Array<Omit<Participant, 'role'>> {
  return text
    .split(/\s*,\s*|\s+og\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      let absent = false;
      let party: string | null = null;
      let name = part;
      for (const mark of part.matchAll(/\s*\(([^)]*)\)/g)) {
        const inner = mark[1]!.trim();
        if (/^(afbud|fraværende|forfald)$/i.test(inner)) absent = true;
        else if (isPartyLetter(inner)) party = inner;
        name = name.replace(mark[0], '');
      }
      return { name: name.trim(), party, absent };
    })
    .filter((p) => p.name !== '');
}

function isPartyLetter(text: string): boolean {
  return /^[A-ZÆØÅ]{1,2}$/.test(text);
}

// to-model.ts reconcileParticipants' party lookup before issue 10
export function partyFromMentions(participants: Array<Omit<Participant, 'role'>>, fullText: string): Array<Omit<Participant, 'role'>> {
  const out = participants.map((p) => ({ ...p }));
  for (const participant of out) {
    if (participant.party) continue;
    const escaped = participant.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const mention = new RegExp(`${escaped} \\(([^)]{1,3})\\)`).exec(fullText);
    if (mention && isPartyLetter(mention[1]!)) participant.party = mention[1]!;
  }
  return out;
}

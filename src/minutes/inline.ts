/**
 * Inline markup left behind by the extraction, turned into mdast phrasing
 * content: `**bold**`, `*emphasis*`, `<i>`/`<b>` fragments, `<https://…>`
 * autolinks, `[text](url)` links and bare web addresses.
 *
 * Only http:, https: and mailto: targets become links. Anything else
 * (`javascript:`, `data:` …) stays visible as the literal text it was.
 * Unpaired markers (footnote stars like "Korsløkken*") stay literal too.
 */
import type { PhrasingContent } from 'mdast';

const safeScheme = /^(?:https?:\/\/|mailto:)/i;
const formattingTag = String.raw`(?:ul|ol|li|br|p|span|div|font|i|em|b|strong|u)`;
/**
 * Presentational attributes an export leaves on its tags (`<ul style="…">`):
 * such a tag is dropped as markup. A tag with any other attribute
 * (`<b onmouseover=…>`) is not what an export writes: it stays as visible text.
 */
const presentational = String.raw`(?:\s+(?:style|class|type|face|size|color|align|dir|lang)\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s<>"']+))*\s*\/?`;
const formattingMarkup = new RegExp(String.raw`^<\/?${formattingTag}${presentational}>$`, 'i');
const anyFormattingTag = new RegExp(String.raw`<\/?${formattingTag}\b[^<>]*>`, 'gi');

/** The first formatting tag in `text` that will be shown as text (it has other attributes), if any. */
export function keptMarkup(text: string): string | undefined {
  if (!text.includes('<')) return undefined;
  for (const match of text.matchAll(anyFormattingTag)) if (!formattingMarkup.test(match[0])) return match[0];
  return undefined;
}

/**
 * The markers, tried in this order at each position. Bold, `<b>…</b>` and
 * `[text](url)` are only their openers here: a lazy `[^]+?` up to the closer
 * would scan to the end of the text for every opener that never closes, which
 * is quadratic ("**ord **ord …"). Their closers are found by `Closers` below,
 * with the same result the lazy regex gave.
 */
const token = new RegExp(
  [
    String.raw`(?<linkOpen>\[)(?=[^\]\n])`,
    String.raw`<(?<auto>(?:https?|mailto):[^<>\s]+)>`,
    String.raw`(?<![\w/@])(?<bare>https?:\/\/[^\s<>()"”]+[^\s<>().,;:!?"'”])`,
    String.raw`(?<strongOpen>\*\*)(?=\S)`,
    String.raw`<(?<tagOpen>i|em|b|strong|u)>`,
    String.raw`<\/?${formattingTag}(?![\w-])${presentational}>`,
    String.raw`(?<![\w*])\*(?=[^\s*])(?<em>[^*\n]+?)(?<=[^\s*])\*(?![\w*])`,
  ].join('|'),
  'giu',
);
/** After a link's text: `](target)`. */
const linkTarget = /\]\((?<linkUrl>(?:\\.|[^()\s\\]|\([^()\s]*\))+)\)/uy;
const tagClosers = new Map<string, RegExp>();
const whitespace = /\s/u;

export function isSafeUrl(url: string): boolean {
  return safeScheme.test(url.trim());
}

/**
 * Finds closers for openers met from left to right in one text. A search that
 * fails is remembered, so every later opener of that kind fails at once; a
 * search that succeeds ends where the caller continues. Each character is
 * scanned a bounded number of times.
 */
class Closers {
  private noStrong = false;
  private readonly noTag = new Set<string>();
  private linkEnd = -1;
  private linkAt: { url: string; end: number } | undefined;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  /** `**` after `from` (at least one character on) with no whitespace before it, as `(?<=\S)\*\*` after `[^]+?`. */
  strong(from: number): number {
    if (this.noStrong) return -1;
    let at = this.text.indexOf('**', from + 1);
    while (at !== -1 && whitespace.test(this.text.charAt(at - 1))) at = this.text.indexOf('**', at + 1);
    if (at === -1) this.noStrong = true;
    return at;
  }

  /** The first `</tag>` at or after `from`, in any case, as `[^]*?<\/\k<tag>>`. */
  tag(tag: string, from: number): { at: number; end: number } | undefined {
    const key = tag.toLowerCase();
    if (this.noTag.has(key)) return undefined;
    let closer = tagClosers.get(tag);
    if (!closer) tagClosers.set(tag, (closer = new RegExp(String.raw`<\/${tag}>`, 'giu')));
    closer.lastIndex = from;
    const match = closer.exec(this.text);
    if (!match) {
      this.noTag.add(key);
      return undefined;
    }
    return { at: match.index, end: match.index + match[0].length };
  }

  /**
   * `[text](url)` from the `[` at `open`: the text runs to the first `]` or
   * line end, so every `[` before that `]` shares it and its target, looked
   * up once.
   */
  link(open: number): { text: string; url: string; end: number } | undefined {
    if (open >= this.linkEnd) {
      let end = open + 1;
      while (end < this.text.length && this.text[end] !== ']' && this.text[end] !== '\n') end++;
      this.linkEnd = end;
      this.linkAt = undefined;
      if (this.text[end] === ']') {
        linkTarget.lastIndex = end;
        const target = linkTarget.exec(this.text);
        if (target) this.linkAt = { url: target.groups!.linkUrl!, end: end + target[0].length };
      }
    }
    return this.linkAt && { text: this.text.slice(open + 1, this.linkEnd), ...this.linkAt };
  }
}

export function parseInline(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let closers: Closers | undefined; // made at the first opener: most texts (table cells) have none
  let last = 0;
  let from = 0;
  for (;;) {
    // `token` is shared by the recursive calls below, so its position is set before every search.
    token.lastIndex = from;
    const match = token.exec(text);
    if (!match) break;
    const groups = match.groups ?? {};
    const index = match.index;
    let end = index + match[0].length;
    let node: PhrasingContent | PhrasingContent[] | undefined;
    if (groups.linkOpen !== undefined) {
      const link = (closers ??= new Closers(text)).link(index);
      // Nothing else starts with "[": look on from the next character.
      if (!link) {
        from = index + 1;
        continue;
      }
      end = link.end;
      const url = link.url.replace(/\\(.)/g, '$1');
      node = isSafeUrl(url) ? { type: 'link', url, children: [{ type: 'text', value: link.text }] } : undefined;
    } else if (groups.auto !== undefined) {
      node = { type: 'link', url: groups.auto, children: [{ type: 'text', value: groups.auto }] };
    } else if (groups.bare !== undefined) {
      node = { type: 'link', url: groups.bare, children: [{ type: 'text', value: groups.bare }] };
    } else if (groups.strongOpen !== undefined) {
      const close = (closers ??= new Closers(text)).strong(end);
      // Nor can anything else match at "**" (emphasis wants a non-star after its star).
      if (close === -1) {
        from = index + 1;
        continue;
      }
      node = { type: 'strong', children: parseInline(text.slice(end, close)) };
      end = close + 2;
    } else if (groups.tagOpen !== undefined) {
      const close = (closers ??= new Closers(text)).tag(groups.tagOpen, end);
      // An unclosed <b> is a bare formatting tag, as the next alternative reads it.
      if (!close) node = [];
      else {
        const children = parseInline(text.slice(end, close.at));
        if (children.length === 0) node = [];
        else node = /^(?:b|strong)$/i.test(groups.tagOpen) ? { type: 'strong', children } : { type: 'emphasis', children };
        end = close.end;
      }
    } else if (groups.em !== undefined) {
      node = { type: 'emphasis', children: parseInline(groups.em) };
    } else {
      node = []; // a bare formatting tag (<ul …>, <br>): the markup goes, its text stays
    }
    from = end;
    if (node === undefined) continue; // unsafe link: left in place as plain text
    pushText(out, text.slice(last, index));
    if (Array.isArray(node)) {
      if (/^<br\b/i.test(match[0])) pushText(out, ' ');
    } else out.push(node);
    last = end;
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

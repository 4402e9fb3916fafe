import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { itemTree } from '../../src/mdx/item-tree.ts';
import { jsxFlowElement } from '../../src/mdx/jsx-element.ts';
import { toMdx } from '../../src/mdx/to-mdx.ts';
import { deepFreeze, meeting, paragraph } from '../fixtures/mdx/meeting.ts';

/** Parse MDX the way MDX does, to check what our output means. */
function parseMdx(text: string): Root {
  return fromMarkdown(text, {
    extensions: [frontmatter(['yaml']), gfm(), mdxjs()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown(), mdxFromMarkdown()],
  });
}

function root(...children: RootContent[]): Root {
  return { type: 'root', children };
}

describe('toMdx', () => {
  it('should write the exact MDX of an item', () => {
    const m = deepFreeze(meeting());
    const text = toMdx(itemTree(m, m.items[0]!));
    expect(text.slice(text.indexOf('\n---\n') + 5)).toBe(
      [
        '',
        '<Decision committee="Økonomiudvalget" date="2021-02-04">',
        '  Indstillingen blev godkendt.',
        '</Decision>',
        '',
        '<Section heading="Resumé" kind="summary">',
        '  Kort om sagen.',
        '</Section>',
        '',
        '<Section heading="Økonomi" kind="economy">',
        '  ### Udgifter',
        '',
        '  | Post  | Beløb \\| kr. |',
        '  | ----- | -----------: |',
        '  | Drift |        1.200 |',
        '</Section>',
        '',
        '<Attachments>',
        '  - Handleplan 2021.pdf',
        '  - Bilag 2 & 3.pdf',
        '</Attachments>',
        '',
      ].join('\n'),
    );
  });

  it('should encode a line-initial "import " or "export " so it is not MDX ESM', () => {
    const text = toMdx(root(paragraph('import x from "y"'), paragraph('a\nexport const b = 1'), paragraph('important')));
    expect(text).toBe('&#x69;mport x from "y"\n\na\n&#x65;xport const b = 1\n\nimportant\n');
    const parsed = parseMdx(text);
    expect(parsed.children.map((node) => [node.type, toString(node)])).toEqual([
      ['paragraph', 'import x from "y"'],
      ['paragraph', 'a\nexport const b = 1'],
      ['paragraph', 'important'],
    ]);
  });

  it('should escape braces and angle brackets that MDX would read as code or JSX', () => {
    const text = toMdx(root(paragraph('{a} <script>alert(1)</script> 1 < 2 > 0')));
    // mdast-util-mdx-jsx escapes every `<` in text, not only those before a letter.
    expect(text).toBe('\\{a} \\<script>alert(1)\\</script> 1 \\< 2 > 0\n');
    expect(toString(parseMdx(text))).toBe('{a} <script>alert(1)</script> 1 < 2 > 0');
  });

  it('should escape line starts that would become lists, quotes or headings', () => {
    const text = toMdx(root(paragraph('1. a\n- b\n> c\n# d')));
    expect(text).toBe('1\\. a\n\\- b\n\\> c\n\\# d\n');
    expect(parseMdx(text).children.map((node) => node.type)).toEqual(['paragraph']);
  });

  it('should escape a list or heading marker on every line, not every other line', () => {
    const text = toMdx(root(paragraph('Sum\n-\n-\n-\n+\n+\n1.\n2.')));
    expect(text).toBe('Sum\n\\-\n\\-\n\\-\n\\+\n\\+\n1\\.\n2\\.\n');
    expect(parseMdx(text).children.map((node) => [node.type, toString(node)])).toEqual([
      ['paragraph', 'Sum\n-\n-\n-\n+\n+\n1.\n2.'],
    ]);
  });

  it('should keep attribute values on one line, so leading NBSP on a later line survives', () => {
    const text = toMdx(root(jsxFlowElement('Section', { heading: 'a\r\n\u00a0b\n c' }, [])));
    expect(text).toBe('<Section heading="a&#xD;&#xA;\u00a0b&#xA; c" />\n');
    const parsed = parseMdx(text).children[0];
    expect(parsed?.type === 'mdxJsxFlowElement' && parsed.attributes[0]?.value).toBe('a\r\n\u00a0b\n c');
  });

  it('should encode every ampersand in attribute values, so character references survive', () => {
    const element = jsxFlowElement('Section', { heading: 'A &amp; B & "C" {x} <y>' }, []);
    const text = toMdx(root(element));
    expect(text).toBe('<Section heading="A &#x26;amp; B &#x26; &#x22;C&#x22; {x} <y>" />\n');
    const parsed = parseMdx(text).children[0];
    expect(parsed?.type === 'mdxJsxFlowElement' && parsed.attributes[0]?.value).toBe('A &amp; B & "C" {x} <y>');
  });

  it('should keep a pipe inside a table cell', () => {
    const table: RootContent = {
      type: 'table',
      children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: 'a|b\\|c' }] }] }],
    };
    const text = toMdx(root(table));
    expect(text).toBe('| a\\|b\\\\\\|c |\n| --------- |\n');
    expect(toString(parseMdx(text))).toBe('a|b\\|c');
  });

  it('should escape web addresses in text so GFM does not tokenize them as links', () => {
    const text = toMdx(root(paragraph('www.x.dk https://x.dk a@b.dk')));
    expect(text).toBe('www\\.x.dk https\\://x.dk a\\@b.dk\n');
  });
});

/**
 * Property: whatever text the minutes contain comes out of MDX serialisation,
 * compilation and rendering as the same visible text, wherever we put it.
 */
import fc from 'fast-check';
import type { Element, Nodes } from 'hast';
import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { itemToMdx } from '../../src/mdx/item-mdx.ts';
import { renderMdxToHast } from '../../src/mdx/render-mdx.ts';
import { decision, meeting, openItem, paragraph, section } from '../fixtures/mdx/meeting.ts';

/** What a browser shows: runs of HTML whitespace collapse to one space; ends are trimmed. */
function visible(text: string): string {
  return text.replace(/[ \t\n\f\r]+/g, ' ').trim();
}

function findAll(node: Nodes, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  if (node.type === 'element' && test(node)) found.push(node);
  if ('children' in node) for (const child of node.children) found.push(...findAll(child, test));
  return found;
}

function hasClass(element: Element, name: string): boolean {
  const value = element.properties.className;
  return Array.isArray(value) && value.includes(name);
}

/**
 * Concatenated text nodes. Stricter than innerText on purpose: text that got
 * split into two blocks or gained a `<br>` loses its whitespace here and fails.
 * (hast-util-to-text is not used: it collapses NBSP and U+2028 like `\s`,
 * which browsers do not.)
 */
function textOf(nodes: Nodes[]): string {
  const collect = (node: Nodes): string =>
    node.type === 'text' ? node.value : 'children' in node ? node.children.map(collect).join('') : '';
  return visible(nodes.map(collect).join(''));
}

/** Characters and openings that mean something in Markdown, MDX, GFM or HTML. */
const special = fc.constantFrom(
  ...'{}<>*_|[]\\#`~&!"\'()=:.@$^-+'.split(''),
  ...['æ', 'ø', 'å', 'Æ', 'Ø', 'Å', 'é', '€', '“', '”', '½'],
  ...[' ', '  ', '\t', '\n', '\n\n', ' \n', '\r\n', '\r', '\u00a0', '\u2028'],
  ...['www.', 'https://', 'http://x.dk', 'mailto:', 'a@b.dk', '&amp;', '&#65;', '&#x7b;', '&copy', '<!--', '-->', '</'],
  ...['{1+1}', '<b>', '<Decision>', '</Section>', '[x](y)', '![x](y)', '[^1]', '~~x~~', '**', '__', '\\\n'],
);
const lineStart = fc.constantFrom(
  'import ', 'export ', 'import{a}from"b"', 'export default 1', '<script>', '1. ', '1) ', '- ', '* ', '+ ', '> ', '# ',
  '###### ', '---', '===', '***', '| ', '|-', ':-', '```', '~~~', '    ', '<', '{', '[a]: ', '', '', '',
);
const word = fc.string({ unit: 'grapheme-ascii', maxLength: 8 });
const line = fc
  .tuple(lineStart, fc.array(fc.oneof(special, word, special), { maxLength: 10 }))
  .map(([start, parts]) => start + parts.join(''));
const minuteText = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));

function cellTable(text: string): Table {
  return {
    type: 'table',
    children: [
      { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: 'Kolonne' }] }] },
      { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: text }] }] },
    ],
  };
}

describe('visible text', () => {
  it('should survive MDX unchanged as paragraph, table cell, section heading and decision committee', () => {
    fc.assert(
      fc.property(minuteText, minuteText, minuteText, minuteText, (body, cell, heading, committee) => {
        const item = openItem({
          decisions: [decision({ committee, date: null })],
          sections: [
            section({ heading, content: [paragraph(body)] }),
            section({ heading: 'Tabel', content: [cellTable(cell)] }),
          ],
          attachments: [],
        });
        const mdx = itemToMdx(meeting(), item);
        const tree = renderMdxToHast(mdx);
        const sections = findAll(tree, (element) => hasClass(element, 'case-section'));
        const h2 = (element: Element | undefined) => element?.children.find((child) => child.type === 'element' && child.tagName === 'h2');
        // A section with no visible text is left off the page (issue 13); its heading is still in the frontmatter.
        const textSection = visible(body) === '' ? undefined : sections.shift();
        const [tableSection] = sections;
        if (textSection) {
          // Everything in the section except its own h2 is the paragraph.
          const bodyNodes = textSection.children.filter((child) => child !== h2(textSection));
          expect(textOf(bodyNodes)).toBe(visible(body));
          expect(textOf([h2(textSection)!])).toBe(visible(heading));
        } else expect(sections).toHaveLength(1);

        const cells = findAll(tableSection!, (element) => element.tagName === 'td');
        expect(cells).toHaveLength(1);
        expect(textOf(cells)).toBe(visible(cell));

        const meta = findAll(tree, (element) => hasClass(element, 'decision-meta'));
        expect(textOf(meta)).toBe(visible(committee));

        // The frontmatter keeps the exact strings, even for a YAML 1.1 reader.
        const front = parse(mdx.slice(4, mdx.indexOf('\n---\n')), { schema: 'yaml-1.1' });
        expect(front.sections[0].heading).toBe(heading);
        expect(front.decisions[0].committee).toBe(committee);
      }),
      { numRuns: 300 },
    );
  });

  it('should keep text next to emphasis, strong and links the same and keep those marks', () => {
    const part = minuteText.filter((text) => visible(text) !== '');
    fc.assert(
      fc.property(minuteText, part, minuteText, part, part, minuteText, (a, b, c, d, e, f) => {
        const content = [
          paragraph(
            a,
            { type: 'strong', children: [{ type: 'text', value: b }] },
            c,
            { type: 'emphasis', children: [{ type: 'text', value: d }] },
            { type: 'link', url: 'https://x.dk/?a=1&b=(2)', children: [{ type: 'text', value: e }] },
            f,
          ),
        ];
        const item = openItem({ decisions: [], sections: [section({ content })], attachments: [] });
        const tree = renderMdxToHast(itemToMdx(meeting(), item));
        const [p, ...rest] = findAll(tree, (element) => element.tagName === 'p');
        expect(rest).toEqual([]);
        expect(textOf([p!])).toBe(visible(a + b + c + d + e + f));
        const only = (tagName: string) => findAll(p!, (element) => element.tagName === tagName);
        expect(only('strong').map((node) => textOf([node]))).toEqual([visible(b)]);
        expect(only('em').map((node) => textOf([node]))).toEqual([visible(d)]);
        expect(only('a').map((node) => [node.properties.href, textOf([node])])).toEqual([
          ['https://x.dk/?a=1&b=(2)', visible(e)],
        ]);
      }),
      { numRuns: 300 },
    );
  });
});

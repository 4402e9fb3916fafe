import { compile } from '@mdx-js/mdx';
import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { formatDanishDate } from '../../src/mdx/danish-date.ts';
import { itemToMdx } from '../../src/mdx/item-mdx.ts';
import { meetingToMdx } from '../../src/mdx/meeting-mdx.ts';
import { renderMdx, renderMdxToHast } from '../../src/mdx/render-mdx.ts';
import { closedItem, decision, meeting, openItem, paragraph, section } from '../fixtures/mdx/meeting.ts';

function table(caption?: string): Table {
  return {
    type: 'table',
    ...(caption ? { data: { caption } } : {}),
    children: [
      { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: 'År' }] }] },
      { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: '2021' }] }] },
    ],
  };
}

function render(item = openItem()): string {
  return renderMdx(itemToMdx(meeting(), item)).html;
}

describe('round trip through @mdx-js/mdx', () => {
  it('should compile the MDX of every entry of a meeting without error', async () => {
    const m = meeting();
    for (const text of [meetingToMdx(m), ...m.items.map((item) => itemToMdx(m, item))]) {
      await expect(compile(text)).resolves.toBeDefined();
    }
  });

  it('should render an item to the exact HTML', () => {
    expect(render()).toBe(
      [
        '<section class="decision" aria-labelledby="beslutning beslutning-meta"><h2 id="beslutning">Beslutning</h2>' +
          '<p class="decision-meta" id="beslutning-meta">Økonomiudvalget, 4.\u00a0februar\u00a02021</p><p>Indstillingen blev godkendt.</p></section>',
        '<section class="case-section" data-kind="summary" aria-labelledby="resume"><h2 id="resume">Resumé</h2>' +
          '<p>Kort om sagen.</p></section>',
        '<section class="case-section" data-kind="economy" aria-labelledby="oekonomi"><h2 id="oekonomi">Økonomi</h2>' +
          '<h3>Udgifter</h3><table><thead><tr><th scope="col">Post</th>' +
          '<th class="align-right" scope="col">Beløb | kr.</th></tr></thead>' +
          '<tbody><tr><td>Drift</td><td class="align-right">1.200</td></tr></tbody></table></section>',
        '<section class="attachments" aria-labelledby="bilag"><h2 id="bilag">Bilag</h2><ul>',
        '<li>Handleplan 2021.pdf</li>',
        '<li>Bilag 2 &#x26; 3.pdf</li>',
        '</ul></section>',
      ].join('\n'),
    );
  });

  it('should render a meeting entry, which has no body, as nothing', () => {
    expect(renderMdx(meetingToMdx(meeting())).html).toBe('');
  });

  it('should render a closed item as its decision only', () => {
    expect(render(closedItem())).toBe(
      '<section class="decision" aria-labelledby="beslutning beslutning-meta"><h2 id="beslutning">Beslutning</h2>' +
        '<p class="decision-meta" id="beslutning-meta">Økonomiudvalget, 4.\u00a0februar\u00a02021</p><p>Godkendt.</p></section>',
    );
  });
});

describe('components', () => {
  it('should give repeated headings unique ids in document order', () => {
    const item = openItem({
      decisions: [decision(), decision({ committee: null, date: null })],
      sections: [section({ heading: 'Beslutning' }), section({ heading: 'Bilag' })],
      attachments: ['a.pdf'],
    });
    const ids = [...render(item).matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(['beslutning', 'beslutning-2', 'beslutning-3', 'bilag', 'bilag-2']);
    // The first decision has a meta line (committee, date), which names its region together with the heading.
    expect([...render(item).matchAll(/aria-labelledby="([^"]+)"/g)].map((match) => match[1])).toEqual([
      'beslutning beslutning-meta',
      ...ids.slice(1),
    ]);
  });

  it('should show only the decision meta that the minutes give', () => {
    const meta = (committee: string | null, date: string | null) =>
      /<p class="decision-meta" id="[^"]+">([^<]*)<\/p>/.exec(render(openItem({ decisions: [decision({ committee, date })] })))?.[1];
    expect(meta('Byrådet', '2021-12-31')).toBe('Byrådet, 31.\u00a0december\u00a02021');
    expect(meta('Byrådet', null)).toBe('Byrådet');
    expect(meta(null, '2021-05-01')).toBe('1.\u00a0maj\u00a02021');
    expect(meta(null, null)).toBeUndefined();
  });

  it('should render line breaks, nested lists and quotes in section content', () => {
    const content = [
      paragraph('Linje 1', { type: 'break' }, 'Linje 2 ', { type: 'strong', children: [{ type: 'text', value: 'fed' }] }),
      {
        type: 'list',
        ordered: true,
        start: 3,
        spread: false,
        children: [
          {
            type: 'listItem',
            spread: false,
            children: [
              paragraph('tre'),
              { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [paragraph('under')] }] },
            ],
          },
          { type: 'listItem', spread: false, children: [paragraph('fire')] },
        ],
      },
      { type: 'blockquote', children: [paragraph('citat')] },
    ] as never;
    expect(render(openItem({ decisions: [], attachments: [], sections: [section({ content })] }))).toBe(
      '<section class="case-section" data-kind="case" aria-labelledby="sagsfremstilling">' +
        '<h2 id="sagsfremstilling">Sagsfremstilling</h2><p>Linje 1<br>\nLinje 2 <strong>fed</strong></p>' +
        '<ol start="3">\n<li>tre\n<ul>\n<li>under</li>\n</ul>\n</li>\n<li>fire</li>\n</ol>' +
        '<blockquote>\n<p>citat</p>\n</blockquote></section>',
    );
  });

  it('should render a table caption given in the table node data', () => {
    const html = render(openItem({ sections: [section({ content: [table('Budget 2021')] })], attachments: [] }));
    expect(html).toContain(
      '<table><caption>Budget 2021</caption><thead><tr><th scope="col">År</th></tr></thead><tbody><tr><td>2021</td></tr></tbody></table>',
    );
  });

  it('should render a second header row in <thead>, its empty cells as data cells', () => {
    const cell = (value: string) => ({ type: 'tableCell', children: value ? [{ type: 'text', value }] : [] });
    const twoRows = {
      type: 'table',
      data: { headerRows: 2 },
      align: [null, 'right'],
      children: [
        { type: 'tableRow', children: [cell('Område'), cell('Budget')] },
        { type: 'tableRow', children: [cell('Mio. kr.'), cell('')] },
        { type: 'tableRow', children: [cell('Skoler'), cell('12,5')] },
      ],
    } as Table;
    const html = render(openItem({ sections: [section({ content: [twoRows] })], attachments: [] }));
    expect(html).toContain(
      '<thead><tr><th scope="col">Område</th><th class="align-right" scope="col">Budget</th></tr>' +
        '<tr><th scope="col">Mio. kr.</th><td class="align-right"></td></tr></thead>' +
        '<tbody><tr><td>Skoler</td><td class="align-right">12,5</td></tr></tbody>',
    );
  });

  it('should render links without target and other addresses as text', () => {
    const content = [
      paragraph(
        { type: 'link', url: 'https://roskilde.dk/', children: [{ type: 'text', value: 'roskilde.dk' }] },
        ' og www.x.dk, https://y.dk og a@b.dk',
      ),
    ];
    const html = render(openItem({ decisions: [], sections: [section({ content })], attachments: [] }));
    expect(html).toContain('<p><a href="https://roskilde.dk/">roskilde.dk</a> og www.x.dk, https://y.dk og a@b.dk</p>');
  });

  it('should escape markup in headings and text', () => {
    const content = [paragraph('<script>alert("x")</script> & {y}')];
    const html = render(openItem({ decisions: [], sections: [section({ heading: '<b>Fed</b>', content })], attachments: [] }));
    expect(html).toContain('<h2 id="bfedb">&#x3C;b>Fed&#x3C;/b></h2><p>&#x3C;script>alert("x")&#x3C;/script> &#x26; {y}</p>');
  });

  it('should return hast for callers that want the tree', () => {
    const tree = renderMdxToHast(itemToMdx(meeting(), closedItem()));
    expect(tree.type).toBe('root');
    expect(tree.children.map((node) => node.type === 'element' && node.tagName)).toEqual(['section']);
  });
});

describe('renderMdx on MDX our writer would never produce', () => {
  it.each([
    ['an expression', 'a {globalThis.pwned = 1} b', 'Unexpected `mdxTextExpression` in generated MDX', 3],
    ['a flow expression', '{globalThis.pwned = 1}', 'Unexpected `mdxFlowExpression` in generated MDX', 1],
    ['ESM', 'export const a = (globalThis.pwned = 1)', 'Unexpected `mdxjsEsm` in generated MDX', 1],
    ['a script tag', '<script>alert(1)</script>', 'Unexpected element `<script>` in generated MDX', 1],
    ['an expression attribute', '<Section heading={globalThis.pwned = 1} />', 'Unexpected expression attribute on `<Section>`', 1],
    ['a spread attribute', '<Section {...globalThis} />', 'Unexpected expression attribute on `<Section>`', 1],
  ])('should refuse %s instead of running it', (_, text, message, column) => {
    let error: unknown;
    try {
      renderMdx(`---\ntitle: "x"\n---\n\n${text}\n`);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ reason: expect.stringContaining(message), place: { start: { line: 5, column } } });
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('formatDanishDate', () => {
  it('should write ISO dates the Danish way', () => {
    expect(formatDanishDate('2021-02-04')).toBe('4.\u00a0februar\u00a02021');
    expect(formatDanishDate('2020-10-31')).toBe('31.\u00a0oktober\u00a02020');
  });

  it('should return anything else unchanged', () => {
    expect(formatDanishDate('2021-13-01')).toBe('2021-13-01');
    expect(formatDanishDate('i går')).toBe('i går');
  });
});

import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../support/frontmatter.ts';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import { wrapTables } from '../../src/mdx/wrap-tables.ts';

const words = { tableLabel: 'Tabel {number} på siden', tableHint: 'Rul vandret' };
const wrapped = (tree: Root | Element): string => {
  wrapTables(tree, words);
  return toHtml(tree);
};
const table = (...children: Element[]): Element => h('table', [...children, h('tbody', [h('tr', [h('td', '1')])])]);

describe('splitFrontmatter', () => {
  it('should keep dates as strings (YAML 1.2) and return the body', () => {
    const { data, body } = splitFrontmatter('---\ndate: 2021-03-02\nnumber: 3\n---\n\n<Decision>\n');
    expect(data).toEqual({ date: '2021-03-02', number: 3 });
    expect(body).toBe('\n<Decision>\n');
  });

  it('should accept CRLF line endings', () => {
    expect(splitFrontmatter('---\r\ntitle: A\r\n---\r\nbody').data).toEqual({ title: 'A' });
  });

  it('should return no data for a file without frontmatter', () => {
    expect(splitFrontmatter('just text')).toEqual({ data: {}, body: 'just text' });
  });
});

describe('wrapTables', () => {
  it('should wrap a table in a scroll container with its hidden hint, and no region yet (the page script decides)', () => {
    expect(wrapped(h(null, [h('p', 'a'), table()]))).toBe(
      '<p>a</p><div class="table-block"><p class="table-hint" id="tabel-1-hint" hidden>Rul vandret</p>' +
        '<div class="table-scroll" data-label="Tabel 1 på siden" data-describedby="tabel-1-hint"><table><tbody><tr><td>1</td></tr></tbody></table></div></div>',
    );
  });

  it('should name the table by its caption when there is one', () => {
    const html = wrapped(h(null, [table(h('caption', ['Udgifter & ', h('em', '"indtægter"')]))]));
    expect(html).toContain('<caption id="tabel-1">');
    expect(html).toContain('data-labelledby="tabel-1"');
    expect(html).not.toContain('data-label=');
  });

  it('should name a table without a caption by the heading right before it', () => {
    const html = wrapped(h(null, [h('section', [h('h2', { id: 'oekonomi' }, 'Økonomi'), table()])]));
    expect(html).toContain('<section><h2 id="oekonomi">Økonomi</h2><div class="table-block">');
    expect(html).toContain('data-labelledby="oekonomi"');
  });

  it('should number the fallback names and keep ids unique', () => {
    const html = wrapped(h(null, [h('p', { id: 'tabel-1-hint' }, 'x'), h('p', 'a'), table(), h('p', 'b'), table()]));
    expect(html).toContain('data-label="Tabel 1 på siden" data-describedby="tabel-1-hint-2"');
    expect(html).toContain('data-label="Tabel 2 på siden" data-describedby="tabel-2-hint"');
  });

  it('should leave a tree without tables alone', () => {
    expect(wrapped(h(null, [h('p', 'table')]))).toBe('<p>table</p>');
  });
});

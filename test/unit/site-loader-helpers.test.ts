import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../support/frontmatter.ts';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import { wrapTables } from '../../src/mdx/wrap-tables.ts';

const wrapped = (tree: Root | Element, label = 'Tabel'): string => {
  wrapTables(tree, label);
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
  it('should wrap a table in a focusable, labelled scroll region', () => {
    expect(wrapped(h(null, [h('p', 'a'), table()]))).toBe(
      '<p>a</p><div class="table-scroll" role="region" tabindex="0" aria-label="Tabel"><table><tbody><tr><td>1</td></tr></tbody></table></div>',
    );
  });

  it('should label the region with the caption when there is one', () => {
    expect(wrapped(h(null, [table(h('caption', ['Udgifter & ', h('em', '"indtægter"')]))]))).toContain('aria-label="Udgifter &#x26; &#x22;indtægter&#x22;"');
  });

  it('should wrap a table nested in a section', () => {
    expect(wrapped(h(null, [h('section', [h('h2', 'Økonomi'), table()])]))).toContain('<section><h2>Økonomi</h2><div class="table-scroll"');
  });

  it('should leave a tree without tables alone', () => {
    expect(wrapped(h(null, [h('p', 'table')]))).toBe('<p>table</p>');
  });
});

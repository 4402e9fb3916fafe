import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../support/frontmatter.ts';
import { wrapTables } from '../../src/collections/wrap-tables.ts';

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
    expect(wrapTables('<p>a</p><table><tr><td>1</td></tr></table>', 'Tabel')).toBe(
      '<p>a</p><div class="table-scroll" role="region" tabindex="0" aria-label="Tabel"><table><tr><td>1</td></tr></table></div>',
    );
  });

  it('should label the region with the caption when there is one', () => {
    expect(wrapTables('<table>\n<caption>Udgifter &amp; "indtægter"</caption></table>', 'Tabel')).toContain(
      'aria-label="Udgifter &amp; &quot;indtægter&quot;"',
    );
  });

  it('should leave HTML without tables alone', () => {
    expect(wrapTables('<p>table</p>', 'Tabel')).toBe('<p>table</p>');
  });
});

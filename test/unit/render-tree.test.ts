/**
 * Issue 16: the build no longer compiles the MDX convert wrote; convert
 * renders each item's body from the tree the MDX was written from
 * (src/mdx/render-tree.ts). The published HTML must be what compiling that
 * MDX gives (src/mdx/render-mdx.ts, the reference any MDX tool would follow):
 * byte for byte, for every item of the seeds and of the import fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMinutes } from '../../src/minutes/index.ts';
import { itemTree } from '../../src/mdx/item-tree.ts';
import { toMdx } from '../../src/mdx/to-mdx.ts';
import { renderMdxToHast } from '../../src/mdx/render-mdx.ts';
import { finishBody, renderTree } from '../../src/mdx/render-tree.ts';
import { seedsDir } from '../support/seeds.ts';
import { fixtureNames, readInput } from '../support/import-fixtures.ts';

const words = { labels: { decision: 'Beslutning', attachments: 'Bilag' }, tableLabel: 'Tabel {number} på siden', tableHint: 'Rul vandret', anchorLabel: 'Link til afsnittet {heading}' };

/** What compiling the written MDX gives, finished (tables, heading anchors) the same way. */
function compiled(mdx: string): string {
  return finishBody(renderMdxToHast(mdx, { labels: words.labels }), words).html;
}

const sources = [
  ...readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).map((name) => ({ name, bytes: readFileSync(join(seedsDir, name)) })),
  ...fixtureNames().map((name) => ({ name: `fixture ${name}`, bytes: readInput(name) })),
];

describe('an item body rendered from its tree', () => {
  it.each(sources)('is the HTML its written MDX compiles to: $name', ({ name, bytes }) => {
    const { meeting } = importMinutes(bytes, { path: name, municipalityFolder: null });
    for (const item of meeting?.items ?? []) {
      const tree = itemTree(meeting!, item);
      expect(renderTree(tree, words).html, `punkt ${item.number}`).toBe(compiled(toMdx(tree)));
    }
  });

  it('right-aligns numeric columns with a class, not a style attribute', () => {
    const bytes = readFileSync(join(seedsDir, readdirSync(seedsDir).find((name) => readFileSync(join(seedsDir, name), 'utf8').includes('1.000 kr'))!));
    const { meeting } = importMinutes(bytes, { path: 'x.txt', municipalityFolder: null });
    const html = meeting!.items.map((item) => renderTree(itemTree(meeting!, item), words).html).join('');
    expect(html).toContain('class="align-right"');
    expect(html).not.toMatch(/style=|align="/);
  });
});

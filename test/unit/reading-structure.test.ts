/** Issue 13: headings nested by their outline markers, and the "På denne side" contents. */
import { describe, expect, it } from 'vitest';
import type { BlockContent, Heading } from 'mdast';
import { nestHeadings } from '../../src/mdx/nest-headings.ts';
import { pageContents } from '../../src/utils/page-contents.ts';

const heading = (text: string, depth: Heading['depth'] = 3): Heading => ({ type: 'heading', depth, children: [{ type: 'text', value: text }] });
const para: BlockContent = { type: 'paragraph', children: [{ type: 'text', value: 'Tekst.' }] };

function outline(texts: string[]): string[] {
  const blocks: BlockContent[] = texts.flatMap((text) => [heading(text), para]);
  nestHeadings(blocks);
  return blocks.filter((b): b is Heading => b.type === 'heading').map((h) => `${h.depth} ${(h.children[0] as { value: string }).value}`);
}

describe('nestHeadings', () => {
  it('nests a flat run of headings by their markers: unnumbered under the numbered one before, letters under numbers', () => {
    expect(outline(['Indledning', '1. Havnen', 'Status i år', '2. Skoven', 'Status i år', 'A. Stier', 'Sådan gør vi', 'B. Bænke', 'Sådan gør vi', '3. Søen'])).toEqual([
      '3 Indledning',
      '3 1. Havnen',
      '4 Status i år',
      '3 2. Skoven',
      '4 Status i år',
      '4 A. Stier',
      '5 Sådan gør vi',
      '4 B. Bænke',
      '5 Sådan gør vi',
      '3 3. Søen',
    ]);
  });

  it('leaves headings without markers flat', () => {
    expect(outline(['Baggrund', 'Økonomi', 'Tabel 1. Udgifter'])).toEqual(['3 Baggrund', '3 Økonomi', '3 Tabel 1. Udgifter']);
  });

  it('leaves headings that already have levels as they are', () => {
    const blocks: BlockContent[] = [heading('1. Havnen', 3), heading('Status', 4), heading('2. Skoven', 3), heading('Noter', 3)];
    nestHeadings(blocks);
    expect(blocks.map((b) => (b as Heading).depth)).toEqual([3, 4, 3, 3]);
  });
});

describe('pageContents', () => {
  const h = (depth: number, text: string) => ({ depth, slug: text.toLowerCase(), text });

  it('lists sections with the headings directly below them, and leaves deeper ones out', () => {
    expect(pageContents([h(2, 'Beslutning'), h(2, 'Resume'), h(3, 'Havnen'), h(4, 'Status'), h(3, 'Skoven'), h(2, 'Bilag')])).toEqual([
      { slug: 'beslutning', text: 'Beslutning', children: [] },
      { slug: 'resume', text: 'Resume', children: [{ slug: 'havnen', text: 'Havnen', children: [] }, { slug: 'skoven', text: 'Skoven', children: [] }] },
      { slug: 'bilag', text: 'Bilag', children: [] },
    ]);
  });

  it('gives a short item no contents', () => {
    expect(pageContents([h(2, 'Beslutning'), h(2, 'Resume'), h(3, 'Havnen')])).toBeUndefined();
  });
});

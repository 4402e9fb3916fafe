import { describe, expect, it } from 'vitest';
import * as mdx from '../../src/mdx/index.ts';

describe('src/mdx', () => {
  it('should expose exactly these exports', () => {
    expect(Object.keys(mdx).sort()).toEqual([
      'agendaEntry',
      'createComponents',
      'defaultLabels',
      'formatDanishDate',
      'itemFrontmatter',
      'itemToMdx',
      'itemTree',
      'meetingFiles',
      'meetingFrontmatter',
      'meetingToMdx',
      'meetingTree',
      'renderMdx',
      'renderMdxToHast',
      'toMdx',
    ]);
  });
});

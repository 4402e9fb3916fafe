import { describe, expect, it } from 'vitest';
import { itemToMdx } from '../../src/mdx/item-mdx.ts';
import { meetingFiles } from '../../src/mdx/meeting-files.ts';
import { meetingToMdx } from '../../src/mdx/meeting-mdx.ts';
import { meeting, openItem } from '../fixtures/mdx/meeting.ts';

describe('meetingFiles', () => {
  it('should name files by meeting id and item id, with the MDX of each entry', () => {
    const m = meeting();
    expect(meetingFiles(m)).toEqual([
      { path: 'meetings/roskilde/oekonomiudvalget/2021-02-04.mdx', contents: meetingToMdx(m) },
      {
        path: 'items/roskilde/oekonomiudvalget/2021-02-04/16-godkendelse-af-oekonomisk-handleplan.mdx',
        contents: itemToMdx(m, m.items[0]!),
      },
      {
        path: 'items/roskilde/oekonomiudvalget/2021-02-04/17-lukket-punkt-salg-af-grund.mdx',
        contents: itemToMdx(m, m.items[1]!),
      },
    ]);
  });

  it('should write a meeting entry that is frontmatter only', () => {
    const text = meetingToMdx(meeting());
    expect(text.startsWith('---\nmunicipality: "Roskilde Kommune"\n')).toBe(true);
    expect(text.endsWith('    decision: "Godkendt."\n---\n')).toBe(true);
  });

  it('should give items with the same number and title distinct paths', () => {
    const files = meetingFiles(meeting({ items: [openItem(), openItem(), openItem({ title: 'Andet' }), openItem()] }));
    expect(files.slice(1).map((file) => file.path.split('/').pop())).toEqual([
      '16-godkendelse-af-oekonomisk-handleplan.mdx',
      '16-godkendelse-af-oekonomisk-handleplan-2.mdx',
      '16-andet.mdx',
      '16-godkendelse-af-oekonomisk-handleplan-3.mdx',
    ]);
  });
});

import type { Heading, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { load } from 'js-yaml';
import { agendaEntry } from '../../src/mdx/agenda-entry.ts';
import { itemFrontmatter } from '../../src/mdx/item-frontmatter.ts';
import { itemTree } from '../../src/mdx/item-tree.ts';
import { meetingFrontmatter } from '../../src/mdx/meeting-frontmatter.ts';
import { meetingTree } from '../../src/mdx/meeting-tree.ts';
import { closedItem, decision, deepFreeze, meeting, openItem, paragraph, section } from '../fixtures/mdx/meeting.ts';

function frontmatterText(tree: Root): string {
  const first = tree.children[0];
  if (first?.type !== 'yaml') throw new Error('Expected a yaml node first');
  return first.value;
}

function jsxChildren(tree: Root): MdxJsxFlowElement[] {
  return tree.children.filter((node): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement');
}

function attributes(node: MdxJsxFlowElement): Record<string, unknown> {
  return Object.fromEntries(node.attributes.map((a) => [a.type === 'mdxJsxAttribute' ? a.name : '...', a.value]));
}

describe('meetingTree', () => {
  it('should write the exact meeting frontmatter and no body', () => {
    const tree = meetingTree(deepFreeze(meeting()));
    expect(tree.children).toHaveLength(1);
    expect(frontmatterText(tree)).toBe(
      [
        'municipality: "Roskilde Kommune"',
        'committee: "Økonomiudvalget"',
        'term: "2018-2021"',
        'date: "2021-02-04"',
        'startTime: "08:30"',
        'location: "Byrådssalen"',
        'participants:',
        '  - name: "Tomas Breddam"',
        '    party: "A"',
        '    role: null',
        '    absent: false',
        '  - name: "Jette Tof"',
        '    party: null',
        '    role: null',
        '    absent: true',
        'source:',
        '  path: "roskilde/2021-02-04.txt"',
        `  sha256: "${'ab'.repeat(32)}"`,
        '  format: "text"',
        '  bytes: 2048',
        'agenda:',
        '  - number: 16',
        '    title: "Godkendelse af økonomisk handleplan"',
        '    kind: "decision"',
        '    closed: false',
        '    decision: "Indstillingen blev godkendt."',
        '  - number: 17',
        '    title: "Lukket punkt: Salg af grund"',
        '    kind: "decision"',
        '    closed: true',
        '    decision: "Godkendt."',
      ].join('\n'),
    );
  });

  it('should quote dates and times so a YAML 1.1 reader (js-yaml, used by Astro) still gets strings', () => {
    const tree = meetingTree(meeting());
    expect(parse(frontmatterText(tree), { schema: 'yaml-1.1' })).toEqual(meetingFrontmatter(meeting()));
  });

  it('should throw an Error naming the invalid field', () => {
    expect(() => meetingTree(meeting({ date: '4. februar 2021' }))).toThrow(
      'Invalid meeting frontmatter: `date`: Expected a date as YYYY-MM-DD',
    );
    const participants = [{ name: '', party: null, role: null, absent: false }];
    expect(() => meetingTree(meeting({ participants }))).toThrow(/`participants\.0\.name`/);
    expect(() => meetingTree(meeting({ source: { path: 'x', sha256: 'nope', format: 'text', bytes: 0 } }))).toThrow(/`source\.sha256`/);
  });
});

describe('agendaEntry', () => {
  it('should end a paragraph with a full stop before the next sentence, so decisions do not run together', () => {
    const item = openItem({ decisions: [decision({ text: 'Godkendt\n\nOle Blickfeldt (O) deltog ikke i behandlingen af punktet.' })] });
    expect(agendaEntry(item).decision).toBe('Godkendt. Ole Blickfeldt (O) deltog ikke i behandlingen af punktet.');
  });

  it('should collapse the first decision to one line', () => {
    const item = openItem({
      decisions: [decision({ text: 'Godkendt\n\nmed  bemærkning.' }), decision({ text: 'Anden' })],
    });
    expect(agendaEntry(item)).toEqual({
      number: 16,
      title: 'Godkendelse af økonomisk handleplan',
      kind: 'decision',
      closed: false,
      decision: 'Godkendt med bemærkning.',
    });
  });

  it('should shorten a long decision at a word boundary with an ellipsis', () => {
    // 196 characters of short words, then a word that crosses the 200 limit.
    const text = `${'ord '.repeat(49)}sidsteord og mere tekst`;
    const entry = agendaEntry(openItem({ decisions: [decision({ text })] }));
    expect(entry.decision).toBe(`${'ord '.repeat(49).trimEnd()}…`);
  });

  it('should keep a decision of exactly 200 characters whole', () => {
    const text = 'x'.repeat(200);
    expect(agendaEntry(openItem({ decisions: [decision({ text })] })).decision).toBe(text);
  });

  it('should cut a 201-character word hard at 200 characters', () => {
    const text = 'x'.repeat(201);
    expect(agendaEntry(openItem({ decisions: [decision({ text })] })).decision).toBe(`${'x'.repeat(200)}…`);
  });

  it('should give null without decisions or with a blank decision', () => {
    expect(agendaEntry(openItem({ decisions: [] })).decision).toBeNull();
    expect(agendaEntry(openItem({ decisions: [decision({ text: ' \n ' })] })).decision).toBeNull();
  });
});

describe('itemTree', () => {
  it('should write the exact item frontmatter', () => {
    const m = deepFreeze(meeting());
    expect(parse(frontmatterText(itemTree(m, m.items[0]!)))).toEqual({
      municipality: 'Roskilde Kommune',
      committee: 'Økonomiudvalget',
      term: '2018-2021',
      date: '2021-02-04',
      number: 16,
      title: 'Godkendelse af økonomisk handleplan',
      kind: 'decision',
      caseNumbers: ['21/1234'],
      closed: false,
      decision: 'Indstillingen blev godkendt.',
      decisions: [{ committee: 'Økonomiudvalget', date: '2021-02-04', text: 'Indstillingen blev godkendt.' }],
      attachments: ['Handleplan 2021.pdf', 'Bilag 2 & 3.pdf'],
      sections: [
        { heading: 'Resumé', kind: 'summary' },
        { heading: 'Økonomi', kind: 'economy' },
      ],
    });
  });

  it('should put decisions first, then sections in source order, then attachments', () => {
    const item = openItem({ decisions: [decision(), decision({ committee: 'Byrådet', date: '2021-02-25' })] });
    const elements = jsxChildren(itemTree(meeting(), item));
    expect(elements.map((node) => [node.name, attributes(node)])).toEqual([
      ['Decision', { committee: 'Økonomiudvalget', date: '2021-02-04' }],
      ['Decision', { committee: 'Byrådet', date: '2021-02-25' }],
      ['Section', { heading: 'Resumé', kind: 'summary' }],
      ['Section', { heading: 'Økonomi', kind: 'economy' }],
      ['Attachments', {}],
    ]);
  });

  it('should leave out attributes that are null and the attachments when there are none', () => {
    const item = openItem({ decisions: [decision({ committee: null, date: null })], attachments: [] });
    const elements = jsxChildren(itemTree(meeting(), item));
    expect(elements[0]?.attributes).toEqual([]);
    expect(elements.map((node) => node.name)).toEqual(['Decision', 'Section', 'Section']);
  });

  it('should publish only the decisions of a closed item, in body and frontmatter', () => {
    const m = deepFreeze(meeting());
    const tree = itemTree(m, m.items[1]!);
    const front = parse(frontmatterText(tree));
    expect(front.sections).toEqual([]);
    expect(front.attachments).toEqual([]);
    expect(jsxChildren(tree).map((node) => node.name)).toEqual(['Decision']);
    const text = JSON.stringify(tree);
    expect(text).not.toContain('Hemmelig');
    expect(text).not.toContain('Fortrolig');
    expect(text).toContain('Godkendt.');
  });

  it('should give a closed item without decisions an empty body', () => {
    const tree = itemTree(meeting(), closedItem({ decisions: [], decision: null }));
    expect(tree.children.map((node) => node.type)).toEqual(['yaml']);
  });

  it('should demote content headings so the shallowest is h3, keeping relative levels', () => {
    const content = [
      { type: 'heading', depth: 1, children: [{ type: 'text', value: 'A' }] },
      { type: 'blockquote', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'B' }] }] },
      { type: 'heading', depth: 6, children: [{ type: 'text', value: 'C' }] },
    ] as const;
    const item = deepFreeze(openItem({ sections: [section({ content: structuredClone(content) as never })] }));
    const [, sectionNode] = jsxChildren(itemTree(meeting(), item));
    const depths: number[] = [];
    const walk = (node: { type: string; children?: unknown[] }): void => {
      if (node.type === 'heading') depths.push((node as Heading).depth);
      for (const child of node.children ?? []) walk(child as never);
    };
    walk(sectionNode as never);
    expect(depths).toEqual([3, 4, 6]);
    expect((item.sections[0]!.content[0] as Heading).depth).toBe(1);
  });

  it('should keep headings already at h3 or deeper as they are', () => {
    const content = [{ type: 'heading', depth: 4, children: [{ type: 'text', value: 'A' }] }] as never;
    const [, sectionNode] = jsxChildren(itemTree(meeting(), openItem({ sections: [section({ content })] })));
    expect((sectionNode!.children[0] as Heading).depth).toBe(4);
  });

  it('should keep links only for http, https and mailto targets, and raw HTML as text', () => {
    const content = [
      paragraph(
        { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'farlig' }] },
        { type: 'link', url: 'mailto:a@b.dk', children: [{ type: 'text', value: 'mail' }] },
        { type: 'html', value: '<b>' },
      ),
      { type: 'html', value: '<script>alert(1)</script>' },
    ] as never;
    const [, sectionNode] = jsxChildren(itemTree(meeting(), openItem({ sections: [section({ content })] })));
    expect(sectionNode!.children).toEqual([
      paragraph(
        { type: 'text', value: 'farlig' },
        { type: 'link', url: 'mailto:a@b.dk', children: [{ type: 'text', value: 'mail' }] },
        { type: 'text', value: '<b>' },
      ),
      paragraph('<script>alert(1)</script>'),
    ]);
  });

  it('should fall back to the plain text when a section has no structured content', () => {
    const [, sectionNode] = jsxChildren(
      itemTree(meeting(), openItem({ sections: [section({ text: 'Bare tekst.', content: [] })] })),
    );
    expect(sectionNode!.children).toEqual([paragraph('Bare tekst.')]);
  });

  it('should write frontmatter strings that parse back exactly, each on one line', () => {
    const heading = 'import \\\n \n  "x"\t\u2028';
    const tree = itemTree(meeting(), openItem({ sections: [section({ heading })] }));
    const text = frontmatterText(tree);
    // One line, U+2028 escaped (`\\L`): YAML 1.1 readers take a raw one for a line break.
    expect(text).toContain('  - heading: "import \\\\\\n \\n  \\"x\\"\\t\\L"\n');
    expect(parse(text).sections[0].heading).toBe(heading);
    expect((load(text) as { sections: { heading: string }[] }).sections[0]!.heading).toBe(heading);
  });

  it('should throw an Error naming the invalid field', () => {
    const bad = openItem({ decisions: [decision({ date: '04-02-2021' })] });
    expect(() => itemTree(meeting(), bad)).toThrow('Invalid item frontmatter: `decisions.0.date`');
  });

  it('should not validate or write the sections of a closed item at all', () => {
    const item = closedItem({ sections: [section({ kind: 'not-a-kind' as never })] });
    expect(itemFrontmatter(meeting(), item).sections).toEqual([]);
    expect(() => itemFrontmatter(meeting(), { ...item, closed: false })).toThrow(/`sections\.0\.kind`/);
  });
});

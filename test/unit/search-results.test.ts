/**
 * What the search index holds of a page and what a result shows (issue 13,
 * point 9), without a browser: the HTML Pagefind indexes (record-html.ts),
 * a table row's text, the page's metadata, and the choice of decision line
 * and excerpt from Pagefind's data (result-view.ts). The browser tests
 * (test/e2e/search.test.ts) search the real index of the seed minutes.
 */
import { describe, expect, it } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { closedItem, meeting, openItem } from '../fixtures/mdx/meeting.ts';
import { itemFrontmatter } from '../../src/mdx/item-frontmatter.ts';
import { meetingFrontmatter } from '../../src/mdx/meeting-frontmatter.ts';
import { itemSearchText } from '../../src/model/search-text.ts';
import { decisionStart, itemSearchHtml, meetingSearchHtml, meetingSearchInput } from '../../src/search/record-html.ts';
import { pagefindAttributes } from '../../src/search/page-attributes.ts';
import { resultView, type ResultLabels } from '../../src/search/result-view.ts';
import type { PagefindResultData, PagefindSubResult } from '../../src/search/archive.ts';
import type { ItemRoute, MeetingRoute } from '../../src/utils/route-data.ts';
import type { Item } from '../../src/model/meeting.ts';

const committee = { name: 'Økonomiudvalget', path: '/roskilde/oekonomiudvalget/', municipality: { name: 'Roskilde Kommune', slug: 'roskilde', path: '/roskilde/' } };

function parse(html: string) {
  const doc = parseDocument(html);
  const main = DomUtils.findOne((el) => el.name === 'main', doc.children)!;
  const sections = DomUtils.findAll((el) => el.name === 'section', main.children);
  return { main, text: DomUtils.textContent(main), sections: sections.map((el: Element) => ({ id: el.attribs.id, title: el.attribs['data-pagefind-title'], text: DomUtils.textContent(el) })) };
}

function itemHtml(item: Item): string {
  const m = meeting({ items: [item] });
  return itemSearchHtml({ committee } as ItemRoute, itemFrontmatter(m, item), itemSearchText(item));
}

describe('the HTML Pagefind indexes for an item', () => {
  it('holds the decisions and sections, each a titled part with the page’s anchor id, without the title, labels or headings in the text', () => {
    const { main, text, sections } = parse(itemHtml(openItem()));
    expect(sections).toEqual([
      { id: 'beslutning', title: 'Beslutning', text: 'Indstillingen blev godkendt.' },
      { id: 'resume', title: 'Resumé', text: 'Kort om sagen.' },
      // A nested heading is text of its section; a table row's cells are kept apart by "; ".
      { id: 'oekonomi', title: 'Økonomi', text: 'UdgifterPost; Beløb | kr.Drift; 1.200' },
      { id: 'bilag', title: 'Bilag', text: 'Handleplan 2021.pdfBilag 2 & 3.pdf' },
    ]);
    for (const label of ['Godkendelse af økonomisk handleplan', 'Sagsnummer', '21/1234', 'Type', 'Beslutningspunkt', 'Økonomiudvalget']) expect(text).not.toContain(label);
    // …they are metadata, which Pagefind returns with the result and searches too.
    expect(main.attribs['data-title']).toBe('Godkendelse af økonomisk handleplan');
    expect(main.attribs['data-case-numbers']).toBe('21/1234');
    expect(main.attribs['data-decision']).toBe('Indstillingen blev godkendt.');
    expect(main.attribs['data-pagefind-meta']).toContain('decision[data-decision]');
  });

  it('keeps a closed item to its decision, and says it is closed in its metadata', () => {
    const { main, sections } = parse(itemHtml(closedItem()));
    expect(sections.map((s) => s.title)).toEqual(['Beslutning']);
    expect(main.attribs['data-closed']).toBe('Lukket punkt');
  });

  it('has no decision metadata where the minutes record none', () => {
    const item = openItem({ decision: null, decisions: [] });
    const { main, sections } = parse(itemHtml(item));
    expect(sections[0]?.title).toBe('Resumé');
    expect(main.attribs['data-decision']).toBeUndefined();
    expect(main.attribs['data-pagefind-meta']).not.toContain('decision');
  });

  it('starts the decision as the agenda does: its first paragraphs on one line, shortened at a word', () => {
    const long = `${'Udvalget godkendte planen med enkelte ændringer '.repeat(8)}`.trim();
    expect(decisionStart({ decisions: [{ committee: null, date: null, text: 'Godkendt\n\nJette Tof deltog ikke.' }] })).toBe('Godkendt. Jette Tof deltog ikke.');
    expect(decisionStart({ decisions: [{ committee: null, date: null, text: long }] })).toMatch(/^Udvalget godkendte .{150,200}…$/u);
    expect(decisionStart({ decisions: [] })).toBeUndefined();
  });
});

describe('the HTML Pagefind indexes for a meeting', () => {
  it('holds the meeting’s own text — time, place, term, participants — and not its agenda', () => {
    const m = meeting();
    const route = { data: meetingFrontmatter(m), summary: { committee } } as unknown as MeetingRoute;
    const { main, text, sections } = parse(meetingSearchHtml(meetingSearchInput(route)));
    expect(text).toContain('Sted: Byrådssalen');
    expect(sections).toEqual([{ id: 'participants-heading', title: 'Deltagere', text: 'Tomas Breddam (A)Jette Tof (afbud)' }]);
    for (const agenda of ['Godkendelse af økonomisk handleplan', 'Indstillingen blev godkendt', 'Salg af grund']) expect(text).not.toContain(agenda);
    expect(main.attribs['data-number']).toBeUndefined();
  });
});

describe('pagefindAttributes of an item', () => {
  it('adds the decision start, the case numbers and "closed" as metadata only when there', () => {
    const base = { municipality: 'Roskilde Kommune', committee: 'X', date: '2022-01-25', title: 'T', number: 2 };
    expect(pagefindAttributes({ ...base, decision: 'Godkendt.', caseNumbers: ['22/1', '22/2'], closed: 'Lukket punkt' })['data-pagefind-meta']).toBe(
      'municipality[data-municipality], committee[data-committee], date[data-date-label], title[data-title], number[data-number], decision[data-decision], caseNumbers[data-case-numbers], closed[data-closed]',
    );
    expect(pagefindAttributes({ ...base, caseNumbers: [] })['data-pagefind-meta']).toBe(
      'municipality[data-municipality], committee[data-committee], date[data-date-label], title[data-title], number[data-number]',
    );
  });
});

describe('what a result shows', () => {
  const labels: ResultLabels = { decisionSection: 'Beslutning', decision: 'Beslutning:', noDecision: 'Referatet indeholder ingen beslutning for dette punkt.', itemNumber: 'Punkt {number}' };
  const itemMeta = { municipality: 'Roskilde Kommune', committee: 'Økonomiudvalget', date: '4. februar 2021', title: 'Salg af grund', number: '7', decision: 'Godkendt med den ændring, at …' };
  const anchors = [
    { id: 'beslutning', title: 'Beslutning', location: 0 },
    { id: 'sagsfremstilling', title: 'Sagsfremstilling', location: 40 },
  ];
  const part = (anchor: (typeof anchors)[number] | undefined, excerpt: string, hits: number): PagefindSubResult => ({
    title: anchor?.title ?? itemMeta.title,
    url: `/x/${anchor ? `#${anchor.id}` : ''}`,
    excerpt,
    locations: Array.from({ length: hits }, (_, i) => (anchor?.location ?? 0) + i),
    ...(anchor ? { anchor: { id: anchor.id, location: anchor.location } } : {}),
  });
  const data = (overrides: Partial<PagefindResultData>): PagefindResultData => ({ url: '/x/', excerpt: 'Start of the page', meta: itemMeta, sub_results: [], anchors, ...overrides });

  it('names municipality, committee, date and item number, and the start of the decision, with the best other part as the excerpt', () => {
    const view = resultView(data({ sub_results: [part(anchors[0], '… ændring, at <mark>grunden</mark> …', 1), part(anchors[1], '… <mark>grunden</mark> sælges <mark>grunden</mark> …', 2)] }), labels);
    expect(view.meta).toEqual(['Roskilde Kommune', 'Økonomiudvalget', '4. februar 2021', 'Punkt 7']);
    expect(view.decision).toEqual({ label: 'Beslutning:', body: { text: 'Godkendt med den ændring, at …' } });
    expect(view.excerpt).toEqual({ label: 'Sagsfremstilling', html: '… <mark>grunden</mark> sælges <mark>grunden</mark> …' });
  });

  it('prefers a part other than the decisions for the excerpt, even with fewer matches', () => {
    const view = resultView(data({ sub_results: [part(anchors[0], '… <mark>a</mark> <mark>a</mark> <mark>a</mark> …', 3), part(anchors[1], '… <mark>a</mark> …', 1)] }), labels);
    expect(view.excerpt?.label).toBe('Sagsfremstilling');
  });

  it('marks the match in the decision’s start when it is there, and shows a match further into the decision as the excerpt', () => {
    const atStart = resultView(data({ sub_results: [part(anchors[0], 'Godkendt med <mark>grunden</mark> …', 1)] }), labels);
    expect(atStart.decision).toEqual({ label: 'Beslutning:', body: { html: 'Godkendt med <mark>grunden</mark> …' } });
    expect(atStart.excerpt).toBeUndefined();
    const further = resultView(data({ sub_results: [part(anchors[0], '… og <mark>grunden</mark> …', 1)] }), labels);
    expect(further.decision).toEqual({ label: 'Beslutning:', body: { text: itemMeta.decision } });
    expect(further.excerpt).toEqual({ label: 'Beslutning', html: '… og <mark>grunden</mark> …' });
  });

  it('says so when the minutes record no decision, and shows the page’s start when only the metadata (the title) matched', () => {
    const { decision: _, ...noDecision } = itemMeta;
    const view = resultView(data({ meta: noDecision, anchors: [anchors[1]!] }), labels);
    expect(view.decision).toEqual({ none: 'Referatet indeholder ingen beslutning for dette punkt.' });
    expect(view.excerpt).toEqual({ label: undefined, html: 'Start of the page' });
    // With a decision, a title match needs no excerpt: the decision line says what the item is about.
    expect(resultView(data({}), labels).excerpt).toBeUndefined();
  });

  it('shows a meeting without a decision line, its excerpt from its own text', () => {
    const meta = { municipality: 'Roskilde Kommune', committee: 'Økonomiudvalget', date: '4. februar 2021', title: 'Økonomiudvalget, 4. februar 2021' };
    const view = resultView(data({ meta, anchors: [{ id: 'participants-heading', title: 'Deltagere', location: 8 }], sub_results: [part(undefined, 'Sted: <mark>Byrådssalen</mark>.', 1)] }), labels);
    expect(view.meta).toEqual(['Roskilde Kommune', 'Økonomiudvalget', '4. februar 2021']);
    expect(view.decision).toBeUndefined();
    expect(view.excerpt).toEqual({ label: undefined, html: 'Sted: <mark>Byrådssalen</mark>.' });
  });
});

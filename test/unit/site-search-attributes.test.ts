import { describe, expect, it } from 'vitest';
import { pagefindAttributes } from '../../src/search/page-attributes.ts';
import { kindBadge, kindLabel } from '../../src/utils/kind-label.ts';

describe('pagefindAttributes', () => {
  it('should describe an item page with filters (no "Type": most minutes do not classify their items), meta and a date sort', () => {
    expect(
      pagefindAttributes({
        municipality: 'Roskilde Kommune',
        committee: 'Teknik- og Miljøudvalget',
        date: '2022-01-25',
        title: 'Trafiksikkerhedsplan, 2022-2026',
        number: 1,
        kind: 'decision',
      }),
    ).toEqual({
      'data-pagefind-body': '',
      'data-municipality': 'Roskilde Kommune',
      'data-committee': 'Teknik- og Miljøudvalget',
      'data-year': '2022',
      'data-date-label': '25.\u00a0januar\u00a02022',
      'data-title': 'Trafiksikkerhedsplan, 2022-2026',
      'data-number': '1',
      'data-pagefind-filter': 'municipality[data-municipality], committee[data-committee], year[data-year]',
      'data-pagefind-meta': 'municipality[data-municipality], committee[data-committee], date[data-date-label], title[data-title], number[data-number]',
      'data-pagefind-sort': 'date:2022-01-25',
    });
  });

  it('should leave out kind and number on a meeting page', () => {
    const attributes = pagefindAttributes({ municipality: 'Aarhus Kommune', committee: 'X', date: '2021-11-03', title: 'X' });
    expect(attributes['data-kind']).toBeUndefined();
    expect(attributes['data-number']).toBeUndefined();
    expect(attributes['data-pagefind-filter']).not.toContain('kind');
    expect(attributes['data-pagefind-meta']).not.toContain('number');
  });
});

describe('kindLabel', () => {
  it.each([
    ['decision', 'Beslutningspunkt'],
    ['orientation', 'Orienteringspunkt'],
    [null, undefined],
  ] as const)('should name %s as %s', (kind, label) => {
    expect(kindLabel(kind)).toBe(label);
  });
});

describe('kindBadge', () => {
  it.each([
    ['decision', 'Beslutning: Budget 2020', undefined],
    ['decision', 'Godkendelse af handleplan', 'Beslutningspunkt'],
    ['orientation', 'Orientering om ansøgning til puljen', undefined],
    ['orientation', 'Status på bandesituationen', 'Orienteringspunkt'],
    [null, 'Beslutning: Budget 2020', undefined],
  ] as const)('should badge a %s item titled "%s" with %s', (kind, title, badge) => {
    expect(kindBadge(kind, title)).toBe(badge);
  });
});

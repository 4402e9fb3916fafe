import { describe, expect, it } from 'vitest';
import { absoluteUrl, joinBase, normalizeBase } from '../../src/utils/url.ts';

describe('normalizeBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['referater', '/referater/'],
    ['/referater', '/referater/'],
    ['/referater/', '/referater/'],
    ['//a/b//', '/a/b/'],
  ])('should turn %j into %j', (base, expected) => {
    expect(normalizeBase(base)).toBe(expected);
  });
});

describe('joinBase', () => {
  it.each([
    ['/', '/', '/'],
    ['/', '/roskilde/', '/roskilde/'],
    ['/referater/', '/', '/referater/'],
    ['/referater/', '/roskilde/oekonomiudvalget/', '/referater/roskilde/oekonomiudvalget/'],
    ['/referater', 'soeg/', '/referater/soeg/'],
    ['/referater/', 'pagefind/pagefind.js', '/referater/pagefind/pagefind.js'],
  ])('should join base %j and path %j as %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  it('should be undefined without a site', () => {
    expect(absoluteUrl(undefined, '/', '/roskilde/')).toBeUndefined();
  });

  it('should combine site, base and path', () => {
    expect(absoluteUrl('https://example.dk', '/referater/', '/roskilde/')).toBe('https://example.dk/referater/roskilde/');
  });

  it('should not double the base when the site URL already ends in it', () => {
    expect(absoluteUrl(new URL('https://example.dk/referater/'), '/referater/', '/soeg/')).toBe(
      'https://example.dk/referater/soeg/',
    );
  });
});

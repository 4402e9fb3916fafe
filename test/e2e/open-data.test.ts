/**
 * Issue 14 on the seed site as built (files in its output folder, no
 * browser): the sitemap lists exactly the HTML pages, every feed and calendar
 * parses back with the pages' own facts, every page has a description,
 * Open Graph and JSON-LD that parses, and the Data page names it all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import { DomUtils, parseDocument } from 'htmlparser2';
import { builtPagePaths, filesOf, sitemapPagePaths } from '../support/built-open-data.ts';
import { meetings, pages, siteBase, siteOrigin } from './seed-site.ts';

const dir = inject('siteDir');
const publicBase = `${siteOrigin}${siteBase}`;
const fileOfUrl = (url: string): string => {
  expect(url.startsWith(publicBase), url).toBe(true);
  const path = url.slice(publicBase.length);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
};
const html = (file: string) => parseDocument(readFileSync(join(dir, file), 'utf8'));
const text = (node: Parameters<typeof DomUtils.textContent>[0]): string => DomUtils.textContent(node).replace(/\s+/g, ' ').trim();
/** The page's main content (not its head's JSON-LD, which repeats the decision). */
const main = (document: ReturnType<typeof html>) => DomUtils.getElementsByTagName('main', document)[0]!;
const all = filesOf(dir);

describe('the open data of the seed site', () => {
  it('has a sitemap that lists exactly the HTML pages of the site', () => {
    const built = builtPagePaths(dir);
    expect(built.length).toBeGreaterThan(60);
    expect(sitemapPagePaths(dir, publicBase)).toEqual(built);
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${publicBase}sitemap-index.xml\n`);
  });

  it('has feeds that parse, newest first, each entry linking a page of the site whose decision is its summary', () => {
    const feeds = all.filter((file) => file.endsWith('feed.xml'));
    // The site's, five municipalities' and five committees'.
    expect(feeds).toHaveLength(11);
    for (const file of feeds) {
      const feed = parseFeed(readFileSync(join(dir, file), 'utf8'));
      expect(feed.self, file).toBe(`${publicBase}${file}`);
      expect(feed.items.length, file).toBeGreaterThan(0);
      const times = feed.items.map((item) => item.updated!.getTime());
      expect(times, file).toEqual([...times].sort((a, b) => b - a));
      for (const item of feed.items) {
        const page = html(fileOfUrl(item.url!));
        const heading = text(DomUtils.getElementsByTagName('h1', page)[0]!);
        expect(item.title, item.url!).toContain(heading.replace(/^Punkt \d+/, ''));
        if (DomUtils.getElements({ class: 'closed-notice' }, page, true).length > 0) continue;
        // Each paragraph of the summary is a paragraph of the page (its decision), or says that there is none.
        const summary = parseDocument(item.description!);
        for (const paragraph of DomUtils.getElementsByTagName('p', summary)) expect(text(main(page)), item.url!).toContain(text(paragraph));
      }
    }
    expect(parseFeed(readFileSync(join(dir, 'feed.xml'), 'utf8')).items).toHaveLength(50);
    expect(parseFeed(readFileSync(join(dir, `${meetings.roskilde.slice(1, -'2021-02-04/'.length)}feed.xml`), 'utf8')).items).toHaveLength(11);
  });

  it("has a calendar per committee whose meeting is at the time its page gives, in Copenhagen", () => {
    const calendars = all.filter((file) => file.endsWith('kalender.ics'));
    expect(calendars).toHaveLength(5);
    const copenhagen = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    for (const file of calendars) {
      const events = new ICAL.Component(ICAL.parse(readFileSync(join(dir, file), 'utf8'))).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
      expect(events, file).toHaveLength(1);
      const page = html(fileOfUrl(events[0]!.component.getFirstPropertyValue('url') as string));
      const time = /kl\. (\d\d:\d\d)/.exec(text(main(page)))?.[1];
      expect(copenhagen.format(events[0]!.startDate.toJSDate()), file).toBe(time);
    }
  });

  it('gives every page a description, Open Graph title and description, and JSON-LD that parses', () => {
    const htmlFiles = all.filter((file) => file.endsWith('.html'));
    const missing: string[] = [];
    for (const file of htmlFiles) {
      const document = html(file);
      const meta = (attribute: 'name' | 'property', value: string) => DomUtils.findOne((el) => el.name === 'meta' && el.attribs[attribute] === value, document.children, true)?.attribs.content?.trim();
      for (const [attribute, value] of [['name', 'description'], ['property', 'og:title'], ['property', 'og:description']] as const) if (!meta(attribute, value)) missing.push(`${file}: ${value}`);
      if (file !== '404.html' && meta('property', 'og:url') !== `${publicBase}${file.replace(/index\.html$/, '')}`) missing.push(`${file}: og:url`);
      const scripts = DomUtils.findAll((el) => el.name === 'script' && el.attribs.type === 'application/ld+json', document.children);
      if (file !== '404.html' && scripts.length !== 1) missing.push(`${file}: ${scripts.length} JSON-LD scripts`);
      for (const script of scripts) {
        const data = JSON.parse(DomUtils.textContent(script)) as { '@context'?: string; '@type'?: string };
        if (data['@context'] !== 'https://schema.org' || !data['@type']) missing.push(`${file}: JSON-LD without @context or @type`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('makes a meeting a schema.org Event at its Danish time, recorded in the minutes with its items as parts', () => {
    const script = DomUtils.findOne((el) => el.attribs.type === 'application/ld+json', html(`${meetings.roskilde.slice(1)}index.html`).children, true)!;
    const event = JSON.parse(DomUtils.textContent(script));
    expect(event).toMatchObject({ '@type': 'Event', startDate: '2021-02-04T16:30:00+01:00', location: { name: 'Zoom' }, organizer: { name: 'Beskæftigelses- og Socialudvalget' } });
    expect(event.recordedIn.hasPart).toHaveLength(11);
  });

  it('links the Atom feed in the head of the front, municipality and committee pages, and visibly on the committee page', () => {
    for (const path of [pages.front, pages.municipality, pages.committee]) {
      const link = DomUtils.findOne((el) => el.name === 'link' && el.attribs.rel === 'alternate', html(`${path.slice(1)}index.html`).children, true);
      expect(link?.attribs, path).toMatchObject({ type: 'application/atom+xml', href: `${publicBase}${path.slice(1)}feed.xml` });
      expect(existsSync(join(dir, fileOfUrl(link!.attribs.href!))), path).toBe(true);
    }
    const links = DomUtils.findAll((el) => el.name === 'a', html(`${pages.committee.slice(1)}index.html`).children).map((a) => [text(a), a.attribs.href]);
    expect(links).toEqual(expect.arrayContaining([['Følg udvalget (Atom)', `${siteBase}${pages.committee.slice(1)}feed.xml`], ['Møderne i kalenderen (iCalendar)', `${siteBase}${pages.committee.slice(1)}kalender.ics`]]));
  });

  it('names the OParl entry point, the sitemap and the terms of reuse on the Data page', () => {
    const page = html(`${pages.data.slice(1)}index.html`);
    const hrefs = DomUtils.findAll((el) => el.name === 'a', page.children).map((a) => a.attribs.href);
    expect(hrefs).toEqual(expect.arrayContaining([`${publicBase}oparl/v1/system.json`, `${publicBase}sitemap-index.xml`, `${siteBase}feed.xml`]));
    expect(hrefs.filter((href) => href?.endsWith('kalender.ics'))).toHaveLength(5);
    const terms = DomUtils.findOne((el) => el.name === 'section' && el.attribs['aria-labelledby'] === 'terms-heading', page.children, true)!;
    expect(text(DomUtils.getElementsByTagName('p', terms)[0]!)).toBe('Referaterne er offentlige dokumenter. Ved tvivl om genbrug, kontakt udgiveren.');
  });
});

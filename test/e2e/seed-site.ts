/**
 * The seed site the e2e run builds: its base path, public origin and the
 * pages the tests visit by name. Paths are site paths without the base.
 * No Vitest imports here: the global setup reads this too.
 */
/** What the global setup hands to the test files (provide/inject). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:41234/referater/ */
    siteUrl: string;
    /** The built folder on disk. */
    siteDir: string;
    /** Chromium's WebSocket address, shared by all test files. */
    wsEndpoint: string;
  }
}

export const siteBase = '/referater/';
export const siteOrigin = 'https://referater.example.dk';

const roskilde = '/roskilde/beskaeftigelses-og-socialudvalget/2021-02-04/';
const lejre = '/lejre/udvalget-for-job-arbejdsmarked/2020-01-08/';
const helsingoer = '/helsingoer/social-og-beskaeftigelsesudvalget/2019-11-06/';
const gladsaxe = '/gladsaxe/beskaeftigelses-og-integrationsudvalget/2018-02-20/';
const odense = '/odense/beskaeftigelses-og-socialudvalget/2021-03-02/';

export const meetings = { roskilde, lejre, helsingoer, gladsaxe, odense } as const;

/** Pages by type; every one of them exists in the seed site. */
export const pages = {
  front: '/',
  municipality: '/odense/',
  committee: '/roskilde/beskaeftigelses-og-socialudvalget/',
  meeting: lejre,
  /** An ordinary decision item: "Godkendelse af økonomisk handleplan på socialområdet". */
  item: `${roskilde}punkt-16/`,
  /** Decided by two committees on two dates (Børn & Ungdom 2020-01-07, Job & Arbejdsmarked 2020-01-08). */
  twoDecisions: `${lejre}punkt-10/`,
  /** "Lukket: Meddelelser": published without its case text. */
  closed: `${gladsaxe}punkt-14/`,
  /** A 34-row, 8-column budget table. */
  bigTable: `${helsingoer}punkt-2/`,
  /** An item whose case text links to an external site. */
  externalLink: `${odense}punkt-1/`,
  /** Odense punkt 10 "Status på bandesituationen": the longest item, nested numbered headings, tables 4–6; no decision. */
  longItem: `${odense}punkt-10/`,
  /** Odense punkt 6: the minutes record no decision. */
  noDecision: `${odense}punkt-6/`,
  search: '/soeg/',
  /** The sample site's own MDX page (examples/sider/om-referaterne.mdx). */
  sitePage: '/sider/om-referaterne/',
  /** Feeds, calendars, OParl and the terms of reuse (issue 14). */
  data: '/data/',
  notFound: '/findes-ikke/',
} as const;

/**
 * `pages/pages.jsonl` of a WACZ: the pages a reader starts from. Every page
 * of the site but the 404 page, the front page first (ReplayWeb.page lists
 * them in this order), each with the title its HTML gives — the title the
 * archived page shows — and the snapshot's date, which is its records' date.
 */
export const pagesFile = 'pages/pages.jsonl';

export interface PageEntry {
  /** File of the site: "roskilde/…/punkt-16/index.html". */
  path: string;
  url: string;
  title: string | undefined;
}

export function pagesText(pages: readonly PageEntry[], date: string): string {
  const ordered = [...pages.filter((page) => page.path === 'index.html'), ...pages.filter((page) => page.path !== 'index.html')];
  const lines = [
    JSON.stringify({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' }),
    ...ordered.map((page) => JSON.stringify({ id: page.path.replace(/(^|\/)index\.html$/, '$1') || '/', url: page.url, ts: date, ...(page.title ? { title: page.title } : {}) })),
  ];
  return `${lines.join('\n')}\n`;
}

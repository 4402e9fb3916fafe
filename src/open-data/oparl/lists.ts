/**
 * OParl's external object lists (spec 2.5) as static files: a list is cut
 * into pages of `pageSize` objects, each page a file `{data, pagination,
 * links}`, linked first/prev/self/next/last. The first page's URL is the
 * list's URL. An empty list is one page with `data: []`.
 *
 * The caller hands the objects in their stable order; pages never depend on
 * anything else, so the same data gives the same files on every build.
 *
 * Pure.
 */
import type { Json, OparlObject } from './objects.ts';
import { listPagePath } from './paths.ts';

/** Objects per list page: the spec recommends paging lists of more than 100. */
export const pageSize = 100;

export interface OparlFile {
  /** Below the site root, e.g. "oparl/v1/body/roskilde/meetings.json". */
  path: string;
  json: { [key: string]: Json };
}

/** The pages of the list whose first page is `listPath`; `url` makes a path public. */
export function listPages(listPath: string, objects: readonly OparlObject[], url: (path: string) => string, size = pageSize): OparlFile[] {
  const totalPages = Math.max(1, Math.ceil(objects.length / size));
  const pageUrl = (page: number): string => url(listPagePath(listPath, page));
  const files: OparlFile[] = [];
  for (let page = 1; page <= totalPages; page++) {
    const links: { [key: string]: Json } = { first: pageUrl(1) };
    if (page > 1) links.prev = pageUrl(page - 1);
    links.self = pageUrl(page);
    if (page < totalPages) links.next = pageUrl(page + 1);
    links.last = pageUrl(totalPages);
    files.push({
      path: listPagePath(listPath, page),
      json: {
        data: objects.slice((page - 1) * size, page * size),
        pagination: { totalElements: objects.length, elementsPerPage: size, currentPage: page, totalPages },
        links,
      },
    });
  }
  return files;
}

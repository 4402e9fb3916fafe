import { FileError, ruleIds } from '../diagnostics/messages.ts';
import type { Meeting } from '../model/meeting.ts';
import { itemId, meetingId } from '../model/paths.ts';
import type { Root } from 'mdast';
import { itemTree } from './item-tree.ts';
import { toMdx } from './to-mdx.ts';
import { meetingToMdx } from './meeting-mdx.ts';

export interface ContentFile {
  /** Relative to the content root, with `/` separators. */
  path: string;
  contents: string;
}

/**
 * The content files of one meeting: `meetings/<meetingId>.mdx`, then one
 * `items/<itemId>.mdx` per item in agenda order.
 *
 * Minutes sometimes repeat an item number with the same title; the second
 * such file gets "-2" (then "-3", …) so no item overwrites another.
 * Throws a `FileError` when a file cannot be written (frontmatter the schema
 * rejects), at the item's source line, so the message points at the minutes.
 */
export function meetingFiles(meeting: Meeting): ContentFile[] {
  return meetingFileTrees(meeting).map(({ path, contents }) => ({ path, contents }));
}

/** The same files, each item's with the mdast tree it was written from (render-tree.ts renders it). */
export function meetingFileTrees(meeting: Meeting): (ContentFile & { tree?: Root })[] {
  const files: (ContentFile & { tree?: Root })[] = [{ path: `meetings/${meetingId(meeting)}.mdx`, contents: placed(null, () => meetingToMdx(meeting)) }];
  const used = new Set<string>();
  for (const item of meeting.items) {
    const base = `items/${itemId(meeting, item)}`;
    let path = base;
    for (let count = 2; used.has(path); count++) path = `${base}-${count}`;
    used.add(path);
    const tree = placed(item.line, () => itemTree(meeting, item));
    files.push({ path: `${path}.mdx`, contents: toMdx(tree), tree });
  }
  return files;
}

function placed<T>(line: number | null, write: () => T): T {
  try {
    return write();
  } catch (error) {
    throw new FileError((error as Error).message ?? String(error), line, ruleIds.unwritableContent, { cause: error });
  }
}

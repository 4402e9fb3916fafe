import { FileError, ruleIds } from '../diagnostics/messages.ts';
import type { Meeting } from '../model/meeting.ts';
import { itemId, meetingId } from '../model/paths.ts';
import type { Root } from 'mdast';
import type { ItemFrontmatter, MeetingFrontmatter } from '../model/schema.ts';
import { itemTreeOf } from './item-tree.ts';
import { itemFrontmatter } from './item-frontmatter.ts';
import { meetingFrontmatter } from './meeting-frontmatter.ts';
import { meetingTreeOf } from './meeting-tree.ts';
import { toMdx } from './to-mdx.ts';

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
  const { meeting: meetingFile, items } = meetingFileTrees(meeting);
  return [meetingFile, ...items].map(({ path, contents }) => ({ path, contents }));
}

export interface MeetingFileTrees {
  meeting: ContentFile & { data: MeetingFrontmatter };
  /** In agenda order, each with the mdast tree it was written from (render-tree.ts renders it) and its frontmatter. */
  items: (ContentFile & { tree: Root; data: ItemFrontmatter })[];
}

/** The same files, with the trees and the validated frontmatter they were written from (the manifest keeps the data). */
export function meetingFileTrees(meeting: Meeting): MeetingFileTrees {
  const data = placed(null, () => meetingFrontmatter(meeting));
  const files: MeetingFileTrees = { meeting: { path: `meetings/${meetingId(meeting)}.mdx`, contents: placed(null, () => toMdx(meetingTreeOf(data))), data }, items: [] };
  const used = new Set<string>();
  for (const item of meeting.items) {
    const base = `items/${itemId(meeting, item)}`;
    let path = base;
    for (let count = 2; used.has(path); count++) path = `${base}-${count}`;
    used.add(path);
    const itemData = placed(item.line, () => itemFrontmatter(meeting, item));
    const tree = placed(item.line, () => itemTreeOf(itemData, item));
    files.items.push({ path: `${path}.mdx`, contents: placed(item.line, () => toMdx(tree)), tree, data: itemData });
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

import { FileError, ruleIds } from '../diagnostics/messages.ts';
import type { Meeting } from '../model/meeting.ts';
import { itemId, meetingId } from '../model/paths.ts';
import { itemToMdx } from './item-mdx.ts';
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
  const files: ContentFile[] = [{ path: `meetings/${meetingId(meeting)}.mdx`, contents: placed(null, () => meetingToMdx(meeting)) }];
  const used = new Set<string>();
  for (const item of meeting.items) {
    const base = `items/${itemId(meeting, item)}`;
    let path = base;
    for (let count = 2; used.has(path); count++) path = `${base}-${count}`;
    used.add(path);
    files.push({ path: `${path}.mdx`, contents: placed(item.line, () => itemToMdx(meeting, item)) });
  }
  return files;
}

function placed(line: number | null, write: () => string): string {
  try {
    return write();
  } catch (error) {
    throw new FileError((error as Error).message ?? String(error), line, ruleIds.unwritableContent, { cause: error });
  }
}

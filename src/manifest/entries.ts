/**
 * A meeting's content: its MDX files, its manifest entry and its search file,
 * all from the model in one pass. Pure (hashing is not I/O), so it runs on the
 * convert workers.
 */
import { createHash } from 'node:crypto';
import type { Meeting } from '../model/meeting.ts';
import { meetingId } from '../model/paths.ts';
import { meetingFrontmatter } from '../mdx/meeting-frontmatter.ts';
import { itemFrontmatter } from '../mdx/item-frontmatter.ts';
import { meetingFiles, type ContentFile } from '../mdx/meeting-files.ts';
import { itemSearchText } from '../model/search-text.ts';
import type { MeetingEntry, SearchFile } from './schema.ts';

export function contentDigest(contents: string): string {
  return createHash('sha256').update(contents).digest('base64url');
}

export interface MeetingContent {
  /** MDX files and the search file, in the order they are written. */
  files: ContentFile[];
  /** The manifest entry, without `source` (the caller knows it). */
  entry: Omit<MeetingEntry, 'source'>;
}

const idOf = (file: string): string => file.replace(/^(meetings|items)\//, '').replace(/\.mdx$/, '');

/** Throws like `meetingFiles` when frontmatter is invalid. */
export function meetingContent(meeting: Meeting): MeetingContent {
  const [meetingFile, ...itemFiles] = meetingFiles(meeting);
  const id = meetingId(meeting);
  const search: SearchFile = { items: {} };
  const items = meeting.items.map((item, index) => {
    const file = itemFiles[index]!;
    search.items[idOf(file.path)] = itemSearchText(item);
    return { id: idOf(file.path), file: file.path, digest: contentDigest(file.contents), data: itemFrontmatter(meeting, item) };
  });
  const searchFile: ContentFile = { path: `search/${id}.json`, contents: `${JSON.stringify(search)}\n` };
  return {
    files: [meetingFile!, ...itemFiles, searchFile],
    entry: {
      id,
      file: meetingFile!.path,
      digest: contentDigest(meetingFile!.contents),
      data: meetingFrontmatter(meeting),
      items,
      search: { file: searchFile.path, digest: contentDigest(searchFile.contents) },
    },
  };
}

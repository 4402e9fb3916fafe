/**
 * A meeting's content: its MDX files, its manifest entry and its body file
 * (rendered HTML and search text), all from the model in one pass. Pure (hashing is not I/O), so it runs on the
 * convert workers.
 */
import type { Meeting } from '../model/meeting.ts';
import { meetingId } from '../model/paths.ts';
import { meetingFileTrees, type ContentFile } from '../mdx/meeting-files.ts';
import { renderTree } from '../mdx/render-tree.ts';
import { t } from '../utils/i18n.ts';
import { itemSearchText } from '../model/search-text.ts';
import type { BodyFile, MeetingEntry } from './schema.ts';
import { contentDigest } from './digest.ts';

export interface MeetingContent {
  /** MDX files and the body file, in the order they are written. */
  files: ContentFile[];
  /** The manifest entry, without `source` (the caller knows it). */
  entry: Omit<MeetingEntry, 'source'>;
}

const idOf = (file: string): string => file.replace(/^(meetings|items)\//, '').replace(/\.mdx$/, '');

/** Where convert keeps a meeting's published document in the content folder (it copies the bytes; this module does no I/O). */
function documentOf(meeting: Meeting, id: string): MeetingEntry['document'] {
  const { format, bytes } = meeting.source;
  return format === 'text' ? null : { file: `documents/${id}.${format}`, format, bytes };
}

/** Throws like `meetingFiles` when frontmatter is invalid. */
export function meetingContent(meeting: Meeting): MeetingContent {
  const { meeting: meetingFile, items: itemFiles } = meetingFileTrees(meeting);
  const id = meetingId(meeting);
  const words = { labels: { decision: t('mdx.decision'), attachments: t('mdx.attachments') }, tableLabel: t('table.label'), tableHint: t('table.hint'), anchorLabel: t('heading.anchor') };
  const bodies: BodyFile = { items: {} };
  const items = meeting.items.map((item, index) => {
    const file = itemFiles[index]!;
    bodies.items[idOf(file.path)] = { ...renderTree(file.tree, words), search: itemSearchText(item) };
    return { id: idOf(file.path), file: file.path, digest: contentDigest(file.contents), data: file.data };
  });
  const bodyFile: ContentFile = { path: `bodies/${id}.json`, contents: `${JSON.stringify(bodies)}\n` };
  const plain = ({ path, contents }: ContentFile): ContentFile => ({ path, contents });
  return {
    files: [plain(meetingFile), ...itemFiles.map(plain), bodyFile],
    entry: {
      id,
      file: meetingFile.path,
      digest: contentDigest(meetingFile.contents),
      data: meetingFile.data,
      items,
      bodies: { file: bodyFile.path, digest: contentDigest(bodyFile.contents) },
      document: documentOf(meeting, id),
    },
  };
}

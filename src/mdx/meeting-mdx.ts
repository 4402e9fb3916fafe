import type { Meeting } from '../model/meeting.ts';
import { meetingTree } from './meeting-tree.ts';
import { toMdx } from './to-mdx.ts';

/** The MDX entry of a meeting. Throws an Error naming the field when the frontmatter is invalid. */
export function meetingToMdx(meeting: Meeting): string {
  return toMdx(meetingTree(meeting));
}

import type { Root } from 'mdast';
import type { Meeting } from '../model/meeting.ts';
import { yamlNode } from './frontmatter.ts';
import { meetingFrontmatter } from './meeting-frontmatter.ts';
import type { MeetingFrontmatter } from '../model/schema.ts';

/**
 * The mdast tree of a meeting entry: frontmatter only.
 *
 * The agenda lives in the frontmatter (with links the page builds from it),
 * so a body would only duplicate it. Throws when the frontmatter is invalid.
 */
export function meetingTree(meeting: Meeting): Root {
  return meetingTreeOf(meetingFrontmatter(meeting));
}

/** `meetingTree` with the frontmatter already made. */
export function meetingTreeOf(frontmatter: MeetingFrontmatter): Root {
  return { type: 'root', children: [yamlNode(frontmatter)] };
}

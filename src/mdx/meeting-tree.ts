import type { Root } from 'mdast';
import type { Meeting } from '../model/meeting.ts';
import { yamlNode } from './frontmatter.ts';
import { meetingFrontmatter } from './meeting-frontmatter.ts';

/**
 * The mdast tree of a meeting entry: frontmatter only.
 *
 * The agenda lives in the frontmatter (with links the page builds from it),
 * so a body would only duplicate it. Throws when the frontmatter is invalid.
 */
export function meetingTree(meeting: Meeting): Root {
  return { type: 'root', children: [yamlNode(meetingFrontmatter(meeting))] };
}

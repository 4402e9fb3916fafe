import type { Item, Meeting } from '../model/meeting.ts';
import { itemTree } from './item-tree.ts';
import { toMdx } from './to-mdx.ts';

/** The MDX entry of an item. Throws an Error naming the field when the frontmatter is invalid. */
export function itemToMdx(meeting: Meeting, item: Item): string {
  return toMdx(itemTree(meeting, item));
}

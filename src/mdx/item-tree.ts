import type { Root, RootContent } from 'mdast';
import type { Item, Meeting } from '../model/meeting.ts';
import { attachmentsElement } from './attachments.ts';
import { decisionElement } from './decision.ts';
import { yamlNode } from './frontmatter.ts';
import { itemFrontmatter } from './item-frontmatter.ts';
import type { ItemFrontmatter } from '../model/schema.ts';
import { sectionElement } from './section.ts';

/**
 * The mdast tree of an item entry: frontmatter, then the decision(s), the
 * sections in source order, and the attachments.
 *
 * Decisions come first because that is what readers look for. Closed items
 * publish their decisions only: no sections, no attachments, no case text.
 * Throws when the frontmatter is invalid (see `validateFrontmatter`).
 */
export function itemTree(meeting: Meeting, item: Item): Root {
  return itemTreeOf(itemFrontmatter(meeting, item), item);
}

/** `itemTree` with the frontmatter already made (convert keeps it for the manifest, so it is validated once). */
export function itemTreeOf(frontmatter: ItemFrontmatter, item: Item): Root {
  const children: RootContent[] = [yamlNode(frontmatter), ...item.decisions.map(decisionElement)];
  if (!item.closed) {
    children.push(...item.sections.map(sectionElement));
    const attachments = attachmentsElement(item.attachments);
    if (attachments) children.push(attachments);
  }
  return { type: 'root', children };
}

import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import type { Section } from '../model/meeting.ts';
import { contentBlocks } from './content-blocks.ts';
import { jsxFlowElement } from './jsx-element.ts';

/** `<Section heading="…" kind="…">…</Section>`, headings inside demoted to h3 and deeper. */
export function sectionElement(section: Section): MdxJsxFlowElement {
  return jsxFlowElement(
    'Section',
    { heading: section.heading, kind: section.kind },
    contentBlocks(section.content, section.text, { minHeadingDepth: 3 }),
  );
}

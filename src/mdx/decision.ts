import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import type { Decision } from '../model/meeting.ts';
import { contentBlocks } from './content-blocks.ts';
import { jsxFlowElement } from './jsx-element.ts';

/** `<Decision committee="…" date="YYYY-MM-DD">…</Decision>`; unknown attributes are left out. */
export function decisionElement(decision: Decision): MdxJsxFlowElement {
  return jsxFlowElement(
    'Decision',
    { committee: decision.committee, date: decision.date },
    contentBlocks(decision.content, decision.text, { minHeadingDepth: 3 }),
  );
}

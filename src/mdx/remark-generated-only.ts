/**
 * Remark plugin for the renderer: accept only what our writer generates.
 *
 * `renderMdx` runs the compiled MDX as code, so an expression (`{…}`), ESM
 * (`import`/`export`), an expression attribute or an arbitrary JSX tag such
 * as `<script>` in a content file would run at build time or land in the
 * page. The writer never emits them (minutes text is escaped); this makes a
 * hand-edited or corrupted entry fail loudly instead.
 */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { ruleIds } from '../diagnostics/messages.ts';

/** The JSX elements the writer emits (see decision.ts, section.ts, attachments.ts, content-blocks.ts). */
export const generatedElements = new Set(['Decision', 'Section', 'Attachments', 'Table']);

export function remarkGeneratedOnly(): (tree: Root, file: VFile) => undefined {
  return (tree, file) => {
    check(tree, file);
  };
}

function check(node: Nodes, file: VFile): void {
  switch (node.type) {
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      file.fail(`Unexpected \`${node.type}\` in generated MDX, expected only text and components`, {
        place: node.position,
        ruleId: ruleIds.mdxCode,
        source: 'referat',
      });
      break;
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      if (!node.name || !generatedElements.has(node.name)) {
        file.fail(`Unexpected element \`<${node.name ?? ''}>\` in generated MDX, expected one of ${[...generatedElements].join(', ')}`, {
          place: node.position,
          ruleId: ruleIds.mdxElement,
          source: 'referat',
        });
      }
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) {
          file.fail(`Unexpected expression attribute on \`<${node.name}>\`, expected string attributes only`, {
            place: node.position,
            ruleId: ruleIds.mdxCode,
            source: 'referat',
          });
        }
      }
      break;
    }
    default:
  }
  if ('children' in node) for (const child of node.children) check(child, file);
}

/**
 * Wide tables must not make the page scroll sideways at 320 px (WCAG 1.4.10),
 * so each table gets a focusable scroll container labelled by its caption.
 * A transform of the hast tree (never of HTML text), done once per item when
 * `convert` renders it.
 */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { h } from 'hastscript';

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
}

/** Wraps every `<table>` below `tree` in `<div class="table-scroll" role="region" tabindex="0" aria-label>`. */
export function wrapTables(tree: Root | Element, fallbackLabel: string): void {
  tree.children = tree.children.map((child) => {
    if (child.type !== 'element') return child;
    if (child.tagName !== 'table') {
      wrapTables(child, fallbackLabel);
      return child;
    }
    const caption = child.children.find((node): node is Element => node.type === 'element' && node.tagName === 'caption');
    const label = (caption && textOf(caption).replace(/\s+/g, ' ').trim()) || fallbackLabel;
    return h('div', { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: label }, [child]) as ElementContent;
  }) as typeof tree.children;
}

/**
 * Wide tables must not make the page scroll sideways at 320 px (WCAG 1.4.10),
 * so each table sits in a scroll container. Whether a table is wider than the
 * screen is known only in the browser: the container becomes a focusable,
 * labelled region (and shows its hint) only then, by the page's small script
 * (src/scripts/table-scroll.ts). Here the container gets what the script
 * needs: the id of the table's name (its caption, or the heading right before
 * it) or a fallback name, and the hint, hidden until the table overflows.
 *
 * A transform of the hast tree (never of HTML text), done once per item when
 * `convert` renders it, after the headings have their ids.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { createIdAllocator, documentIds } from './ids.ts';

export interface TableWords {
  /** Name of a table without a caption or a heading right before it; `{number}` is its place on the page. */
  tableLabel: string;
  /** The visible cue of a table wider than the screen. */
  tableHint: string;
}

const isHeading = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && (/^h[2-6]$/.test(node.tagName) || (node.tagName === 'div' && node.children.some((child) => child.type === 'element' && /^h[2-6]$/.test(child.tagName))));

function headingId(node: Element): string | undefined {
  const heading = /^h[2-6]$/.test(node.tagName) ? node : (node.children.find((child) => child.type === 'element' && /^h[2-6]$/.test(child.tagName)) as Element);
  return typeof heading.properties.id === 'string' ? heading.properties.id : undefined;
}

/** Wraps every `<table>` below `tree` in `<div class="table-block">` with its hint and its `<div class="table-scroll">`. */
export function wrapTables(tree: Root | Element, words: TableWords): void {
  const allocate = createIdAllocator(documentIds(tree));
  let count = 0;
  const visit = (parent: Root | Element) => {
    let previous: ElementContent | undefined;
    parent.children = parent.children.map((child) => {
      const before = previous;
      if (!(child.type === 'text' && child.value.trim() === '')) previous = child as ElementContent;
      if (child.type !== 'element') return child;
      if (child.tagName !== 'table') {
        visit(child);
        return child;
      }
      count += 1;
      const caption = child.children.find((node): node is Element => node.type === 'element' && node.tagName === 'caption');
      if (caption && typeof caption.properties.id !== 'string') caption.properties.id = allocate(`tabel-${count}`);
      const labelledBy = caption ? (caption.properties.id as string) : isHeading(before) ? headingId(before) : undefined;
      const hintId = allocate(`tabel-${count}-hint`);
      const scroll = h(
        'div',
        {
          className: ['table-scroll'],
          dataLabelledby: labelledBy,
          dataLabel: labelledBy ? undefined : words.tableLabel.replace('{number}', String(count)),
          dataDescribedby: hintId,
        },
        [child],
      );
      return h('div', { className: ['table-block'] }, [h('p', { className: ['table-hint'], id: hintId, hidden: true }, words.tableHint), scroll]) as ElementContent;
    }) as typeof parent.children;
  };
  visit(tree);
}

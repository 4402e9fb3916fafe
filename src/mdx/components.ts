/**
 * The components our MDX uses, as functions returning hast (no React, no
 * Astro). The site's CSS styles them by class name:
 *
 * - `<Decision>` → `section.decision` > `h2` "Beslutning" + `p.decision-meta` + content
 * - `<Section>` → `section.case-section[data-kind]` > `h2` heading + content
 * - `<Attachments>` → `section.attachments` > `h2` "Bilag" + the list
 * - `<Table>` → the table it wraps, with a `<caption>` (see `content-blocks.ts`)
 *
 * Each section is labelled by its h2 (`aria-labelledby`). Content headings
 * are already h3 or deeper in the MDX, so the outline is h1 (page) → h2 → h3.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h, type Child } from 'hastscript';
import { formatDanishDate } from './danish-date.ts';
import { createIdAllocator, type IdAllocator } from './ids.ts';

/** What MDX hands a component: its string attributes plus rendered children. */
export interface ComponentProps {
  children?: unknown;
  [attribute: string]: unknown;
}

export type Component = (props: ComponentProps) => Element | Root;

export interface Components {
  Decision: Component;
  Section: Component;
  Attachments: Component;
  Table: Component;
}

/** Fixed UI words of the components. */
export interface ComponentLabels {
  decision: string;
  attachments: string;
}

export const defaultLabels: ComponentLabels = { decision: 'Beslutning', attachments: 'Bilag' };

/**
 * Components for ONE document: ids are unique within it, so create a fresh set
 * for every render.
 */
export function createComponents(
  labels: Readonly<ComponentLabels> = defaultLabels,
  ids: IdAllocator = createIdAllocator(),
): Components {
  return {
    Decision(props) {
      const id = ids(labels.decision);
      const committee = text(props.committee);
      const date = text(props.date);
      const meta = decisionMeta(committee, date);
      // Two decisions on one item are two regions: the meta line (committee, date) tells them apart.
      const metaId = meta ? ids(`${labels.decision}-meta`) : null;
      return h('section', { className: ['decision'], ariaLabelledBy: metaId ? `${id} ${metaId}` : id }, [
        h('h2', { id }, labels.decision),
        meta ? h('p', { className: ['decision-meta'], id: metaId }, meta) : null,
        children(props),
      ]);
    },
    Section(props) {
      const heading = text(props.heading) ?? '';
      // Allocated also for an empty section, so the ids after it are the search records' (record-html.ts).
      const id = ids(heading);
      const content = children(props);
      // A heading over nothing ("Relateret behandling" with no text) is left off the page; the data keeps the section.
      if (!content.some(hasText)) return { type: 'root', children: [] };
      return h('section', { className: ['case-section'], dataKind: text(props.kind), ariaLabelledBy: id }, [
        h('h2', { id }, heading),
        content,
      ]);
    },
    Attachments(props) {
      const id = ids(labels.attachments);
      return h('section', { className: ['attachments'], ariaLabelledBy: id }, [
        h('h2', { id }, labels.attachments),
        children(props),
      ]);
    },
    Table(props) {
      const caption = text(props.caption);
      const content = children(props);
      const table = content.find(
        (node): node is Element => node.type === 'element' && node.tagName === 'table',
      );
      if (table && caption) table.children.unshift(h('caption', caption));
      if (table) moveHeaderRows(table, Number(text(props.headerRows) ?? '1'));
      return { type: 'root', children: content };
    },
  };
}

/** The line under a decision's heading: "Økonomiudvalget, 2. marts 2021"; "" when the minutes name neither. */
export function decisionMeta(committee: string | null, date: string | null): string {
  return [committee, date && formatDanishDate(date)].filter(Boolean).join(', ');
}

/** Markdown has one header row: the importer's further header rows move from the body into `<thead>`, as `<th>`. */
function moveHeaderRows(table: Element, headerRows: number): void {
  if (!(headerRows > 1)) return;
  const part = (name: string) => table.children.find((n): n is Element => n.type === 'element' && n.tagName === name);
  const head = part('thead');
  const body = part('tbody');
  if (!head || !body) return;
  for (let moved = 1; moved < headerRows; moved++) {
    const index = body.children.findIndex((n) => n.type === 'element' && n.tagName === 'tr');
    if (index < 0) return;
    const [row] = body.children.splice(index, 1) as [Element];
    // An empty cell under a spanning heading stays a data cell: an empty header says nothing (axe empty-table-header).
    for (const cell of row.children) {
      if (cell.type === 'element' && cell.tagName === 'td' && cell.children.length > 0) {
        cell.tagName = 'th';
        cell.properties.scope = 'col';
      }
    }
    head.children.push(row);
  }
  spanHeadings(head);
}

/**
 * In a header of several rows, an empty cell after a heading in the top row is
 * the rest of that heading ("Ej tilbagefald" over "Antal personer" and
 * "Procent"): it widens the heading instead of being an empty header, which
 * says nothing and reads as a column of its own (axe empty-table-header).
 * An empty corner cell becomes a data cell.
 */
function spanHeadings(head: Element): void {
  const top = head.children.find((n): n is Element => n.type === 'element' && n.tagName === 'tr');
  if (!top) return;
  const cells: ElementContent[] = [];
  let previous: Element | undefined;
  for (const cell of top.children) {
    if (cell.type !== 'element' || cell.tagName !== 'th') {
      cells.push(cell);
      continue;
    }
    if (cell.children.length === 0 && previous) {
      const { colSpan, scope: _scope, ...rest } = previous.properties;
      // One attribute order whichever step added `scope` first (see rehype-table-scope.ts).
      previous.properties = { ...rest, scope: 'colgroup', colSpan: Number(colSpan ?? 1) + 1 };
      continue;
    }
    if (cell.children.length === 0) {
      cell.tagName = 'td';
      delete cell.properties.scope;
    } else previous = cell;
    cells.push(cell);
  }
  top.children = cells;
}

/** Whether a node shows anything: text that is not blank, or a table or a rule (an empty `<p>` shows nothing). */
function hasText(node: ElementContent): boolean {
  if (node.type === 'text') return node.value.trim() !== '';
  if (node.type !== 'element') return false;
  return node.tagName === 'table' || node.tagName === 'hr' || node.tagName === 'img' || node.children.some(hasText);
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** MDX passes one child or an array; hastscript roots are flattened. */
function children(props: ComponentProps): ElementContent[] {
  return h(null, props.children as Child).children as ElementContent[];
}

/**
 * What the search index holds of an item besides its frontmatter: the text of
 * each decision and section, one string per block a reader sees as a unit
 * (paragraph, list item, table row). A table row's cells are joined by
 * "; ", so every word stays a word in the index and a result's excerpt reads
 * "Oprindeligt budget 2019; Forventet budget 2019", not as one run-on phrase.
 * Made from the model by `convert`; the indexer turns it into the small HTML
 * Pagefind reads (src/search/record-html.ts), so no stage reads the
 * built pages back.
 */
import type { BlockContent, ListItem, TableRow } from 'mdast';
import { phrasingText } from '../minutes/plain-text.ts';
import type { Item } from './meeting.ts';

export interface ItemSearchText {
  /** Per decision, in order: its blocks. */
  decisions: string[][];
  /** Per section, in order: its blocks (closed items: none). */
  sections: string[][];
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function blocksOf(nodes: readonly (BlockContent | ListItem | TableRow)[], out: string[]): string[] {
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        out.push(oneLine(phrasingText(node.children)));
        break;
      case 'list':
        blocksOf(node.children, out);
        break;
      case 'listItem':
      case 'blockquote':
        blocksOf(node.children as BlockContent[], out);
        break;
      case 'table':
        if (node.data?.caption) out.push(oneLine(node.data.caption));
        blocksOf(node.children, out);
        break;
      case 'tableRow':
        out.push(node.children.map((cell) => oneLine(phrasingText(cell.children))).filter((cell) => cell !== '').join('; '));
        break;
      default:
        if ('value' in node && typeof node.value === 'string') out.push(oneLine(node.value));
    }
  }
  return out.filter((block) => block !== '');
}

/** The blocks of `content`; the model's plain `text` when it has no structure (as the MDX writer publishes it). */
export function searchBlocks(content: readonly BlockContent[], text: string): string[] {
  if (content.length === 0) return text.trim() ? [oneLine(text)] : [];
  return blocksOf(content, []);
}

/** The searchable text of one item, as published: a closed item publishes its decisions only. */
export function itemSearchText(item: Item): ItemSearchText {
  return {
    decisions: item.decisions.map((decision) => searchBlocks(decision.content, decision.text)),
    sections: item.closed ? [] : item.sections.map((section) => searchBlocks(section.content, section.text)),
  };
}

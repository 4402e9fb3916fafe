/**
 * DOCX → minutes text with mammoth: its HTML is read back into the line form
 * the importer reads (a paragraph a line, blank lines between blocks, table
 * rows as tab-separated cells, list items on adjacent lines). Mammoth reads
 * only the document body, so running headers and footers are left out.
 */
import mammoth from 'mammoth';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { plainText, tidyLine } from './plain.ts';

export async function docxText(bytes: Uint8Array): Promise<string> {
  const { value: html } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    // Pictures carry no text: do not base64-encode them into the HTML only to throw them away.
    { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: true },
  );
  const blocks: string[][] = [];
  collect(parseDocument(html).children, blocks, 0);
  const texts: string[] = [];
  let previousTabbed = false;
  for (const lines of blocks) {
    const block = lines.map((line) => tidyLine(plainText(line))).filter((line) => line.trim() !== '');
    if (block.length === 0) continue;
    // Word gives each table-of-contents entry a paragraph of its own: consecutive tabbed lines are one block, like a table's rows.
    const tabbed = block.every((line) => line.includes('\t'));
    if (tabbed && previousTabbed) texts[texts.length - 1] += `\n${block.join('\n')}`;
    else texts.push(block.join('\n'));
    previousTabbed = tabbed;
  }
  return texts.join('\n\n');
}

const isElement = (node: ChildNode): node is Element => node.type === 'tag';

function collect(nodes: readonly ChildNode[], blocks: string[][], depth: number): void {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    const name = node.name;
    if (name === 'table') blocks.push(DomUtils.getElementsByTagName('tr', node, true).map((row) => row.children.filter(isElement).map((cell) => inline(cell.children).replace(/\n/g, ' ').trim()).join('\t')));
    else if (name === 'ul' || name === 'ol') {
      const lines: string[] = [];
      listLines(node, lines, depth);
      blocks.push(lines);
    } else if (/^(?:p|h[1-6]|blockquote|pre)$/.test(name)) blocks.push(inline(node.children).split('\n'));
    else collect(node.children, blocks, depth);
  }
}

/** "1. text" for numbered lists, "- text" for bullets; nested lists indented a space a level, as the importer reads lists. */
function listLines(list: Element, lines: string[], depth: number): void {
  let number = Number(list.attribs.start ?? 1);
  for (const item of list.children.filter(isElement)) {
    if (item.name !== 'li') continue;
    const own = item.children.filter((c) => !(isElement(c) && (c.name === 'ul' || c.name === 'ol')));
    const marker = list.name === 'ol' ? `${number++}.` : '-';
    lines.push(`${' '.repeat(depth)}${marker} ${inline(own).replace(/\n/g, ' ').trim()}`);
    for (const nested of item.children.filter(isElement)) if (nested.name === 'ul' || nested.name === 'ol') listLines(nested, lines, depth + 1);
  }
}

/** Text of inline content; <br> is a line break. */
function inline(nodes: readonly ChildNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.data;
    else if (isElement(node)) out += node.name === 'br' ? '\n' : node.name === 'img' ? '' : inline(node.children);
  }
  return out;
}

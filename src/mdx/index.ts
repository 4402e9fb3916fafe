export { meetingToMdx } from './meeting-mdx.ts';
export { itemToMdx } from './item-mdx.ts';
export { meetingFiles, type ContentFile } from './meeting-files.ts';
export { meetingTree } from './meeting-tree.ts';
export { itemTree } from './item-tree.ts';
export { meetingFrontmatter } from './meeting-frontmatter.ts';
export { itemFrontmatter } from './item-frontmatter.ts';
export { agendaEntry } from './agenda-entry.ts';
export { toMdx } from './to-mdx.ts';
export { renderMdx, renderMdxToHast, type RenderOptions } from './render-mdx.ts';
export {
  createComponents,
  defaultLabels,
  type Component,
  type ComponentLabels,
  type ComponentProps,
  type Components,
} from './components.ts';
export { formatDanishDate } from './danish-date.ts';

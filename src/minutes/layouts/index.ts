export { layouts, chooseLayout, layoutByName } from './registry.ts';
export type { LayoutChoice } from './registry.ts';
export type { Layout, HeaderField, ItemStartForm, LabelRule, RecogniseRule } from './layout.ts';
export { generic } from './generic.ts';

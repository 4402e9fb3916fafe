/** The one place the loader gets its MDX renderer from. */
export { renderMdx } from './render-mdx-stub.ts';

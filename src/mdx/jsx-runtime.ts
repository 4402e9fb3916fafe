/**
 * A JSX runtime that builds hast: hastscript's runtime for elements and
 * fragments, plus what it lacks for MDX — calling function components.
 */
import type { Element, Root } from 'hast';
import { Fragment, jsx as hastJsx } from 'hastscript/jsx-runtime';

type Props = Record<string, unknown>;
type FunctionComponent = (props: Props) => Element | Root;

export function jsx(type: string | null | FunctionComponent, props: Props): Element | Root {
  if (typeof type === 'function') return type(props);
  // hastscript types its props as element properties; MDX only passes
  // properties and children, which is what it accepts at runtime.
  return type === null ? hastJsx(null, props as never) : hastJsx(type, props as never);
}

export { Fragment };
export const jsxs = jsx;

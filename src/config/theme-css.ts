/**
 * The config's colours as a stylesheet of custom properties, which the
 * integration serves as the module `virtual:referat/theme.css` and the layout
 * imports: Vite bundles it into the site's one hashed stylesheet. No inline
 * `style` attribute or <style> element, so a Content-Security-Policy without
 * 'unsafe-inline' holds.
 */
import type { PageConfig } from './page-config.ts';

export function themeCss(theme: PageConfig['theme']): string {
  return [
    `:root {\n  --accent: ${theme.light.accent};\n  --accent-strong: ${theme.light.strong};\n}`,
    `@media (prefers-color-scheme: dark) {\n  :root {\n    --accent: ${theme.dark.accent};\n    --accent-strong: ${theme.dark.strong};\n  }\n}`,
    '',
  ].join('\n');
}

/**
 * Wide tables must not make the page scroll sideways at 320 px (WCAG 1.4.10),
 * so each table gets a focusable, labelled scroll container. Done once per
 * entry when it is rendered, and cached with it.
 */
const tableOpen = /<table\b[^>]*>(\s*<caption\b[^>]*>([\s\S]*?)<\/caption>)?/g;

function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
}

function escapeAttribute(value: string): string {
  return value.replace(/&(?![a-z#0-9]+;)/gi, '&amp;').replace(/"/g, '&quot;');
}

/** Wraps every `<table>` in `<div class="table-scroll" role="region" tabindex="0" aria-label>`. */
export function wrapTables(html: string, fallbackLabel: string): string {
  if (!html.includes('<table')) return html;
  return html
    .replace(tableOpen, (match, _caption: string | undefined, captionHtml: string | undefined) => {
      const label = (captionHtml && textOf(captionHtml)) || fallbackLabel;
      return `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeAttribute(label)}">${match}`;
    })
    .replace(/<\/table>/g, '</table></div>');
}

/** What a snapshot reads from a built page: its title, description and canonical link (the `<head>` only). */
import { Parser } from 'htmlparser2';

export interface HtmlHead {
  title: string | undefined;
  description: string | undefined;
  canonical: string | undefined;
}

export function htmlHead(html: string): HtmlHead {
  const end = html.search(/<\/head>|<body[\s>]/i);
  const head: HtmlHead = { title: undefined, description: undefined, canonical: undefined };
  let inTitle = false;
  let title = '';
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'title') inTitle = true;
      else if (name === 'meta' && attributes.name?.toLowerCase() === 'description') head.description ??= attributes.content;
      else if (name === 'link' && attributes.rel?.toLowerCase().split(/\s+/).includes('canonical')) head.canonical ??= attributes.href;
    },
    ontext(text) {
      if (inTitle) title += text;
    },
    onclosetag(name) {
      if (name === 'title') inTitle = false;
    },
  });
  parser.end(end === -1 ? html : html.slice(0, end));
  const trimmed = title.replace(/\s+/g, ' ').trim();
  head.title = trimmed === '' ? undefined : trimmed;
  return head;
}

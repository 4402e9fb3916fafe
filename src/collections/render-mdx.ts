/**
 * The one place the loader gets its MDX renderer from: `renderMdx` of
 * src/mdx, with the components' words taken from da.json.
 */
import { renderMdx as renderWithLabels } from '../mdx/index.ts';
import { t } from '../utils/i18n.ts';

const labels = { decision: t('mdx.decision'), attachments: t('mdx.attachments') };

export function renderMdx(mdx: string): { html: string } {
  return renderWithLabels(mdx, { labels });
}

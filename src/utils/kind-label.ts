import type { ItemKind } from '../model/meeting.ts';
import { t } from './i18n.ts';

/** "Beslutningspunkt" / "Orienteringspunkt", or undefined where the minutes do not say. */
export function kindLabel(kind: ItemKind | undefined): string | undefined {
  if (kind === 'decision') return t('item.kind.decision');
  if (kind === 'orientation') return t('item.kind.orientation');
  return undefined;
}

/** Title openings that already say the kind ("Beslutning: …", "Orientering om …"). */
const saidInTitle: Record<NonNullable<ItemKind>, RegExp> = {
  decision: /^\s*beslutning/i,
  orientation: /^\s*orientering/i,
};

/**
 * The agenda's kind badge, left off where the title already says it:
 * "Beslutning: Budget 2020" needs no "Beslutningspunkt" beside it.
 */
export function kindBadge(kind: ItemKind | undefined, title: string): string | undefined {
  if (!kind || saidInTitle[kind].test(title)) return undefined;
  return kindLabel(kind);
}

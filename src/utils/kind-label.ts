import type { ItemKind } from '../model/meeting.ts';
import { t } from './i18n.ts';

/** "Beslutningspunkt" / "Orienteringspunkt", or undefined where the minutes do not say. */
export function kindLabel(kind: ItemKind | undefined): string | undefined {
  if (kind === 'decision') return t('item.kind.decision');
  if (kind === 'orientation') return t('item.kind.orientation');
  return undefined;
}

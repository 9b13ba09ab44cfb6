import type { GoalStatus } from '@herstelkompas/contracts';
import type { TranslationKey } from '../core/i18n/translations';
import type { IconName } from '../ui/icon/icon-paths';

/** A goal status in words, as a translation key. */
export function goalStatusKey(status: GoalStatus): TranslationKey {
  return `clientGoals.statuses.${status}`;
}

/** Each status also has its own icon, so colour never carries it alone. */
export const GOAL_STATUS_ICONS: Readonly<Record<GoalStatus, IconName>> = {
  proposed: 'schedule',
  active: 'target',
  achieved: 'task_alt',
  not_achieved: 'flag',
  dropped: 'close',
};

import type { SaveStatusText } from '../ui/save-status/save-status';
import type { SaveStatus } from './draft-saver';

const SHOWN: Partial<Record<SaveStatus, SaveStatusText>> = {
  saving: { text: 'intake.save.saving', icon: 'schedule' },
  saved: { text: 'intake.save.saved', icon: 'check_circle' },
  retrying: { text: 'intake.save.retrying', icon: 'warning', trouble: true },
  offline: { text: 'intake.save.offline', icon: 'warning', trouble: true },
  rejected: { text: 'intake.save.rejected', icon: 'info', trouble: true },
};

/** What the intake's save status says in the corner. */
export function intakeSaveText(status: SaveStatus): SaveStatusText | null {
  return SHOWN[status] ?? null;
}

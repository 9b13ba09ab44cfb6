import type { SaveStatusText } from '../../ui/save-status/save-status';
import type { NoteSaveStatus } from '../note-editor-store';

const SHOWN: Partial<Record<NoteSaveStatus, SaveStatusText>> = {
  pending: { text: 'clientSessions.editor.save.saving', icon: 'schedule' },
  saving: { text: 'clientSessions.editor.save.saving', icon: 'schedule' },
  saved: { text: 'clientSessions.editor.save.saved', icon: 'check_circle' },
  invalid: {
    text: 'clientSessions.editor.save.invalid',
    icon: 'warning',
    trouble: true,
  },
  failed: {
    text: 'clientSessions.editor.save.failed',
    icon: 'warning',
    trouble: true,
  },
  conflict: {
    text: 'clientSessions.editor.save.failed',
    icon: 'warning',
    trouble: true,
  },
  locked: {
    text: 'clientSessions.editor.save.failed',
    icon: 'warning',
    trouble: true,
  },
};

/** What the note editor's save status says beside its title. */
export function noteSaveText(status: NoteSaveStatus): SaveStatusText | null {
  return SHOWN[status] ?? null;
}

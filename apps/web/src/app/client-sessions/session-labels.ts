import type { NoteStatus, SessionType } from '@herstelkompas/contracts';
import type { TranslationKey } from '../core/i18n/translations';

/** The session type in words, as a translation key. */
export function sessionTypeKey(type: SessionType): TranslationKey {
  return `clientSessions.types.${type}`;
}

/** Concept / Ondertekend, as a translation key. */
export function noteStatusKey(status: NoteStatus): TranslationKey {
  return `clientSessions.status.${status}`;
}

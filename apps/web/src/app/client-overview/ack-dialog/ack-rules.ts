import { REMARK_MAX_LENGTH } from '@herstelkompas/contracts';
import type {
  AcknowledgeRedFlagRequest,
  RedFlagAction,
} from '@herstelkompas/contracts';

/** "Geen actie nodig, want …" and "anders" need their reason (the API agrees). */
export function noteRequired(action: RedFlagAction | null): boolean {
  return action === 'no_action_needed' || action === 'other';
}

export const NOTE_MAX_LENGTH = REMARK_MAX_LENGTH;

export type AckProblem = 'actionRequired' | 'noteRequired' | 'noteTooLong';

/** What keeps the acknowledgement from being sent, or null. */
export function ackProblem(
  action: RedFlagAction | null,
  note: string,
): AckProblem | null {
  if (action === null) return 'actionRequired';
  if (noteRequired(action) && note.trim() === '') return 'noteRequired';
  return note.trim().length > NOTE_MAX_LENGTH ? 'noteTooLong' : null;
}

/** The request body; an empty note is left out rather than sent blank. */
export function toAckRequest(
  action: RedFlagAction,
  note: string,
): AcknowledgeRedFlagRequest {
  const trimmed = note.trim();
  return trimmed ? { action, note: trimmed } : { action };
}

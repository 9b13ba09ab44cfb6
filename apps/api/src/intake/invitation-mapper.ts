import type {
  IntakeInvitation as InvitationDto,
  InvitationStatus,
} from '@herstelkompas/contracts';
import { detectRedFlags, getInstrument } from '@herstelkompas/domain';
import type { IntakeInvitation } from './intake-invitation.entity';

/** An invitation not submitted this long after it was sent stands out on the Intakes page. */
export const OVERDUE_DAYS = 7;

export function statusOf(
  invitation: IntakeInvitation,
  now = new Date(),
): InvitationStatus {
  if (invitation.submittedAt) return 'submitted';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (invitation.draftSavedAt || invitation.consentAt) return 'in_progress';
  if (invitation.openedAt) return 'opened';
  return 'sent';
}

/** The invitation without its mail: callers add `delivery`. */
export function toInvitation(
  invitation: IntakeInvitation,
  now = new Date(),
): Omit<InvitationDto, 'delivery'> {
  const status = statusOf(invitation, now);
  const open =
    status === 'sent' || status === 'opened' || status === 'in_progress';
  return {
    id: invitation.id,
    clientId: invitation.clientId,
    variant: invitation.variant,
    status,
    locked: invitation.lockedAt !== null,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    openedAt: invitation.openedAt?.toISOString() ?? null,
    submittedAt: invitation.submittedAt?.toISOString() ?? null,
    revokedAt: invitation.revokedAt?.toISOString() ?? null,
    assessmentId: invitation.assessmentId,
    overdue:
      open &&
      now.getTime() - invitation.createdAt.getTime() >
        OVERDUE_DAYS * 86_400_000,
    urgentInDraft: open && urgentInDraft(invitation),
  };
}

/** By libs/domain's own rule, on the answers saved so far. */
function urgentInDraft(invitation: IntakeInvitation): boolean {
  const answers = invitation.draftAnswers ?? {};
  if (Object.keys(answers).length === 0) return false;
  const definition = getInstrument(
    invitation.instrumentId,
    invitation.instrumentVersion,
  );
  return (
    definition !== undefined &&
    detectRedFlags(definition, answers).some(
      (flag) => flag.urgency === 'urgent_same_day',
    )
  );
}

import type {
  IntakeInvitation,
  IntakeVariant,
  InvitationStatus,
} from '@herstelkompas/contracts';
import type { TranslationKey } from '../core/i18n/translations';
import type { IconName } from '../ui/icon/icon-paths';

export const STATUS_LABELS: Readonly<Record<InvitationStatus, TranslationKey>> =
  {
    sent: 'clientIntake.status.sent',
    opened: 'clientIntake.status.opened',
    in_progress: 'clientIntake.status.in_progress',
    submitted: 'clientIntake.status.submitted',
    expired: 'clientIntake.status.expired',
    revoked: 'clientIntake.status.revoked',
  };

export const STATUS_ICONS: Readonly<Record<InvitationStatus, IconName>> = {
  sent: 'mail',
  opened: 'visibility',
  in_progress: 'edit_note',
  submitted: 'task_alt',
  expired: 'schedule',
  revoked: 'close',
};

export const VARIANT_LABELS: Readonly<Record<IntakeVariant, TranslationKey>> = {
  baseline: 'clientIntake.variants.baseline',
  follow_up: 'clientIntake.variants.follow_up',
};

/** Still waiting for the client: the link can be revoked or sent again. */
export function isOpen(invitation: IntakeInvitation): boolean {
  return (
    invitation.status === 'sent' ||
    invitation.status === 'opened' ||
    invitation.status === 'in_progress'
  );
}

/** A new link helps after these: locked, expired, or still unanswered. */
export function canResend(invitation: IntakeInvitation): boolean {
  return isOpen(invitation) || invitation.status === 'expired';
}

const DAY = 86_400_000;

/** Whole days since the link was made. */
export function ageInDays(createdAt: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(createdAt)) / DAY));
}

/** The validity the link was made with, to make a new one just as long. */
export function validityInDays(invitation: IntakeInvitation): number {
  const days = Math.round(
    (Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt)) / DAY,
  );
  return Math.min(60, Math.max(1, days));
}

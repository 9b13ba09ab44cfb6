/** Where a mail is: see the README, "Mail". */
export type MailStatus =
  | 'unsent'
  | 'scheduled'
  | 'queued'
  | 'sending'
  | 'retrying'
  | 'sent'
  | 'failed'
  | 'refused'
  | 'cancelled';

export type MailKind =
  | 'intake_invitation'
  | 'intake_reminder'
  | 'team_invitation'
  | 'password_reset'
  | 'mfa_enrolled_notice'
  | 'mfa_disabled_notice'
  | 'portal_invitation'
  | 'portal_sign_in'
  | 'portal_message_notice'
  | 'practitioner_message_notice'
  | 'appointment_confirmation'
  | 'appointment_update'
  | 'appointment_cancellation'
  | 'appointment_reminder';

/** How `send` delivers a link: copied by the practitioner, or mailed. */
export type SendBy = 'link' | 'email';
export const SEND_BY: readonly SendBy[] = ['link', 'email'];

/** What became of one mail, as the practitioner sees it. */
export interface MailDelivery {
  id: string;
  kind: MailKind;
  status: MailStatus;
  recipient: string;
  attempts: number;
  /** ISO-8601: when the next attempt runs (status `retrying`) or the mail is due (`scheduled`). */
  nextAttemptAt: string | null;
  /** The mail server's answer for `retrying`, `failed` and `refused`. */
  error: string | null;
  sentAt: string | null;
  createdAt: string;
}

/** A mail in the outbox (Instellingen -> E-mail, owner only). */
export interface OutboxMessage extends MailDelivery {
  subject: string;
  /** The plain-text body; password reset links are hidden here. */
  text: string;
  /** The attached file's name (an appointment's .ics), if any. */
  attachmentName: string | null;
}

/** `GET /api/practice/outbox`. */
export interface Outbox {
  /** False without SMTP_URL: mail is kept here and not sent. */
  smtpConfigured: boolean;
  messages: OutboxMessage[];
}

/** `GET` / `PATCH /api/practice/mail-settings` (changing it: owner only). */
export interface MailSettings {
  /** Days after an e-mailed intake link a reminder goes if it is not finished; null: no reminder. */
  intakeReminderDays: number | null;
  /** Hours before an appointment its client gets a reminder by e-mail; null: no reminder. */
  appointmentReminderHours: number | null;
  /** Clients and practitioners write each other in the portal (default on). */
  messagingEnabled: boolean;
  /** The weekly check-in asks the intake's short red-flag screen (default off). */
  checkInRedFlags: boolean;
}

/** `PATCH /api/practice/mail-settings`: what is absent stays as it is. */
export type UpdateMailSettingsRequest = Partial<MailSettings>;

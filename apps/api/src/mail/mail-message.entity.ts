import type { Language } from '@herstelkompas/contracts';
import { Appointment } from '../appointments/appointment.entity';
import { Client } from '../clients/client.entity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const MAIL_KINDS = [
  'intake_invitation',
  'intake_reminder',
  'team_invitation',
  'password_reset',
  'mfa_enrolled_notice',
  'mfa_disabled_notice',
  'appointment_confirmation',
  'appointment_update',
  'appointment_cancellation',
  'appointment_reminder',
  'portal_invitation',
  'portal_sign_in',
  'portal_message_notice',
  'practitioner_message_notice',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/**
 * unsent: no SMTP configured, kept to be read in the outbox; scheduled: waits
 * for its time (a reminder); queued/sending/retrying: in the job queue;
 * sent; failed: every attempt failed; refused: the server refused the
 * recipient (no retry helps); cancelled: its reason went away (submitted,
 * revoked, expired) before it was sent.
 */
export const MAIL_STATUSES = [
  'unsent',
  'scheduled',
  'queued',
  'sending',
  'retrying',
  'sent',
  'failed',
  'refused',
  'cancelled',
] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * The outbox: every mail the product writes, one row each, in the same
 * transaction as the thing it is about. The bodies hold a placeholder for the
 * link; the link itself is kept only until the mail is sent or given up.
 */
@Entity({ name: 'mail_messages' })
@Index('ix_mail_messages_practice_created', ['practiceId', 'createdAt'])
@Index('ix_mail_messages_invitation', ['intakeInvitationId'])
@Index('ix_mail_messages_client', ['clientId'])
@Index('ix_mail_messages_appointment', ['appointmentId'])
@Check(
  'ck_mail_messages_kind',
  `"kind" IN ('intake_invitation', 'intake_reminder', 'team_invitation', 'password_reset', 'mfa_enrolled_notice', 'mfa_disabled_notice', 'appointment_confirmation', 'appointment_update', 'appointment_cancellation', 'appointment_reminder', 'portal_invitation', 'portal_sign_in', 'portal_message_notice', 'practitioner_message_notice')`,
)
@Check(
  'ck_mail_messages_status',
  `"status" IN ('unsent', 'scheduled', 'queued', 'sending', 'retrying', 'sent', 'failed', 'refused', 'cancelled')`,
)
@Check(
  'ck_mail_messages_attachment',
  `("attachment_name" IS NULL) = ("attachment_content" IS NULL) AND ("attachment_name" IS NULL) = ("attachment_type" IS NULL)`,
)
export class MailMessage {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_mail_messages',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'text' })
  kind: MailKind;

  @Column({ type: 'text' })
  status: MailStatus;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text', nullable: true })
  replyTo: string | null;

  @Column({ type: 'text' })
  language: Language;

  @Column({ type: 'text' })
  subject: string;

  /** With {@link LINK_PLACEHOLDER} where the link goes. */
  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text' })
  htmlBody: string;

  /** Cleared once the mail is sent, refused, failed or cancelled. */
  @Column({ type: 'text', nullable: true })
  link: string | null;

  /** A client's mail goes with the client when the record is deleted. */
  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    foreignKeyConstraintName: 'fk_mail_messages_client',
  })
  client?: Client;

  @Column({ type: 'uuid', nullable: true })
  practitionerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  intakeInvitationId: string | null;

  /** Mail about an appointment goes with it. */
  @Column({ type: 'uuid', nullable: true })
  appointmentId: string | null;

  @ManyToOne(() => Appointment, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'appointment_id',
    foreignKeyConstraintName: 'fk_mail_messages_appointment',
  })
  appointment?: Appointment;

  /**
   * The start the mail names: a reminder whose appointment has moved since
   * is not sent (the move scheduled a new one).
   */
  @Column({ type: 'timestamptz', nullable: true })
  appointmentStart: Date | null;

  /**
   * One attachment (the .ics of an appointment), kept with the mail so that
   * every attempt sends the same bytes.
   */
  @Column({ type: 'text', nullable: true })
  attachmentName: string | null;

  /** The full MIME type, e.g. `text/calendar; charset=utf-8; method=REQUEST`. */
  @Column({ type: 'text', nullable: true })
  attachmentType: string | null;

  @Column({ type: 'text', nullable: true })
  attachmentContent: string | null;

  /** The pg-boss job that sends it (its retry time is read from there). */
  @Column({ type: 'uuid', nullable: true })
  jobId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sendAfter: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Stands for the link in stored bodies; replaced at sending time. */
export const LINK_PLACEHOLDER = '{{link}}';

import type { Language } from '@herstelkompas/contracts';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, RuntimeConfig } from '../config/config.module';
import { JobQueue } from '../jobs/job-queue';
import { LINK_PLACEHOLDER, MailMessage } from './mail-message.entity';
import {
  describeMailError,
  isRefusedRecipient,
  MAIL_CONNECTIONS,
  MailTransport,
} from './mail-transport';
import {
  AppointmentMailKind,
  LinkMailKind,
  MailParams,
  renderMail,
  RenderedMail,
  withLink,
} from './templates';

export const SEND_MAIL_JOB = 'mail.send';

/** The row as the claim returns it, with whether it is still to be sent. */
interface ClaimedMail {
  id: string;
  recipient: string;
  reply_to: string | null;
  subject: string;
  text_body: string;
  html_body: string;
  link: string | null;
  attachment_name: string | null;
  attachment_type: string | null;
  attachment_content: string | null;
  wanted: boolean;
}

interface MailBase {
  practiceId: string;
  recipient: string;
  replyTo: string | null;
  language: Language;
  clientId?: string;
  practitionerId?: string;
  intakeInvitationId?: string;
  /** A later send (a reminder); now when absent. */
  sendAfter?: Date;
}

/** A file sent with the mail, stored with it so every attempt sends the same bytes. */
export interface MailAttachment {
  filename: string;
  /** The full MIME type, parameters included. */
  contentType: string;
  content: string;
}

/** A mail with one link to act on, in the words of templates.ts. */
export interface NewLinkMail extends MailBase {
  kind: LinkMailKind;
  params: MailParams;
  link: string;
}

/** A mail about an appointment, rendered by its sender, maybe with its .ics. */
export interface NewAppointmentMail extends MailBase {
  kind: AppointmentMailKind;
  rendered: RenderedMail;
  attachment?: MailAttachment;
  appointmentId: string;
  /** The start the mail names (a reminder is dropped once it moved). */
  appointmentStart: Date;
}

export type NewMail = NewLinkMail | NewAppointmentMail;

/**
 * Writes mail to the outbox and sends it from the job queue, never inside a
 * request. The row and its job are inserted in the caller's transaction, with
 * the job's id equal to the row's: a mail exists exactly when the thing it is
 * about was committed, and has exactly one job.
 */
@Injectable()
export class Outbox implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ mailId: string }>(
      SEND_MAIL_JOB,
      {
        retryLimit: this.config.mail.retryLimit,
        retryDelay: this.config.mail.retryDelaySeconds,
        retryBackoff: true,
        // A process that dies while sending leaves the job active; after this it runs again.
        expireInSeconds: this.config.mail.sendTimeoutSeconds,
        retentionDays: 7,
      },
      (job) => this.deliver(job),
      // Low on purpose: sending shares the CPU and database with the API.
      { concurrency: MAIL_CONNECTIONS },
    );
    this.jobs.afterStart((boss) => this.requeueOrphans(boss));
  }

  /**
   * A database restored from a backup has the outbox but not the job queue
   * (its own schema): mail still waiting gets its job again. The job's id is
   * the mail's, so where the job exists this inserts nothing.
   */
  private async requeueOrphans(boss: PgBoss): Promise<void> {
    const waiting: { id: string; send_after: Date | null }[] =
      await this.dataSource.query(
        `SELECT id, send_after FROM mail_messages
          WHERE status IN ('scheduled', 'queued', 'sending', 'retrying')`,
      );
    for (const mail of waiting)
      await boss.send(
        SEND_MAIL_JOB,
        { mailId: mail.id },
        {
          id: mail.id,
          ...(mail.send_after ? { startAfter: mail.send_after } : {}),
        },
      );
  }

  /** Adds a mail inside `manager`'s transaction; call {@link wake} after the commit. */
  async add(manager: EntityManager, mail: NewMail): Promise<MailMessage> {
    const rendered =
      'rendered' in mail
        ? mail.rendered
        : renderMail(mail.kind, mail.language, mail.params);
    const about = 'rendered' in mail ? mail : null;
    const id = randomUUID();
    const row = await manager.save(
      manager.create(MailMessage, {
        id,
        practiceId: mail.practiceId,
        kind: mail.kind,
        status: mail.sendAfter ? 'scheduled' : 'queued',
        recipient: mail.recipient,
        replyTo: mail.replyTo,
        language: mail.language,
        subject: rendered.subject,
        textBody: rendered.text,
        htmlBody: rendered.html,
        link: 'link' in mail ? mail.link : null,
        clientId: mail.clientId ?? null,
        practitionerId: mail.practitionerId ?? null,
        intakeInvitationId: mail.intakeInvitationId ?? null,
        appointmentId: about?.appointmentId ?? null,
        appointmentStart: about?.appointmentStart ?? null,
        attachmentName: about?.attachment?.filename ?? null,
        attachmentType: about?.attachment?.contentType ?? null,
        attachmentContent: about?.attachment?.content ?? null,
        jobId: id,
        sendAfter: mail.sendAfter ?? null,
      }),
    );
    await this.jobs.send(
      manager,
      SEND_MAIL_JOB,
      { mailId: id },
      { id, startAfter: mail.sendAfter },
    );
    return row;
  }

  wake(): void {
    this.jobs.wake(SEND_MAIL_JOB);
  }

  /** Mail about an invitation that is no longer open is not sent. */
  async cancelForInvitation(
    manager: EntityManager,
    invitationId: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE mail_messages SET status = 'cancelled', link = NULL, updated_at = now()
        WHERE intake_invitation_id = $1 AND status IN ('scheduled', 'queued', 'retrying')`,
      [invitationId],
    );
  }

  /** An appointment's reminders that have not gone yet are dropped (moved, cancelled, closed). */
  async cancelAppointmentReminders(
    manager: EntityManager,
    appointmentId: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE mail_messages SET status = 'cancelled', updated_at = now()
        WHERE appointment_id = $1 AND kind = 'appointment_reminder'
          AND status IN ('scheduled', 'queued', 'retrying')`,
      [appointmentId],
    );
  }

  /** The job: one attempt at one mail. */
  private async deliver(
    job: PgBoss.JobWithMetadata<{ mailId: string }>,
  ): Promise<void> {
    // One round trip claims the row (no other process sends it while it is
    // `sending`), reads what is sent and checks, at the moment it goes,
    // whether it is still wanted: the invitation still open, the
    // appointment still planned at the start the reminder names and ahead,
    // the practice still sending reminders.
    const [claimed] = (await this.dataSource.query(
      `UPDATE mail_messages m SET status = 'sending', attempts = m.attempts + 1, updated_at = now()
        WHERE m.id = $1 AND m.status IN ('scheduled', 'queued', 'retrying', 'sending')
        RETURNING m.id, m.recipient, m.reply_to, m.subject, m.text_body, m.html_body,
          m.link, m.attachment_name, m.attachment_type, m.attachment_content,
          (m.intake_invitation_id IS NULL OR EXISTS (
             SELECT 1 FROM intake_invitations i
              WHERE i.id = m.intake_invitation_id AND i.submitted_at IS NULL
                AND i.revoked_at IS NULL AND i.locked_at IS NULL AND i.expires_at > now()))
          AND (m.kind <> 'appointment_reminder' OR EXISTS (
             SELECT 1 FROM appointments a JOIN practices p ON p.id = a.practice_id
              WHERE a.id = m.appointment_id AND a.status = 'planned'
                AND a.start_at = m.appointment_start AND a.start_at > now()
                AND p.appointment_reminder_hours IS NOT NULL)) AS wanted`,
      [job.data.mailId],
    )) as [ClaimedMail[], number];
    const row = claimed[0];
    if (!row) return; // sent, cancelled or gone already
    if (!row.wanted) {
      await this.finish(row.id, 'cancelled', null);
      return;
    }
    const mail = {
      id: row.id,
      recipient: row.recipient,
      replyTo: row.reply_to,
      subject: row.subject,
      textBody: row.text_body,
      htmlBody: row.html_body,
      link: row.link,
      attachmentName: row.attachment_name,
      attachmentType: row.attachment_type,
      attachmentContent: row.attachment_content,
    };
    const needsLink = mail.textBody.includes(LINK_PLACEHOLDER);
    if (!this.transport.configured || (needsLink && !mail.link)) {
      // Kept, readable in the outbox, never faked as sent.
      await this.dataSource.query(
        `UPDATE mail_messages SET status = 'unsent', updated_at = now() WHERE id = $1`,
        [mail.id],
      );
      return;
    }
    try {
      await this.transport.send({
        messageId: `<${mail.id}@herstelkompas>`,
        to: mail.recipient,
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        subject: mail.subject,
        text: withLink(mail.textBody, mail.link ?? '', false),
        html: withLink(mail.htmlBody, mail.link ?? '', true),
        ...(mail.attachmentName &&
        mail.attachmentType &&
        mail.attachmentContent !== null
          ? {
              attachments: [
                {
                  filename: mail.attachmentName,
                  contentType: mail.attachmentType,
                  content: mail.attachmentContent,
                },
              ],
            }
          : {}),
      });
    } catch (error) {
      const reason = describeMailError(error);
      if (isRefusedRecipient(error)) {
        await this.finish(mail.id, 'refused', reason);
        return;
      }
      const last = job.retryCount >= job.retryLimit;
      if (last) await this.finish(mail.id, 'failed', reason);
      else
        await this.dataSource.query(
          `UPDATE mail_messages SET status = 'retrying', last_error = $2, updated_at = now() WHERE id = $1`,
          [mail.id, reason],
        );
      throw error;
    }
    await this.dataSource.query(
      `UPDATE mail_messages SET status = 'sent', sent_at = now(), link = NULL, last_error = NULL, updated_at = now()
        WHERE id = $1`,
      [mail.id],
    );
  }

  private async finish(
    id: string,
    status: 'cancelled' | 'refused' | 'failed',
    error: string | null,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_messages SET status = $2, last_error = $3, link = NULL, updated_at = now() WHERE id = $1`,
      [id, status, error],
    );
  }
}

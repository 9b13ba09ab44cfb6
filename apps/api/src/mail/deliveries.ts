import type { MailDelivery, OutboxMessage } from '@herstelkompas/contracts';
import type { EntityManager } from 'typeorm';
import { JOB_SCHEMA } from '../jobs/job-queue';
import type { MailMessage } from './mail-message.entity';
import { SEND_MAIL_JOB } from './outbox';
import { withLink } from './templates';

/**
 * When each retrying mail runs again: pg-boss decides (backoff with jitter)
 * and keeps it on the job, whose id is the mail's.
 */
export async function retryTimes(
  manager: EntityManager,
  mails: MailMessage[],
): Promise<Map<string, Date>> {
  const ids = mails.filter((m) => m.status === 'retrying').map((m) => m.id);
  if (!ids.length) return new Map();
  const rows: { id: string; start_after: Date }[] = await manager.query(
    `SELECT id, start_after FROM ${JOB_SCHEMA}.job
      WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'retry'`,
    [SEND_MAIL_JOB, ids],
  );
  return new Map(rows.map((r) => [r.id, r.start_after]));
}

export function toDelivery(
  mail: MailMessage,
  retries: Map<string, Date>,
): MailDelivery {
  const next =
    mail.status === 'retrying'
      ? (retries.get(mail.id) ?? null)
      : mail.status === 'scheduled'
        ? mail.sendAfter
        : null;
  return {
    id: mail.id,
    kind: mail.kind,
    status: mail.status,
    recipient: mail.recipient,
    attempts: mail.attempts,
    nextAttemptAt: next?.toISOString() ?? null,
    error: mail.lastError,
    sentAt: mail.sentAt?.toISOString() ?? null,
    createdAt: mail.createdAt.toISOString(),
  };
}

/** A reset link is for its owner's eyes only, even in the outbox. */
const HIDDEN_LINK = { nl: '[link verborgen]', en: '[link hidden]' } as const;
/** Links are not kept after a mail is sent or given up. */
const GONE_LINK = {
  nl: '[link, niet meer bewaard]',
  en: '[link, no longer kept]',
} as const;

export function toOutboxMessage(
  mail: MailMessage,
  retries: Map<string, Date>,
): OutboxMessage {
  const link = !mail.link
    ? GONE_LINK[mail.language]
    : mail.kind === 'password_reset'
      ? HIDDEN_LINK[mail.language]
      : mail.link;
  return {
    ...toDelivery(mail, retries),
    subject: mail.subject,
    text: withLink(mail.textBody, link, false),
    attachmentName: mail.attachmentName,
  };
}

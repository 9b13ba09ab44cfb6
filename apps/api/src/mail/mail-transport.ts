import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, RuntimeConfig } from '../config/config.module';

export interface OutgoingMail {
  messageId: string;
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; contentType: string; content: string }[];
}

/** Mails sent side by side: the SMTP connections kept open, and the jobs taken at once. */
export const MAIL_CONNECTIONS = 3;

/** SMTP through nodemailer; absent without SMTP_URL (mail then stays in the outbox). */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: RuntimeConfig) {
    if (config.mail.smtpUrl)
      // smtps:// is TLS from the start; smtp:// upgrades with STARTTLS when offered.
      // Each wait well inside the job's expiry, so a slow server fails the
      // attempt (and it is retried) before the job could be handed out again.
      this.transporter = createTransport({
        url: config.mail.smtpUrl,
        // A few connections kept open and reused from mail to mail: a new
        // connection (TCP, greeting, EHLO, maybe TLS and AUTH) per mail cost
        // more than the mail itself. Renewed after maxMessages.
        pool: true,
        maxConnections: MAIL_CONNECTIONS,
        maxMessages: 100,
        // A connection lost mid-mail fails this attempt (retried by the job,
        // visible in the outbox) instead of being resent quietly here, which
        // could outlast the job's expiry.
        maxRequeues: 0,
        connectionTimeout: (config.mail.sendTimeoutSeconds * 1000) / 4,
        greetingTimeout: (config.mail.sendTimeoutSeconds * 1000) / 4,
        socketTimeout: (config.mail.sendTimeoutSeconds * 1000) / 4,
      });
  }

  get configured(): boolean {
    return this.transporter !== undefined;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transporter) throw new Error('No SMTP configured');
    await this.transporter.sendMail({
      from: this.config.mail.from,
      ...mail,
    });
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}

/** The server refused the recipient for good (5xx on RCPT TO): retrying will not help. */
export function isRefusedRecipient(error: unknown): boolean {
  const e = error as { code?: string; responseCode?: number };
  return (
    e?.code === 'EENVELOPE' &&
    typeof e.responseCode === 'number' &&
    e.responseCode >= 500
  );
}

/** What the practitioner may read about a failure: the server's words, without addresses of ours. */
export function describeMailError(error: unknown): string {
  const e = error as { response?: string; code?: string; message?: string };
  const text = e?.response ?? e?.message ?? String(error);
  return `${e?.code ? `${e.code}: ` : ''}${text}`.slice(0, 300);
}

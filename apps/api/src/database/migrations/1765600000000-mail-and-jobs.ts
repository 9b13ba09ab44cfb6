import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox of mail, single-use password reset links, and the practice's
 * reminder setting. The job queue's own tables are not here: pg-boss owns
 * the `pgboss` schema and creates and upgrades it itself at start, after
 * these migrations (see the README, "Mail").
 */
export class MailAndJobs1765600000000 implements MigrationInterface {
  name = 'MailAndJobs1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "mail_messages" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "practice_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "status" text NOT NULL,
        "recipient" text NOT NULL,
        "reply_to" text,
        "language" text NOT NULL,
        "subject" text NOT NULL,
        "text_body" text NOT NULL,
        "html_body" text NOT NULL,
        "link" text,
        "client_id" uuid,
        "practitioner_id" uuid,
        "intake_invitation_id" uuid,
        "job_id" uuid,
        "send_after" TIMESTAMP WITH TIME ZONE,
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "sent_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_mail_messages_kind" CHECK ("kind" IN ('intake_invitation', 'intake_reminder', 'team_invitation', 'password_reset')),
        CONSTRAINT "ck_mail_messages_status" CHECK ("status" IN ('unsent', 'scheduled', 'queued', 'sending', 'retrying', 'sent', 'failed', 'refused', 'cancelled')),
        CONSTRAINT "pk_mail_messages" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_mail_messages_practice_created" ON "mail_messages" ("practice_id", "created_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_mail_messages_invitation" ON "mail_messages" ("intake_invitation_id")`,
    );
    await q.query(
      `CREATE INDEX "ix_mail_messages_client" ON "mail_messages" ("client_id")`,
    );
    await q.query(
      `ALTER TABLE "mail_messages" ADD CONSTRAINT "fk_mail_messages_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "password_resets" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "practice_id" uuid NOT NULL,
        "practitioner_id" uuid NOT NULL,
        "token_hash" text NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_password_resets" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_password_resets_practitioner" ON "password_resets" ("practitioner_id")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_password_resets_token_hash" ON "password_resets" ("token_hash")`,
    );
    await q.query(
      `ALTER TABLE "password_resets" ADD CONSTRAINT "fk_password_resets_practitioner" FOREIGN KEY ("practitioner_id") REFERENCES "practitioners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "practices" ADD "intake_reminder_days" integer DEFAULT 3`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "practices" DROP COLUMN "intake_reminder_days"`);
    await q.query(`DROP TABLE "password_resets"`);
    await q.query(`DROP TABLE "mail_messages"`);
  }
}

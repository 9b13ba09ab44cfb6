import type { MigrationInterface, QueryRunner } from 'typeorm';

// The kinds as the appointment-mail migration before this one left them.
const KINDS_BEFORE = `'intake_invitation', 'intake_reminder', 'team_invitation', 'password_reset', 'mfa_enrolled_notice', 'mfa_disabled_notice', 'appointment_confirmation', 'appointment_update', 'appointment_cancellation', 'appointment_reminder'`;
const KINDS_AFTER = `${KINDS_BEFORE}, 'portal_invitation', 'portal_sign_in'`;

/** The client portal: its links, its own sessions, lessons read, and its two mails. */
export class ClientPortal1766600000000 implements MigrationInterface {
  name = 'ClientPortal1766600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "portal_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "kind" text NOT NULL, "token_hash" text NOT NULL, "created_by_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "verify_failures" integer NOT NULL DEFAULT '0', "locked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_portal_links_kind" CHECK ("kind" IN ('invitation', 'sign_in')), CONSTRAINT "pk_portal_links" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_portal_links_token_hash" ON "portal_links" ("token_hash")`,
    );
    await q.query(
      `CREATE INDEX "ix_portal_links_client" ON "portal_links" ("client_id", "created_at")`,
    );
    await q.query(
      `ALTER TABLE "portal_links" ADD CONSTRAINT "fk_portal_links_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "portal_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_portal_sessions" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_portal_sessions_token_hash" ON "portal_sessions" ("token_hash")`,
    );
    await q.query(
      `CREATE INDEX "ix_portal_sessions_client" ON "portal_sessions" ("client_id")`,
    );
    await q.query(
      `ALTER TABLE "portal_sessions" ADD CONSTRAINT "fk_portal_sessions_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "portal_lesson_reads" ("client_id" uuid NOT NULL, "lesson_id" text NOT NULL, "practice_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_portal_lesson_reads" PRIMARY KEY ("client_id", "lesson_id"))`,
    );
    await q.query(
      `ALTER TABLE "portal_lesson_reads" ADD CONSTRAINT "fk_portal_lesson_reads_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "mail_messages" DROP CONSTRAINT "ck_mail_messages_kind"`,
    );
    await q.query(
      `ALTER TABLE "mail_messages" ADD CONSTRAINT "ck_mail_messages_kind" CHECK ("kind" IN (${KINDS_AFTER}))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM "mail_messages" WHERE "kind" IN ('portal_invitation', 'portal_sign_in')`,
    );
    await q.query(
      `ALTER TABLE "mail_messages" DROP CONSTRAINT "ck_mail_messages_kind"`,
    );
    await q.query(
      `ALTER TABLE "mail_messages" ADD CONSTRAINT "ck_mail_messages_kind" CHECK ("kind" IN (${KINDS_BEFORE}))`,
    );
    await q.query(`DROP TABLE "portal_lesson_reads"`);
    await q.query(`DROP TABLE "portal_sessions"`);
    await q.query(`DROP TABLE "portal_links"`);
  }
}

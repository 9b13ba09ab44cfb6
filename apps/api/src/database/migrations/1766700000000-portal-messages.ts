import type { MigrationInterface, QueryRunner } from 'typeorm';

// The kinds as the client-portal migration before this one left them.
const KINDS_BEFORE = `'intake_invitation', 'intake_reminder', 'team_invitation', 'password_reset', 'mfa_enrolled_notice', 'mfa_disabled_notice', 'appointment_confirmation', 'appointment_update', 'appointment_cancellation', 'appointment_reminder', 'portal_invitation', 'portal_sign_in'`;
const KINDS_AFTER = `${KINDS_BEFORE}, 'portal_message_notice', 'practitioner_message_notice'`;

/** Messages between a client and the practice in the portal, their notices, and the switch. */
export class PortalMessages1766700000000 implements MigrationInterface {
  name = 'PortalMessages1766700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "portal_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "author" text NOT NULL, "practitioner_id" uuid, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_portal_messages_author" CHECK ("author" IN ('client', 'practitioner')), CONSTRAINT "pk_portal_messages" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_portal_messages_client" ON "portal_messages" ("client_id", "created_at")`,
    );
    await q.query(
      `ALTER TABLE "portal_messages" ADD CONSTRAINT "fk_portal_messages_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "practices" ADD "messaging_enabled" boolean NOT NULL DEFAULT true`,
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
      `DELETE FROM "mail_messages" WHERE "kind" IN ('portal_message_notice', 'practitioner_message_notice')`,
    );
    await q.query(
      `ALTER TABLE "mail_messages" DROP CONSTRAINT "ck_mail_messages_kind"`,
    );
    await q.query(
      `ALTER TABLE "mail_messages" ADD CONSTRAINT "ck_mail_messages_kind" CHECK ("kind" IN (${KINDS_BEFORE}))`,
    );
    await q.query(`ALTER TABLE "practices" DROP COLUMN "messaging_enabled"`);
    await q.query(`DROP TABLE "portal_messages"`);
  }
}

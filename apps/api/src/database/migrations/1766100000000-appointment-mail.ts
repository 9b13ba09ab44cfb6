import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'intake_invitation', 'intake_reminder', 'team_invitation', 'password_reset', 'mfa_enrolled_notice', 'mfa_disabled_notice'`;
const AFTER = `${BEFORE}, 'appointment_confirmation', 'appointment_update', 'appointment_cancellation', 'appointment_reminder'`;

/**
 * Appointment mail: the outbox keeps the .ics it attaches (so a retry sends
 * the same bytes), which appointment a mail is about and the start it names
 * (so a reminder for a moved appointment does nothing), and the practice
 * decides whether and how long before a reminder goes.
 */
export class AppointmentMail1766100000000 implements MigrationInterface {
  name = 'AppointmentMail1766100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "mail_messages" DROP CONSTRAINT "ck_mail_messages_kind"`,
    );
    await q.query(
      `ALTER TABLE "mail_messages" ADD CONSTRAINT "ck_mail_messages_kind" CHECK ("kind" IN (${AFTER}))`,
    );
    await q.query(`ALTER TABLE "mail_messages" ADD "appointment_id" uuid`);
    await q.query(
      `ALTER TABLE "mail_messages" ADD "appointment_start" TIMESTAMP WITH TIME ZONE`,
    );
    await q.query(`ALTER TABLE "mail_messages" ADD "attachment_name" text`);
    await q.query(`ALTER TABLE "mail_messages" ADD "attachment_type" text`);
    await q.query(`ALTER TABLE "mail_messages" ADD "attachment_content" text`);
    await q.query(
      `ALTER TABLE "mail_messages" ADD CONSTRAINT "ck_mail_messages_attachment" CHECK (("attachment_name" IS NULL) = ("attachment_content" IS NULL) AND ("attachment_name" IS NULL) = ("attachment_type" IS NULL))`,
    );
    await q.query(
      `CREATE INDEX "ix_mail_messages_appointment" ON "mail_messages" ("appointment_id")`,
    );
    await q.query(
      `ALTER TABLE "mail_messages" ADD CONSTRAINT "fk_mail_messages_appointment" FOREIGN KEY ("appointment_id") REFERENCES "appointments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "practices" ADD "appointment_reminder_hours" integer DEFAULT 24`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "practices" DROP COLUMN "appointment_reminder_hours"`,
    );
    await q.query(
      `DELETE FROM "mail_messages" WHERE "kind" IN ('appointment_confirmation', 'appointment_update', 'appointment_cancellation', 'appointment_reminder')`,
    );
    await q.query(
      `ALTER TABLE "mail_messages" DROP CONSTRAINT "fk_mail_messages_appointment"`,
    );
    await q.query(`DROP INDEX "ix_mail_messages_appointment"`);
    await q.query(
      `ALTER TABLE "mail_messages" DROP CONSTRAINT "ck_mail_messages_attachment"`,
    );
    await q.query(
      `ALTER TABLE "mail_messages" DROP COLUMN "attachment_content"`,
    );
    await q.query(`ALTER TABLE "mail_messages" DROP COLUMN "attachment_type"`);
    await q.query(`ALTER TABLE "mail_messages" DROP COLUMN "attachment_name"`);
    await q.query(
      `ALTER TABLE "mail_messages" DROP COLUMN "appointment_start"`,
    );
    await q.query(`ALTER TABLE "mail_messages" DROP COLUMN "appointment_id"`);
    await q.query(
      `ALTER TABLE "mail_messages" DROP CONSTRAINT "ck_mail_messages_kind"`,
    );
    await q.query(
      `ALTER TABLE "mail_messages" ADD CONSTRAINT "ck_mail_messages_kind" CHECK ("kind" IN (${BEFORE}))`,
    );
  }
}

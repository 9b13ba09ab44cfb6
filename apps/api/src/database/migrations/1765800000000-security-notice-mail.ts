import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'intake_invitation', 'intake_reminder', 'team_invitation', 'password_reset'`;
const AFTER = `${BEFORE}, 'mfa_enrolled_notice', 'mfa_disabled_notice'`;

/** The practice's other owners hear when someone sets up or turns off two-step sign-in. */
export class SecurityNoticeMail1765800000000 implements MigrationInterface {
  name = 'SecurityNoticeMail1765800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "mail_messages" DROP CONSTRAINT "ck_mail_messages_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_messages" ADD CONSTRAINT "ck_mail_messages_kind" CHECK ("kind" IN (${AFTER}))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "mail_messages" WHERE "kind" IN ('mfa_enrolled_notice', 'mfa_disabled_notice')`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_messages" DROP CONSTRAINT "ck_mail_messages_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_messages" ADD CONSTRAINT "ck_mail_messages_kind" CHECK ("kind" IN (${BEFORE}))`,
    );
  }
}

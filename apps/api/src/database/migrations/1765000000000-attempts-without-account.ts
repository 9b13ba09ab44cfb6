import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Guesses at secrets that name no account (an invitation token, a pending
 * sign-in) count towards their address's throttle like wrong passwords: their
 * attempt rows have no email.
 */
export class AttemptsWithoutAccount1765000000000 implements MigrationInterface {
  name = 'AttemptsWithoutAccount1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "login_attempts" ALTER COLUMN "email" DROP NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "login_attempts" WHERE "email" IS NULL`);
    await q.query(
      `ALTER TABLE "login_attempts" ALTER COLUMN "email" SET NOT NULL`,
    );
  }
}

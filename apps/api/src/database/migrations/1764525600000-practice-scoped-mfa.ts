import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recovery codes and waiting second sign-in steps carry their practice, like
 * every other table of a practice's people: sharding by practice stays
 * possible and a practice's rows are found without a join.
 */
export class PracticeScopedMfa1764525600000 implements MigrationInterface {
  name = 'PracticeScopedMfa1764525600000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['mfa_recovery_codes', 'pending_sign_ins']) {
      await q.query(`ALTER TABLE "${table}" ADD "practice_id" uuid`);
      await q.query(
        `UPDATE "${table}" t SET practice_id = p.practice_id
           FROM practitioners p WHERE p.id = t.practitioner_id`,
      );
      await q.query(
        `ALTER TABLE "${table}" ALTER COLUMN "practice_id" SET NOT NULL`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "pending_sign_ins" DROP COLUMN "practice_id"`);
    await q.query(`ALTER TABLE "mfa_recovery_codes" DROP COLUMN "practice_id"`);
  }
}

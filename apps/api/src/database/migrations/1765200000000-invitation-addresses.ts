import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One account per email address, but an invitation is not an account yet:
 * an owner may invite an address that already has an account in another
 * practice and gets the same answer as for a free one (so an invitation
 * tells nobody who has an account where). Such an invitation can never be
 * completed, because setting its password would make a second account for
 * the address, which this index refuses.
 */
export class InvitationAddresses1765200000000 implements MigrationInterface {
  name = 'InvitationAddresses1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ux_practitioners_email"`);
    await q.query(
      `CREATE UNIQUE INDEX "ux_practitioners_email" ON "practitioners" ("email") WHERE "password_hash" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // Invitations that can never be completed have no place in the old rule.
    await q.query(
      `DELETE FROM "practitioners" p WHERE p."password_hash" IS NULL
         AND EXISTS (SELECT 1 FROM "practitioners" o WHERE o."email" = p."email" AND o."id" <> p."id"
                     AND (o."password_hash" IS NOT NULL OR o."created_at" < p."created_at"))`,
    );
    await q.query(`DROP INDEX "ux_practitioners_email"`);
    await q.query(
      `CREATE UNIQUE INDEX "ux_practitioners_email" ON "practitioners" ("email")`,
    );
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** TOTP secrets, recovery codes, pending second steps and the practice's MFA settings. */
export class TwoStepSignIn1764521000000 implements MigrationInterface {
  name = 'TwoStepSignIn1764521000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "mfa_recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practitioner_id" uuid NOT NULL, "code_hash" text NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_mfa_recovery_codes" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_mfa_recovery_codes_practitioner" ON "mfa_recovery_codes"  ("practitioner_id") `,
    );
    await q.query(
      `CREATE TABLE "pending_sign_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "practitioner_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_pending_sign_ins" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_pending_sign_ins_token_hash" ON "pending_sign_ins"  ("token_hash") `,
    );
    await q.query(
      `CREATE INDEX "ix_pending_sign_ins_practitioner" ON "pending_sign_ins"  ("practitioner_id") `,
    );
    await q.query(
      `ALTER TABLE "practices" ADD "demo" boolean NOT NULL DEFAULT false`,
    );
    await q.query(
      `ALTER TABLE "practices" ADD "mfa_required_for_practitioners" boolean NOT NULL DEFAULT false`,
    );
    await q.query(`ALTER TABLE "practitioners" ADD "mfa_secret" text`);
    await q.query(`ALTER TABLE "practitioners" ADD "mfa_pending_secret" text`);
    await q.query(
      `ALTER TABLE "practitioners" ADD "mfa_enabled_at" TIMESTAMP WITH TIME ZONE`,
    );
    await q.query(`ALTER TABLE "practitioners" ADD "mfa_last_step" integer`);
    await q.query(
      `ALTER TABLE "mfa_recovery_codes" ADD CONSTRAINT "fk_mfa_recovery_codes_practitioner" FOREIGN KEY ("practitioner_id") REFERENCES "practitioners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "pending_sign_ins" ADD CONSTRAINT "fk_pending_sign_ins_practitioner" FOREIGN KEY ("practitioner_id") REFERENCES "practitioners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // A database seeded before this migration keeps its demo sign-in working.
    await q.query(
      `UPDATE "practices" SET "demo" = true WHERE "id" IN (SELECT "practice_id" FROM "practitioners" WHERE "email" = 'demo@herstelkompas.nl')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "pending_sign_ins"`);
    await q.query(`DROP TABLE "mfa_recovery_codes"`);
    await q.query(`ALTER TABLE "practitioners" DROP COLUMN "mfa_last_step"`);
    await q.query(`ALTER TABLE "practitioners" DROP COLUMN "mfa_enabled_at"`);
    await q.query(
      `ALTER TABLE "practitioners" DROP COLUMN "mfa_pending_secret"`,
    );
    await q.query(`ALTER TABLE "practitioners" DROP COLUMN "mfa_secret"`);
    await q.query(
      `ALTER TABLE "practices" DROP COLUMN "mfa_required_for_practitioners"`,
    );
    await q.query(`ALTER TABLE "practices" DROP COLUMN "demo"`);
  }
}

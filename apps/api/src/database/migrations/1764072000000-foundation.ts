import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Practices, practitioners, sessions and sign-in attempts. */
export class Foundation1764072000000 implements MigrationInterface {
  name = 'Foundation1764072000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "practices" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_practices" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "practitioners" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "practice_id" uuid NOT NULL,
      "email" text NOT NULL,
      "display_name" text NOT NULL,
      "password_hash" text NOT NULL,
      "role" text NOT NULL,
      "language" text NOT NULL DEFAULT 'nl',
      "active" boolean NOT NULL DEFAULT true,
      "password_changed_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_practitioners" PRIMARY KEY ("id"),
      CONSTRAINT "ck_practitioners_role" CHECK ("role" IN ('owner', 'practitioner')),
      CONSTRAINT "ck_practitioners_language" CHECK ("language" IN ('nl', 'en')))`);
    await q.query(
      `CREATE UNIQUE INDEX "ux_practitioners_email" ON "practitioners" ("email")`,
    );
    await q.query(
      `CREATE INDEX "ix_practitioners_practice" ON "practitioners" ("practice_id")`,
    );
    await q.query(`ALTER TABLE "practitioners" ADD CONSTRAINT "fk_practitioners_practice"
      FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await q.query(`CREATE TABLE "sessions" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "token_hash" text NOT NULL,
      "practice_id" uuid NOT NULL,
      "practitioner_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "revoked_at" TIMESTAMP WITH TIME ZONE,
      "ip" text,
      "user_agent" text,
      CONSTRAINT "pk_sessions" PRIMARY KEY ("id"))`);
    await q.query(
      `CREATE UNIQUE INDEX "ux_sessions_token_hash" ON "sessions" ("token_hash")`,
    );
    await q.query(
      `CREATE INDEX "ix_sessions_practitioner" ON "sessions" ("practitioner_id")`,
    );
    await q.query(`ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_practitioner"
      FOREIGN KEY ("practitioner_id") REFERENCES "practitioners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await q.query(`CREATE TABLE "login_attempts" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "email" text NOT NULL,
      "ip" text NOT NULL,
      "succeeded" boolean NOT NULL,
      "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_login_attempts" PRIMARY KEY ("id"))`);
    await q.query(
      `CREATE INDEX "ix_login_attempts_email_at" ON "login_attempts" ("email", "attempted_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_login_attempts_ip_at" ON "login_attempts" ("ip", "attempted_at")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "login_attempts"`);
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`DROP TABLE "practitioners"`);
    await q.query(`DROP TABLE "practices"`);
  }
}

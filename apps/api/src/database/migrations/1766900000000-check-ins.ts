import type { MigrationInterface, QueryRunner } from 'typeorm';

const VALUES = [
  'pain_now',
  'stress',
  'breathing',
  'movement',
  'nutrition',
  'sleep',
  'immune',
  'movement_safety',
];

/**
 * Weekly check-ins and the daily mini-log, the practice switch for the
 * check-in's short red-flag screen, and red flags raised by a check-in
 * (a review now points at an assessment or at a check-in).
 */
export class CheckIns1766900000000 implements MigrationInterface {
  name = 'CheckIns1766900000000';

  async up(q: QueryRunner): Promise<void> {
    const ranges = VALUES.map((c) => `"${c}" BETWEEN 0 AND 10`).join(' AND ');
    const complete = VALUES.map((c) => `"${c}" IS NOT NULL`).join(' AND ');
    await q.query(
      `CREATE TABLE "check_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "week" text NOT NULL, "status" text NOT NULL, ${VALUES.map((c) => `"${c}" smallint`).join(', ')}, "homework_done" uuid array NOT NULL DEFAULT '{}', "note" text, "red_flags_yes" text array NOT NULL DEFAULT '{}', "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_check_ins_status" CHECK ("status" IN ('draft', 'submitted')), CONSTRAINT "ck_check_ins_values" CHECK (${ranges}), CONSTRAINT "ck_check_ins_submitted_complete" CHECK ("status" = 'draft' OR ("submitted_at" IS NOT NULL AND ${complete})), CONSTRAINT "pk_check_ins" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_check_ins_client_week" ON "check_ins" ("client_id", "week")`,
    );
    await q.query(
      `CREATE INDEX "ix_check_ins_client_submitted" ON "check_ins" ("client_id", "submitted_at")`,
    );
    await q.query(
      `ALTER TABLE "check_ins" ADD CONSTRAINT "fk_check_ins_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "daily_logs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "day" date NOT NULL, "pain" smallint NOT NULL, "sleep_hours" numeric(3,1) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_daily_logs_pain" CHECK ("pain" BETWEEN 0 AND 10), CONSTRAINT "ck_daily_logs_sleep" CHECK ("sleep_hours" BETWEEN 0 AND 14 AND "sleep_hours" * 2 = floor("sleep_hours" * 2)), CONSTRAINT "pk_daily_logs" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_daily_logs_client_day" ON "daily_logs" ("client_id", "day")`,
    );
    await q.query(
      `ALTER TABLE "daily_logs" ADD CONSTRAINT "fk_daily_logs_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "practices" ADD "check_in_red_flags" boolean NOT NULL DEFAULT false`,
    );
    await q.query(
      `ALTER TABLE "red_flag_reviews" ALTER COLUMN "assessment_id" DROP NOT NULL`,
    );
    await q.query(`ALTER TABLE "red_flag_reviews" ADD "check_in_id" uuid`);
    await q.query(
      `ALTER TABLE "red_flag_reviews" ADD CONSTRAINT "ck_red_flag_reviews_source" CHECK ("assessment_id" IS NOT NULL OR "check_in_id" IS NOT NULL)`,
    );
    await q.query(
      `ALTER TABLE "red_flag_reviews" ADD CONSTRAINT "fk_red_flag_reviews_check_in" FOREIGN KEY ("check_in_id") REFERENCES "check_ins"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM "red_flag_reviews" WHERE "assessment_id" IS NULL`,
    );
    await q.query(
      `ALTER TABLE "red_flag_reviews" DROP CONSTRAINT "fk_red_flag_reviews_check_in"`,
    );
    await q.query(
      `ALTER TABLE "red_flag_reviews" DROP CONSTRAINT "ck_red_flag_reviews_source"`,
    );
    await q.query(`ALTER TABLE "red_flag_reviews" DROP COLUMN "check_in_id"`);
    await q.query(
      `ALTER TABLE "red_flag_reviews" ALTER COLUMN "assessment_id" SET NOT NULL`,
    );
    await q.query(`ALTER TABLE "practices" DROP COLUMN "check_in_red_flags"`);
    await q.query(`DROP TABLE "daily_logs"`);
    await q.query(`DROP TABLE "check_ins"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Follow-up intakes on a schedule: one row per client. */
export class FollowUpSchedules1766000000000 implements MigrationInterface {
  name = 'FollowUpSchedules1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "follow_up_schedules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "every_weeks" integer, "on_date" date, "next_due_on" date NOT NULL, "variant" text NOT NULL, "send" text NOT NULL, "revision" integer NOT NULL DEFAULT '1', "created_by_id" uuid NOT NULL, "last_invitation_id" uuid, "last_run_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_follow_up_schedules_rule" CHECK (("every_weeks" IS NULL) <> ("on_date" IS NULL) AND ("every_weeks" IS NULL OR "every_weeks" BETWEEN 1 AND 52)), CONSTRAINT "ck_follow_up_schedules_variant" CHECK ("variant" IN ('baseline', 'follow_up')), CONSTRAINT "ck_follow_up_schedules_send" CHECK ("send" IN ('link', 'email')), CONSTRAINT "pk_follow_up_schedules" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_follow_up_schedules_client" ON "follow_up_schedules" ("client_id")`,
    );
    await q.query(
      `CREATE INDEX "ix_follow_up_schedules_practice" ON "follow_up_schedules" ("practice_id")`,
    );
    await q.query(
      `ALTER TABLE "follow_up_schedules" ADD CONSTRAINT "fk_follow_up_schedules_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "follow_up_schedules"`);
  }
}

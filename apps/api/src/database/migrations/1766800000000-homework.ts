import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Homework assignments for the client portal and the days the client ticked them off. */
export class Homework1766800000000 implements MigrationInterface {
  name = 'Homework1766800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "homework_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "exercise_id" text, "domain" text NOT NULL, "title" text NOT NULL, "instructions" text NOT NULL, "frequency" text NOT NULL, "times_per_week" integer, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "status" text NOT NULL DEFAULT 'active', "ended_on" date, "session_note_id" uuid, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_homework_assignments_frequency" CHECK (("frequency" = 'daily' AND "times_per_week" IS NULL) OR ("frequency" = 'weekly' AND "times_per_week" BETWEEN 1 AND 7)), CONSTRAINT "ck_homework_assignments_status" CHECK ("status" IN ('active', 'ended')), CONSTRAINT "ck_homework_assignments_period" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "pk_homework_assignments" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_homework_assignments_client" ON "homework_assignments" ("client_id", "created_at")`,
    );
    await q.query(
      `ALTER TABLE "homework_assignments" ADD CONSTRAINT "fk_homework_assignments_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "homework_completions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "done_on" date NOT NULL, "note" text, "minutes" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_homework_completions_day" UNIQUE ("assignment_id", "done_on"), CONSTRAINT "ck_homework_completions_minutes" CHECK ("minutes" IS NULL OR "minutes" BETWEEN 0 AND 1440), CONSTRAINT "pk_homework_completions" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `ALTER TABLE "homework_completions" ADD CONSTRAINT "fk_homework_completions_assignment" FOREIGN KEY ("assignment_id") REFERENCES "homework_assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "homework_completions"`);
    await q.query(`DROP TABLE "homework_assignments"`);
  }
}

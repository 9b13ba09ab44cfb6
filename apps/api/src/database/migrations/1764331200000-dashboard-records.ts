import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Priority decisions, session notes with addenda, and goals. */
export class DashboardRecords1764331200000 implements MigrationInterface {
  name = 'DashboardRecords1764331200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "goals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "domain" text NOT NULL, "description" text NOT NULL, "target" jsonb, "due_date" date, "status" text NOT NULL DEFAULT 'proposed', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_goals_status" CHECK ("status" IN ('proposed', 'active', 'achieved', 'not_achieved', 'dropped')), CONSTRAINT "pk_goals" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_goals_client" ON "goals"  ("client_id", "created_at")`,
    );
    await q.query(
      `CREATE TABLE "priority_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "assessment_id" uuid NOT NULL, "algorithm_version" text NOT NULL, "computed_ranking" jsonb NOT NULL, "final_order" text array NOT NULL, "focus_domains" text array NOT NULL, "reason_code" text NOT NULL, "reason_text" text, "differs_from_computed" boolean NOT NULL, "decided_by_id" uuid NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "supersedes_id" uuid, CONSTRAINT "pk_priority_decisions" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_priority_decisions_client" ON "priority_decisions"  ("client_id", "decided_at")`,
    );
    await q.query(
      `CREATE TABLE "session_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "author_id" uuid NOT NULL, "session_date" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer, "type" text NOT NULL, "domains" text array NOT NULL DEFAULT '{}', "pain_at_start" smallint, "text" text NOT NULL DEFAULT '', "homework" jsonb NOT NULL DEFAULT '[]', "next_steps" text, "include_in_report" boolean NOT NULL DEFAULT false, "status" text NOT NULL DEFAULT 'draft', "signed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_session_notes_status" CHECK ("status" IN ('draft', 'signed')), CONSTRAINT "ck_session_notes_type" CHECK ("type" IN ('intake', 'coaching', 'follow_up', 'remote')), CONSTRAINT "pk_session_notes" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_session_notes_author_status" ON "session_notes"  ("author_id", "status")`,
    );
    await q.query(
      `CREATE INDEX "ix_session_notes_client" ON "session_notes"  ("client_id", "session_date")`,
    );
    await q.query(
      `CREATE TABLE "session_note_addenda" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "note_id" uuid NOT NULL, "author_id" uuid NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_session_note_addenda" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_session_note_addenda_note" ON "session_note_addenda"  ("note_id", "created_at")`,
    );
    await q.query(
      `ALTER TABLE "goals" ADD CONSTRAINT "fk_goals_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "priority_decisions" ADD CONSTRAINT "fk_priority_decisions_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "session_notes" ADD CONSTRAINT "fk_session_notes_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "session_note_addenda" ADD CONSTRAINT "fk_session_note_addenda_note" FOREIGN KEY ("note_id") REFERENCES "session_notes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Record integrity: a decision is never changed, a signed note only gets addenda.
    await q.query(`CREATE FUNCTION hk_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '%: this record cannot be changed', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER "tr_priority_decisions_no_update" BEFORE UPDATE ON "priority_decisions"
      FOR EACH ROW EXECUTE FUNCTION hk_refuse_update()`);
    await q.query(`CREATE TRIGGER "tr_session_notes_signed_no_update" BEFORE UPDATE ON "session_notes"
      FOR EACH ROW WHEN (OLD.status = 'signed') EXECUTE FUNCTION hk_refuse_update()`);
    await q.query(`CREATE TRIGGER "tr_session_note_addenda_no_update" BEFORE UPDATE ON "session_note_addenda"
      FOR EACH ROW EXECUTE FUNCTION hk_refuse_update()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "goals"`);
    await q.query(`DROP TABLE "session_note_addenda"`);
    await q.query(`DROP TABLE "session_notes"`);
    await q.query(`DROP TABLE "priority_decisions"`);
    await q.query(`DROP FUNCTION hk_refuse_update()`);
  }
}

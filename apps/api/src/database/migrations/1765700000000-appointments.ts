import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The agenda: appointments, and each practitioner's calendar subscription. */
export class Appointments1765700000000 implements MigrationInterface {
  name = 'Appointments1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "appointments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "practitioner_id" uuid NOT NULL, "start_at" TIMESTAMP WITH TIME ZONE NOT NULL, "end_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer NOT NULL, "type" text NOT NULL, "location" text, "status" text NOT NULL DEFAULT 'planned', "note" text, "created_by_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_appointments_type" CHECK ("type" IN ('intake', 'coaching', 'follow_up', 'remote')), CONSTRAINT "ck_appointments_status" CHECK ("status" IN ('planned', 'done', 'cancelled', 'no_show')), CONSTRAINT "ck_appointments_duration" CHECK ("duration_minutes" BETWEEN 5 AND 480 AND "end_at" > "start_at"), CONSTRAINT "pk_appointments" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_appointments_practitioner_start" ON "appointments" ("practitioner_id", "start_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_appointments_client_start" ON "appointments" ("client_id", "start_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_appointments_practice_start" ON "appointments" ("practice_id", "start_at")`,
    );
    await q.query(
      `ALTER TABLE "appointments" ADD CONSTRAINT "fk_appointments_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "appointments" ADD CONSTRAINT "fk_appointments_practitioner" FOREIGN KEY ("practitioner_id") REFERENCES "practitioners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "calendar_feeds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "practitioner_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_calendar_feeds" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_calendar_feeds_practitioner" ON "calendar_feeds" ("practitioner_id")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_calendar_feeds_token_hash" ON "calendar_feeds" ("token_hash")`,
    );
    await q.query(
      `ALTER TABLE "calendar_feeds" ADD CONSTRAINT "fk_calendar_feeds_practitioner" FOREIGN KEY ("practitioner_id") REFERENCES "practitioners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "calendar_feeds"`);
    await q.query(`DROP TABLE "appointments"`);
  }
}

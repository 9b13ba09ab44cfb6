import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated reports, kept byte for byte with their options and checksum. */
export class Reports1764417600000 implements MigrationInterface {
  name = 'Reports1764417600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "kind" text NOT NULL DEFAULT 'progress', "generated_by" uuid NOT NULL, "generated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "options" jsonb NOT NULL, "file_name" text NOT NULL, "sha256" text NOT NULL, "size_bytes" integer NOT NULL, "content" bytea NOT NULL, CONSTRAINT "ck_reports_kind" CHECK ("kind" IN ('progress')), CONSTRAINT "pk_reports" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_reports_client" ON "reports"  ("client_id", "generated_at")`,
    );
    await q.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "fk_reports_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // A handed-out report is a record of what was shared: never rewritten.
    await q.query(`CREATE TRIGGER "tr_reports_no_update" BEFORE UPDATE ON "reports"
      FOR EACH ROW EXECUTE FUNCTION hk_refuse_update()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "reports"`);
  }
}

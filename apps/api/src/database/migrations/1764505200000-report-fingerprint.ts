import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a report is drawn from, hashed: one stored report per client and
 * fingerprint, however many API processes are asked for it at once.
 */
export class ReportFingerprint1764505200000 implements MigrationInterface {
  name = 'ReportFingerprint1764505200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "reports" ADD "fingerprint" text`);
    await q.query(
      `CREATE UNIQUE INDEX "ux_reports_fingerprint" ON "reports"  ("client_id", "fingerprint")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ux_reports_fingerprint"`);
    await q.query(`ALTER TABLE "reports" DROP COLUMN "fingerprint"`);
  }
}

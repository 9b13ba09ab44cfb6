import type { MigrationInterface, QueryRunner } from 'typeorm';

const PROFILE_COLUMNS = [
  'address_street',
  'address_postal_code',
  'address_city',
  'phone',
  'email',
  'website',
  'kvk',
  'agb',
  'report_closing',
  'privacy_statement_url',
];

/**
 * The practice's letterhead (Instellingen -> Praktijk): contact details,
 * registrations and the closing text of reports on the practice; its logo in
 * a table of its own, so that loading a practice never reads the image; and
 * each practitioner's profession and registration for the signature.
 */
export class PracticeProfile1766200000000 implements MigrationInterface {
  name = 'PracticeProfile1766200000000';

  async up(q: QueryRunner): Promise<void> {
    for (const column of PROFILE_COLUMNS)
      await q.query(`ALTER TABLE "practices" ADD "${column}" text`);
    await q.query(`ALTER TABLE "practitioners" ADD "profession" text`);
    await q.query(`ALTER TABLE "practitioners" ADD "registration" text`);
    await q.query(
      `CREATE TABLE "practice_logos" ("practice_id" uuid NOT NULL, "image" bytea NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_practice_logos" PRIMARY KEY ("practice_id"))`,
    );
    await q.query(
      `ALTER TABLE "practice_logos" ADD CONSTRAINT "fk_practice_logos_practice" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "practice_logos"`);
    await q.query(`ALTER TABLE "practitioners" DROP COLUMN "registration"`);
    await q.query(`ALTER TABLE "practitioners" DROP COLUMN "profession"`);
    for (const column of [...PROFILE_COLUMNS].reverse())
      await q.query(`ALTER TABLE "practices" DROP COLUMN "${column}"`);
  }
}

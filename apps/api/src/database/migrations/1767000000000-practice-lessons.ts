import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lessons a practice writes itself, and which of our six it hides. */
export class PracticeLessons1767000000000 implements MigrationInterface {
  name = 'PracticeLessons1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "practice_lessons" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "title" text NOT NULL, "minutes" integer NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_practice_lessons" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_practice_lessons_practice" ON "practice_lessons" ("practice_id", "created_at")`,
    );
    await q.query(
      `ALTER TABLE "practice_lessons" ADD CONSTRAINT "fk_practice_lessons_practice" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "practice_hidden_lessons" ("practice_id" uuid NOT NULL, "lesson_id" text NOT NULL, "hidden_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_practice_hidden_lessons" PRIMARY KEY ("practice_id", "lesson_id"))`,
    );
    await q.query(
      `ALTER TABLE "practice_hidden_lessons" ADD CONSTRAINT "fk_practice_hidden_lessons_practice" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // Reads of practice lessons go with them; reads of our six stay.
    await q.query(
      `DELETE FROM "portal_lesson_reads" r USING "practice_lessons" l WHERE r."lesson_id" = l."id"::text`,
    );
    await q.query(`DROP TABLE "practice_hidden_lessons"`);
    await q.query(`DROP TABLE "practice_lessons"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The client's GP becomes structured (name, practice, phone, email) so a
 * letter can be addressed to them; the free text typed so far becomes the
 * name.
 */
export class StructuredGp1766300000000 implements MigrationInterface {
  name = 'StructuredGp1766300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clients" ADD "gp" jsonb`);
    await queryRunner.query(
      `UPDATE "clients" SET "gp" = jsonb_build_object('name', "gp_name", 'practice', NULL, 'phone', NULL, 'email', NULL) WHERE "gp_name" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "clients" DROP COLUMN "gp_name"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clients" ADD "gp_name" text`);
    // Practice, phone and e-mail had no place before; the name keeps them
    // readable rather than losing them.
    await queryRunner.query(
      `UPDATE "clients" SET "gp_name" = NULLIF(concat_ws(', ', "gp"->>'name', "gp"->>'practice', "gp"->>'phone', "gp"->>'email'), '') WHERE "gp" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "clients" DROP COLUMN "gp"`);
  }
}

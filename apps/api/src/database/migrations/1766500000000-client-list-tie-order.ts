import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The list sorted by highest score now reads equal scores alphabetically
 * (ORDER BY max_score DESC NULLS LAST, sort_name, id); the index follows, so
 * the first page still comes straight from it.
 */
export class ClientListTieOrder1766500000000 implements MigrationInterface {
  name = 'ClientListTieOrder1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_clients_practice_score"`);
    await q.query(
      `CREATE INDEX "ix_clients_practice_score" ON "clients" ("practice_id", "max_score" DESC NULLS LAST, "sort_name", "id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_clients_practice_score"`);
    await q.query(
      `CREATE INDEX "ix_clients_practice_score" ON "clients" ("practice_id", "max_score" DESC NULLS LAST, "id")`,
    );
  }
}

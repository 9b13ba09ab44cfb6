import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The client list sorted by highest score ("who needs attention") read and
 * sorted every client of the practice; this index hands over the first page
 * directly. It matches the list's ORDER BY max_score DESC NULLS LAST, id.
 */
export class ClientListOrder1764504000000 implements MigrationInterface {
  name = 'ClientListOrder1764504000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_clients_practice_score" ON "clients" ("practice_id", "max_score" DESC NULLS LAST, "id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_clients_practice_score"`);
  }
}

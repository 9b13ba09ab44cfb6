import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Clients, sharing, practitioner invitations and the append-only access log. */
export class ClientsAndAccessLog1764158400000 implements MigrationInterface {
  name = 'ClientsAndAccessLog1764158400000';

  async up(q: QueryRunner): Promise<void> {
    // Trusted extension: a database owner may create it.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`ALTER TABLE "practitioners" ADD "invite_token_hash" text`);
    await q.query(
      `ALTER TABLE "practitioners" ADD "invite_expires_at" TIMESTAMP WITH TIME ZONE`,
    );
    await q.query(
      `ALTER TABLE "practitioners" ALTER COLUMN "password_hash" DROP NOT NULL`,
    );

    await q.query(`CREATE TABLE "clients" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "practice_id" uuid NOT NULL,
      "responsible_practitioner_id" uuid NOT NULL,
      "first_name" text NOT NULL,
      "last_name" text NOT NULL,
      "sort_name" text NOT NULL,
      "search_text" text NOT NULL,
      "date_of_birth" date NOT NULL,
      "email" text NOT NULL,
      "phone" text,
      "preferred_language" text NOT NULL DEFAULT 'nl',
      "pain_location" text,
      "pain_duration" text,
      "referral_source" text,
      "gp_name" text,
      "tags" text array NOT NULL DEFAULT '{}',
      "status" text NOT NULL DEFAULT 'intake_pending',
      "legal_basis" text NOT NULL DEFAULT 'explicit_consent',
      "consent_given_at" TIMESTAMP WITH TIME ZONE,
      "consent_privacy_version" text,
      "consent_withdrawn_at" TIMESTAMP WITH TIME ZONE,
      "pain_focus_off" boolean NOT NULL DEFAULT false,
      "latest_scores" jsonb,
      "max_score" real,
      "focus_domains" text array NOT NULL DEFAULT '{}',
      "open_red_flag_count" integer NOT NULL DEFAULT '0',
      "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT '1',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_clients_legal_basis" CHECK ("legal_basis" IN ('explicit_consent', 'care_provider')),
      CONSTRAINT "ck_clients_language" CHECK ("preferred_language" IN ('nl', 'en')),
      CONSTRAINT "ck_clients_status" CHECK ("status" IN ('intake_pending', 'active', 'paused', 'completed', 'archived')),
      CONSTRAINT "pk_clients" PRIMARY KEY ("id"))`);
    await q.query(
      `CREATE INDEX "ix_clients_practice_activity" ON "clients" ("practice_id", "last_activity_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_clients_practice_responsible" ON "clients" ("practice_id", "responsible_practitioner_id")`,
    );
    await q.query(
      `CREATE INDEX "ix_clients_practice_status" ON "clients" ("practice_id", "status")`,
    );
    await q.query(
      `CREATE INDEX "ix_clients_practice_sort" ON "clients" ("practice_id", "sort_name")`,
    );
    // Substring search on names and email, accent-free text kept by the API.
    await q.query(
      `CREATE INDEX "ix_clients_search_trgm" ON "clients" USING gin ("search_text" gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX "ix_clients_tags" ON "clients" USING gin ("tags")`,
    );
    await q.query(
      `CREATE INDEX "ix_clients_focus_domains" ON "clients" USING gin ("focus_domains")`,
    );
    await q.query(`ALTER TABLE "clients" ADD CONSTRAINT "fk_clients_practice"
      FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "clients" ADD CONSTRAINT "fk_clients_responsible"
      FOREIGN KEY ("responsible_practitioner_id") REFERENCES "practitioners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await q.query(`CREATE TABLE "client_shares" (
      "client_id" uuid NOT NULL,
      "practitioner_id" uuid NOT NULL,
      "practice_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_client_shares" PRIMARY KEY ("client_id", "practitioner_id"))`);
    await q.query(
      `CREATE INDEX "ix_client_shares_practitioner" ON "client_shares" ("practitioner_id")`,
    );
    await q.query(`ALTER TABLE "client_shares" ADD CONSTRAINT "fk_client_shares_client"
      FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "client_shares" ADD CONSTRAINT "fk_client_shares_practitioner"
      FOREIGN KEY ("practitioner_id") REFERENCES "practitioners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await q.query(`CREATE TABLE "audit_events" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "practice_id" uuid NOT NULL,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
      "event" text NOT NULL,
      "action" character(1) NOT NULL,
      "client_id" uuid,
      "user_id" uuid,
      "on_behalf_of_id" uuid,
      "role" text,
      "outcome" text NOT NULL,
      "part" text NOT NULL,
      "ip" text,
      "user_agent" text,
      "details" jsonb,
      CONSTRAINT "pk_audit_events" PRIMARY KEY ("id"))`);
    await q.query(
      `CREATE INDEX "ix_audit_events_practice" ON "audit_events" ("practice_id", "occurred_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_audit_events_user" ON "audit_events" ("practice_id", "user_id", "occurred_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_audit_events_client" ON "audit_events" ("practice_id", "client_id", "occurred_at")`,
    );
    // NEN 7513: the log is append-only, enforced by the database itself.
    await q.query(`CREATE FUNCTION hk_audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER "tr_audit_events_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_events"
      FOR EACH ROW EXECUTE FUNCTION hk_audit_events_append_only()`);
    await q.query(`CREATE TRIGGER "tr_audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events"
      FOR EACH STATEMENT EXECUTE FUNCTION hk_audit_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_events"`);
    await q.query(`DROP FUNCTION hk_audit_events_append_only()`);
    await q.query(`DROP TABLE "client_shares"`);
    await q.query(`DROP TABLE "clients"`);
    await q.query(`DELETE FROM "practitioners" WHERE "password_hash" IS NULL`);
    await q.query(
      `ALTER TABLE "practitioners" ALTER COLUMN "password_hash" SET NOT NULL`,
    );
    await q.query(
      `ALTER TABLE "practitioners" DROP COLUMN "invite_expires_at"`,
    );
    await q.query(
      `ALTER TABLE "practitioners" DROP COLUMN "invite_token_hash"`,
    );
  }
}

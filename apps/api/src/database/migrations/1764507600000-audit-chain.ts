import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Makes the access log tamper-evident: every line carries the sha256 of its
 * content and of the line before it in its chain.
 *
 * A BEFORE INSERT trigger computes the link rather than the AuditService, so
 * every way a line can be written (services, raw SQL, later imports) is
 * chained. It takes a transaction-level advisory lock on the chain before it
 * reads the chain head, so two writers never link to the same line. That
 * lock is held until commit, so commits on one chain happen one at a time:
 * each practice therefore has 8 chains, picked by transaction id, which lets
 * 8 writers of one practice commit side by side (measured: one chain per
 * practice cut 8 concurrent writers to a third of their throughput). A
 * transaction's lines stay in one chain. The unique index is the backstop:
 * a fork could never commit, even if the lock were bypassed.
 *
 * The head is read with a fresh snapshot, which only READ COMMITTED gives; in
 * REPEATABLE READ the trigger refuses instead of forking the chain.
 */
export class AuditChain1764507600000 implements MigrationInterface {
  name = 'AuditChain1764507600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "audit_events" ADD "chain_no" smallint, ADD "chain_seq" bigint, ADD "prev_hash" text, ADD "hash" text`,
    );
    // The canonical form: a JSON array in a fixed column order; time in UTC
    // with microseconds, so the session's TimeZone cannot change the text.
    await q.query(`CREATE FUNCTION hk_audit_event_payload(e audit_events) RETURNS text
      LANGUAGE sql STABLE AS $$
        SELECT jsonb_build_array(e.id, e.practice_id, e.chain_no, e.chain_seq,
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          e.event, e.action, e.client_id, e.user_id, e.on_behalf_of_id, e.role,
          e.outcome, e.part, e.ip, e.user_agent, e.details)::text
      $$`);
    await q.query(`CREATE FUNCTION hk_audit_event_hash(e audit_events) RETURNS text
      LANGUAGE sql STABLE AS $$
        SELECT encode(sha256(convert_to(e.prev_hash || hk_audit_event_payload(e), 'UTF8')), 'hex')
      $$`);
    await this.backfill(q);
    await q.query(
      `ALTER TABLE "audit_events" ALTER "chain_no" SET NOT NULL, ALTER "chain_seq" SET NOT NULL, ALTER "prev_hash" SET NOT NULL, ALTER "hash" SET NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_audit_events_chain" ON "audit_events" ("practice_id", "chain_no", "chain_seq")`,
    );
    await q.query(`CREATE FUNCTION hk_audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE head record;
      BEGIN
        IF current_setting('transaction_isolation') <> 'read committed' THEN
          RAISE EXCEPTION 'audit_events: log lines are appended in READ COMMITTED transactions only'
            USING ERRCODE = 'feature_not_supported';
        END IF;
        NEW.chain_no := txid_current() % 8;
        PERFORM pg_advisory_xact_lock(7513, hashtext(NEW.practice_id::text || ':' || NEW.chain_no));
        SELECT chain_seq, hash INTO head FROM audit_events
          WHERE practice_id = NEW.practice_id AND chain_no = NEW.chain_no
          ORDER BY chain_seq DESC LIMIT 1;
        NEW.chain_seq := coalesce(head.chain_seq, 0) + 1;
        NEW.prev_hash := coalesce(head.hash, repeat('0', 64));
        NEW.hash := hk_audit_event_hash(NEW);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "tr_audit_events_chain" BEFORE INSERT ON "audit_events"
      FOR EACH ROW EXECUTE FUNCTION hk_audit_events_chain()`);
  }

  /** Links the lines written before the chain existed, oldest first, into chain 0 of each practice. */
  private async backfill(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "audit_events" DISABLE TRIGGER "tr_audit_events_no_update_delete"`,
    );
    await q.query(`DO $$
      DECLARE r audit_events; practice uuid; n bigint; prev text;
      BEGIN
        FOR r IN SELECT * FROM audit_events ORDER BY practice_id, occurred_at, id LOOP
          IF practice IS DISTINCT FROM r.practice_id THEN
            practice := r.practice_id; n := 0; prev := repeat('0', 64);
          END IF;
          n := n + 1;
          r.chain_no := 0;
          r.chain_seq := n;
          r.prev_hash := prev;
          prev := hk_audit_event_hash(r);
          UPDATE audit_events SET chain_no = 0, chain_seq = n, prev_hash = r.prev_hash, hash = prev
            WHERE id = r.id;
        END LOOP;
      END $$`);
    await q.query(
      `ALTER TABLE "audit_events" ENABLE TRIGGER "tr_audit_events_no_update_delete"`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "tr_audit_events_chain" ON "audit_events"`);
    await q.query(`DROP FUNCTION hk_audit_events_chain()`);
    await q.query(`DROP INDEX "ux_audit_events_chain"`);
    await q.query(
      `ALTER TABLE "audit_events" DROP COLUMN "chain_no", DROP COLUMN "chain_seq", DROP COLUMN "prev_hash", DROP COLUMN "hash"`,
    );
    await q.query(`DROP FUNCTION hk_audit_event_hash(audit_events)`);
    await q.query(`DROP FUNCTION hk_audit_event_payload(audit_events)`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attempts at secrets are counted before the secret is checked, by one
 * function call: a burst of requests cannot all pass the count, and each
 * call holds its locks for one round trip only. Guesses at secrets that
 * name no account (an invitation token, a pending sign-in) count for their
 * address, so their rows have no email.
 */
export class SecretAttempts1765000000000 implements MigrationInterface {
  name = 'SecretAttempts1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "login_attempts" ALTER COLUMN "email" DROP NOT NULL`,
    );
    // VOLATILE: every statement inside sees what committed before it, so the
    // counts after the locks include every attempt written under them.
    await q.query(`
      CREATE FUNCTION login_attempt_begin(
        p_email text, p_ip text, p_now timestamptz, p_window_seconds integer,
        p_account_max integer, p_address_max integer)
      RETURNS TABLE (attempt_id uuid, account_at timestamptz, address_at timestamptz)
      LANGUAGE plpgsql VOLATILE AS $fn$
      DECLARE
        v_now timestamptz;
        v_since timestamptz;
      BEGIN
        -- Pass 1 without locks: a burst beyond the limit is refused at once.
        -- Pass 2 under the locks (account first, then address, so no two
        -- calls wait on each other in a circle) decides.
        FOR v_pass IN 1..2 LOOP
          IF v_pass = 2 THEN
            IF p_email IS NOT NULL THEN
              PERFORM pg_advisory_xact_lock(7601, hashtext(p_email));
            END IF;
            PERFORM pg_advisory_xact_lock(7602, hashtext(p_ip));
          END IF;
          v_now := COALESCE(p_now, clock_timestamp());
          v_since := v_now - make_interval(secs => p_window_seconds);
          account_at := NULL;
          address_at := NULL;
          IF p_email IS NOT NULL THEN
            -- The account's failures since its last success.
            SELECT f.attempted_at INTO account_at FROM login_attempts f
            WHERE f.email = p_email AND NOT f.succeeded AND f.attempted_at > v_since
              AND NOT EXISTS (
                SELECT 1 FROM login_attempts s
                WHERE s.email = p_email AND s.succeeded
                  AND s.attempted_at >= f.attempted_at)
            ORDER BY f.attempted_at DESC OFFSET p_account_max - 1 LIMIT 1;
          END IF;
          IF account_at IS NULL THEN
            -- The address's failures: a success does not reset an address.
            SELECT a.attempted_at INTO address_at FROM login_attempts a
            WHERE a.ip = p_ip AND NOT a.succeeded AND a.attempted_at > v_since
            ORDER BY a.attempted_at DESC OFFSET p_address_max - 1 LIMIT 1;
          END IF;
          IF account_at IS NOT NULL OR address_at IS NOT NULL THEN
            RETURN NEXT;
            RETURN;
          END IF;
        END LOOP;
        INSERT INTO login_attempts (email, ip, succeeded, attempted_at)
        VALUES (p_email, p_ip, false, v_now)
        RETURNING id INTO attempt_id;
        RETURN NEXT;
      END
      $fn$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP FUNCTION login_attempt_begin(text, text, timestamptz, integer, integer, integer)`,
    );
    await q.query(`DELETE FROM "login_attempts" WHERE "email" IS NULL`);
    await q.query(
      `ALTER TABLE "login_attempts" ALTER COLUMN "email" SET NOT NULL`,
    );
  }
}

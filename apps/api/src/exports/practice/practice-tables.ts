import type { EntityManager } from 'typeorm';
import { tablesInDependencyOrder } from '../../database/table-order';

/**
 * Tables that stay in this installation: sign-in sessions, throttling
 * counters, the migration bookkeeping, the outbox of mail and password
 * reset links (delivery belongs to this installation's job queue, and their
 * links open only here), the credentials of two-step sign-in (keyed to this
 * installation's secret, useless anywhere else; after an import everyone
 * enrols again, as the practice's rule requires), and the calendar
 * subscriptions (their address names this installation; after a move each
 * practitioner makes a new one on the Agenda page), and the client portal's
 * links and sessions (like sign-in sessions, they open only here; after a
 * move the practitioner invites the client again; lessons read and messages
 * do travel). Every
 * other table belongs to a practice and travels in its export; a test fails
 * when a new table is in neither group, so nothing is left behind unnoticed.
 */
export const TRANSIENT_TABLES = new Set([
  'migrations',
  'sessions',
  'login_attempts',
  'rate_limit_hits',
  'pending_sign_ins',
  'mfa_recovery_codes',
  'mail_messages',
  'password_resets',
  'calendar_feeds',
  'portal_links',
  'portal_sessions',
]);

/**
 * Columns that stay behind: credentials. Two-step sign-in secrets for the
 * reason above; password hashes and open invitation links because a file
 * that leaves the installation must not carry what an attacker could crack
 * or use. After an import every practitioner sets a password again through
 * a new one-time link (see practice-import.ts).
 */
export const TRANSIENT_COLUMNS: Record<string, string[]> = {
  practitioners: [
    'password_hash',
    'invite_token_hash',
    'invite_expires_at',
    'mfa_secret',
    'mfa_pending_secret',
    'mfa_enabled_at',
    'mfa_last_step',
  ],
};

/** A practice's table with the columns a restore writes (generated ones excluded). */
export interface PracticeTable {
  name: string;
  columns: string[];
  /** `id` for the practices table itself, `practice_id` for the rest. */
  practiceColumn: 'id' | 'practice_id';
  /** Columns left out of the export (see TRANSIENT_COLUMNS). */
  omitted: string[];
}

/**
 * The practice's tables, parents before children (by foreign key), so a
 * restore can insert them in this order.
 */
export async function practiceTables(
  manager: EntityManager,
): Promise<PracticeTable[]> {
  const tables = (
    await tablesInDependencyOrder(
      <T>(sql: string) => manager.query(sql) as Promise<T[]>,
    )
  ).filter((t) => !TRANSIENT_TABLES.has(t.name));
  const unscoped = tables.filter(
    (t) => t.name !== 'practices' && !t.columns.includes('practice_id'),
  );
  if (unscoped.length)
    throw new Error(
      `Tables without practice_id cannot be exported per practice: ${unscoped.map((t) => t.name).join(', ')}`,
    );
  return tables.map(({ name, columns }) => {
    const omitted = TRANSIENT_COLUMNS[name] ?? [];
    return {
      name,
      columns: columns.filter((c) => !omitted.includes(c)),
      practiceColumn: name === 'practices' ? 'id' : 'practice_id',
      omitted,
    };
  });
}

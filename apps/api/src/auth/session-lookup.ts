import type {
  CurrentUser,
  Language,
  PractitionerRole,
} from '@herstelkompas/contracts';
import type { DataSource } from 'typeorm';
import { mfaRequired } from './mfa/mfa-policy';

/** What a session check needs, read in one indexed statement. */
export interface SessionRow {
  id: string;
  lastSeenAt: Date;
  expiresAt: Date;
  /** Null when the practitioner is gone or deactivated. */
  practitionerId: string | null;
  practiceId: string | null;
  role: PractitionerRole | null;
  /** Two-step sign-in is required but not set up yet. */
  mfaSetupRequired: boolean;
  /** What `GET /api/auth/me` answers, from the same row; null when unknown. */
  user: CurrentUser | null;
}

interface Raw {
  id: string;
  last_seen_at: Date;
  expires_at: Date;
  practitioner_id: string | null;
  practice_id: string | null;
  role: PractitionerRole | null;
  has_mfa: boolean | null;
  demo: boolean | null;
  mfa_for_practitioners: boolean | null;
  email: string | null;
  display_name: string | null;
  language: Language | null;
  profession: string | null;
  registration: string | null;
  practice_name: string | null;
}

/**
 * Every signed-in request runs this: the session by its token hash (unique
 * index), with its practitioner and practice joined, as plain columns rather
 * than three hydrated entities and three round trips. A revocation is seen by
 * the very next request in every process, as nothing is cached. The few
 * columns `GET /api/auth/me` answers with come along (the rows are read
 * anyway), so the app's most frequent request is one statement, not two.
 */
const SQL = `SELECT s.id, s.last_seen_at, s.expires_at,
    p.id AS practitioner_id, p.practice_id, p.role,
    p.mfa_secret IS NOT NULL AS has_mfa,
    pr.demo, pr.mfa_required_for_practitioners AS mfa_for_practitioners,
    p.email, p.display_name, p.language, p.profession, p.registration,
    pr.name AS practice_name
  FROM sessions s
  LEFT JOIN practitioners p ON p.id = s.practitioner_id AND p.active
  LEFT JOIN practices pr ON pr.id = p.practice_id
  WHERE s.token_hash = $1 AND s.revoked_at IS NULL`;

export async function findSession(
  dataSource: DataSource,
  tokenHash: string,
): Promise<SessionRow | null> {
  const rows: Raw[] = await dataSource.query(SQL, [tokenHash]);
  const row = rows[0];
  if (!row) return null;
  const known = row.practitioner_id !== null && row.demo !== null;
  const required =
    known &&
    mfaRequired(
      { role: row.role as PractitionerRole },
      {
        demo: row.demo as boolean,
        mfaRequiredForPractitioners: row.mfa_for_practitioners as boolean,
      },
    );
  return {
    id: row.id,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    practitionerId: known ? row.practitioner_id : null,
    practiceId: known ? row.practice_id : null,
    role: known ? row.role : null,
    mfaSetupRequired: required && !row.has_mfa,
    user: known ? currentUserOf(row, required) : null,
  };
}

/** The same shape as AuthService.currentUser, built from the session row. */
function currentUserOf(row: Raw, required: boolean): CurrentUser {
  return {
    practitioner: {
      id: row.practitioner_id as string,
      email: row.email as string,
      displayName: row.display_name as string,
      role: row.role as PractitionerRole,
      language: row.language as Language,
      profession: row.profession,
      registration: row.registration,
    },
    practice: {
      id: row.practice_id as string,
      name: row.practice_name as string,
      demo: row.demo as boolean,
    },
    mfa: {
      enabled: row.has_mfa === true,
      required,
      setupRequired: required && !row.has_mfa,
    },
  };
}

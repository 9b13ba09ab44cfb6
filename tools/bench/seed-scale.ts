/**
 * `npm run seed:scale -- --tier S|M|L [--reset]`: fills a separate database
 * with a deterministic practice at scale for `npm run bench`. Embedded
 * PostgreSQL under .data-scale/<tier>/, or DATABASE_URL when given. Loads
 * with COPY into bare tables, then builds the indexes the migrations define.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { newPasswordHash } from '../../apps/api/src/auth/credentials';
import { loadConfig } from '../../apps/api/src/config/config';
import { resolveEmbeddedSecrets } from '../../apps/api/src/config/secrets';
import { createLogger } from '../../apps/api/src/logging/logger';
import { openDatabase } from '../../apps/api/src/database/open-database';
import { type Cell, copyRows, deferIndexes } from './scale/copy';
import * as P from './scale/portal-rows';
import * as R from './scale/rows';
import { CHECK_IN_COLUMNS, checkInRows } from './scale/check-in-rows';
import * as H from './scale/homework-rows';

const TIERS: Record<string, R.Tier> = {
  S: {
    practitioners: 1,
    clients: 6_000,
    notes: 120_000,
    assessments: 36_000,
    auditEvents: 600_000,
  },
  M: {
    practitioners: 10,
    clients: 25_000,
    notes: 500_000,
    assessments: 150_000,
    auditEvents: 2_500_000,
  },
  L: {
    practitioners: 100,
    clients: 50_000,
    notes: 1_000_000,
    assessments: 300_000,
    auditEvents: 5_000_000,
  },
};
export const SCALE_PASSWORD = 'schaal-bench-2026';

export function scaleDataDir(tier: string): string {
  return join('.data-scale', tier);
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function timed(label: string, run: () => Promise<number | void>) {
  const start = Date.now();
  const rows = await run();
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  console.log(
    `  ${label.padEnd(28)} ${rows === undefined ? '' : `${rows.toLocaleString('en')} rows `.padStart(18)}${seconds} s`,
  );
}

async function main() {
  const tierName = (argument('tier') ?? 'S').toUpperCase();
  const tier = TIERS[tierName];
  if (!tier) throw new Error(`--tier must be S, M or L, not ${tierName}`);
  const dataDir = scaleDataDir(tierName);
  if (process.argv.includes('--reset') && !process.env['DATABASE_URL'])
    rmSync(dataDir, { recursive: true, force: true });
  const config = loadConfig({
    DATA_DIR: dataDir,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'warn',
    ...(process.env['DATABASE_URL']
      ? {
          DATABASE_URL: process.env['DATABASE_URL'],
          SESSION_SECRET: 'x'.repeat(32),
        }
      : {}),
  });
  const secrets = config.databaseUrl
    ? undefined
    : resolveEmbeddedSecrets(config);
  const started = Date.now();
  const database = await openDatabase(
    config,
    secrets?.databasePassword ?? '',
    createLogger('warn'),
  );
  const db = new Client({ connectionString: database.url });
  await db.connect();
  try {
    const existing = await db.query('SELECT count(*)::int AS n FROM practices');
    if (existing.rows[0].n > 0) {
      console.log(
        `Tier ${tierName} is already seeded (${dataDir}); --reset starts again.`,
      );
      // A tier seeded before the portal existed gets its portal rows now.
      const portal = await db.query(
        'SELECT count(*)::int AS n FROM portal_links',
      );
      if (portal.rows[0].n === 0) await loadPortal(db, tier);
    } else {
      console.log(
        `Seeding tier ${tierName}: ${tier.practitioners} practitioners, ${tier.clients.toLocaleString('en')} clients`,
      );
      await load(db, database.url, tier);
    }
  } finally {
    await db.end();
    await database.close();
  }
  const bench = {
    tier: tierName,
    email: R.practitionerEmail(0),
    password: SCALE_PASSWORD,
    reportClients: {
      50: R.uuidFor(R.KIND.client, R.REPORT_CLIENTS[50]),
      200: R.uuidFor(R.KIND.client, R.REPORT_CLIENTS[200]),
    },
    clients: tier.clients,
    /** Clients with portal rows: the portal bench opens sessions for some of them. */
    portalClients: [...P.portalClients(tier)]
      .slice(0, 200)
      .map((i) => R.uuidFor(R.KIND.client, i)),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'bench.json'), JSON.stringify(bench, null, 2));
  console.log(
    `Done in ${((Date.now() - started) / 1000).toFixed(0)} s. Sign in as ${bench.email} / ${bench.password} (owner, sees every client).`,
  );
}

async function load(db: Client, url: string, tier: R.Tier) {
  const tables = [
    'clients',
    'assessments',
    'session_notes',
    'audit_events',
    'check_ins',
  ];
  await db.query(`SET synchronous_commit = off`);
  await db.query(`SET maintenance_work_mem = '512MB'`);
  const deferred = await deferIndexes(db, tables);
  for (const sql of deferred.drop) await db.query(sql);
  // The access log's rows bring their hash links (see rows.ts): the trigger
  // that would chain them row by row is off while they are copied in.
  await db.query(
    'ALTER TABLE audit_events DISABLE TRIGGER tr_audit_events_chain',
  );
  await timed('practice, practitioners', async () => {
    const hash = await newPasswordHash(SCALE_PASSWORD);
    await db.query(
      `INSERT INTO practices (id, name) VALUES ($1, 'Praktijk Schaal')`,
      [R.practiceId],
    );
    const rows: Cell[][] = Array.from(
      { length: tier.practitioners },
      (_, p) => [
        R.practitionerId(p),
        R.practiceId,
        R.practitionerEmail(p),
        `Schaal Behandelaar ${p + 1}`,
        hash,
        p === 0 ? 'owner' : 'practitioner',
      ],
    );
    return copyRows(
      db,
      'practitioners',
      ['id', 'practice_id', 'email', 'display_name', 'password_hash', 'role'],
      rows,
    );
  });
  // Three connections: PostgreSQL parses one table's rows while Node makes the next.
  const lanes = [
    [
      ['clients', R.CLIENT_COLUMNS, R.clientRows(tier)],
      ['assessments', R.ASSESSMENT_COLUMNS, R.assessmentRows(tier)],
    ],
    [
      ['session_notes', R.NOTE_COLUMNS, R.noteRows(tier)],
      ['check_ins', CHECK_IN_COLUMNS, checkInRows(tier)],
    ],
    [['audit_events', R.AUDIT_COLUMNS, R.auditRows(tier)]],
  ] as const;
  await Promise.all(
    lanes.map(async (lane) => {
      const lc = new Client({ connectionString: url });
      await lc.connect();
      await lc.query('SET synchronous_commit = off');
      try {
        for (const [table, columns, rows] of lane)
          await timed(table, () => copyRows(lc, table, columns, rows));
      } finally {
        await lc.end();
      }
    }),
  );
  await timed('indexes and foreign keys', async () => {
    for (const sql of deferred.restore) await db.query(sql);
  });
  await loadPortal(db, tier);
  await loadHomework(db, tier);
  await db.query(
    'ALTER TABLE audit_events ENABLE TRIGGER tr_audit_events_chain',
  );
  await timed('access-log chain sample check', async () => {
    const { rows } = await db.query<{ wrong: number }>(
      `SELECT count(*)::int AS wrong FROM (
         SELECT e FROM audit_events e ORDER BY md5(id::text) LIMIT 5000) s
        WHERE (s.e).hash <> hk_audit_event_hash(s.e)`,
    );
    if (rows[0]?.wrong)
      throw new Error(
        `${rows[0].wrong} of 5000 sampled access-log hashes differ from the database's: the seed's canonical text is out of date`,
      );
    return 5000;
  });
  await timed('vacuum analyze', async () => {
    await db.query('VACUUM ANALYZE');
  });
}

/** Homework for one active client in three, then the days ticked off (they name the assignments). */
async function loadHomework(db: Client, tier: R.Tier) {
  await timed('homework assignments', () =>
    copyRows(
      db,
      'homework_assignments',
      H.HOMEWORK_ASSIGNMENT_COLUMNS,
      H.homeworkAssignmentRows(tier),
    ),
  );
  await timed('homework ticks', () =>
    copyRows(
      db,
      'homework_completions',
      H.HOMEWORK_COMPLETION_COLUMNS,
      H.homeworkCompletionRows(tier),
    ),
  );
}

/** The portal: used invitations, messages both ways, lessons read. */
async function loadPortal(db: Client, tier: R.Tier) {
  await timed('portal links', () =>
    copyRows(db, 'portal_links', P.PORTAL_LINK_COLUMNS, P.portalLinkRows(tier)),
  );
  await timed('portal messages', () =>
    copyRows(db, 'portal_messages', P.MESSAGE_COLUMNS, P.messageRows(tier)),
  );
  await timed('portal lesson reads', () =>
    copyRows(
      db,
      'portal_lesson_reads',
      P.LESSON_READ_COLUMNS,
      P.lessonReadRows(tier),
    ),
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

// Mail figures on a seeded tier: how long the API takes to send a pile of
// due appointment reminders through a real SMTP server (started here; it
// accepts and discards), and what that sending does to the latency of the
// normal mix. Asserts nothing.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { SMTPServer } from 'smtp-server';
import { runMix, runPaced, startPaced } from './load-mix.mjs';
import { percentile, record, signIn, startApi, tierEnv } from './support.mjs';

const tier = process.env.BENCH_TIER ?? 'M';
const dataDir = join('.data-scale', tier);
const seed = JSON.parse(readFileSync(join(dataDir, 'bench.json'), 'utf8'));
const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 10_000);
const SECONDS = Number(process.env.BENCH_MAIL_SECONDS ?? 20);
const RATE = Number(process.env.BENCH_RATE ?? 25);
const CONNECTIONS = 10;
const ms = (v) => Number(v.toFixed(1));
const count = REMINDERS.toLocaleString('en');

/** An SMTP server that takes every mail and keeps only the count. */
async function startSink() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        received++;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    received: () => received,
    close: () => new Promise((r) => server.close(r)),
  };
}

/** Where the API's database is: DATABASE_URL, or what the embedded one wrote at start. */
function databaseUrl() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const runtime = join(dataDir, 'runtime.json');
  if (!existsSync(runtime)) throw new Error(`${runtime} is missing`);
  return JSON.parse(readFileSync(runtime, 'utf8')).url;
}

/**
 * Writes `n` appointments with a reminder that is due now, in one
 * transaction, as the outbox does: the mail row and its job (same id). The
 * jobs go through pg-boss's own insert so the queue's retry policy applies.
 */
async function enqueueReminders(url, practitionerId, clientIds, n) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss' });
  try {
    const [{ practice_id: practiceId }] = (
      await db.query('SELECT practice_id FROM practitioners WHERE id = $1', [
        practitionerId,
      ])
    ).rows;
    const started = performance.now();
    await db.query('BEGIN');
    const ids = Array.from({ length: n }, () => randomUUID());
    const clients = ids.map((_, i) => clientIds[i % clientIds.length]);
    // Appointments two days ahead, a minute apart, so none is in the past.
    await db.query(
      `INSERT INTO appointments (id, practice_id, client_id, practitioner_id, start_at, end_at,
         duration_minutes, type, status, created_by_id)
       SELECT a.id, $1, a.client_id, $2,
              date_trunc('minute', now()) + interval '2 days' + (a.n * interval '1 minute'),
              date_trunc('minute', now()) + interval '2 days' + (a.n * interval '1 minute') + interval '45 minutes',
              45, 'coaching', 'planned', $2
         FROM unnest($3::uuid[], $4::uuid[]) WITH ORDINALITY AS a(id, client_id, n)`,
      [practiceId, practitionerId, ids, clients],
    );
    await db.query(
      `INSERT INTO mail_messages (id, practice_id, kind, status, recipient, reply_to, language,
         subject, text_body, html_body, client_id, practitioner_id, appointment_id,
         appointment_start, job_id, send_after)
       SELECT a.id, a.practice_id, 'appointment_reminder', 'scheduled',
              'client-' || left(a.client_id::text, 8) || '@bench.invalid', NULL, 'nl',
              'Herinnering: je afspraak bij Praktijk Schaal',
              'Hallo,' || chr(10) || chr(10) || 'Een herinnering aan je afspraak.',
              '<p>Hallo,</p><p>Een herinnering aan je afspraak.</p>',
              a.client_id, a.practitioner_id, a.id, a.start_at, a.id, now()
         FROM appointments a WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
    await boss.insert(
      ids.map((id) => ({ id, name: 'mail.send', data: { mailId: id } })),
      {
        db: {
          executeSql: async (text, values) => ({
            rows: (await db.query(text, values)).rows,
          }),
        },
      },
    );
    await db.query('COMMIT');
    return { enqueueMs: performance.now() - started, ids };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}

async function clientIds(api, headers) {
  const ids = [];
  for (let page = 1; page <= 10; page++) {
    const res = await fetch(
      `${api.base}/api/clients?status=active&pageSize=100&page=${page}&sort=-created`,
      { headers },
    );
    ids.push(...(await res.json()).items.map((c) => c.id));
  }
  return ids.filter((id) => !Object.values(seed.reportClients).includes(id));
}

async function main() {
  const sink = await startSink();
  const api = await startApi({
    ...tierEnv(tier),
    SMTP_URL: sink.url,
    MAIL_FROM: 'Herstelkompas bench <bench@herstelkompas.invalid>',
  });
  try {
    const headers = await signIn(
      api.base,
      seed.email,
      seed.password,
      join(dataDir, 'owner-totp.txt'),
    );
    const me = await (
      await fetch(`${api.base}/api/auth/me`, { headers })
    ).json();
    const ids = await clientIds(api, headers);
    const mixOptions = { base: api.base, headers, ids };
    await runMix({ ...mixOptions, connections: CONNECTIONS, seconds: 5 });

    // The mix at a fixed pace, spread evenly (one request every 1000/RATE
    // ms, as the API bench's paced mode), so the difference is the
    // sending's and not a queue's or a burst's.
    const paced = {
      ...mixOptions,
      connections: CONNECTIONS,
      rate: RATE,
    };
    const before = await runPaced({ ...paced, seconds: SECONDS });
    const beforeAll = Object.values(before.samples)
      .flat()
      .map((s) => s.ms);

    const during = startPaced(paced);
    await new Promise((r) => setTimeout(r, 1000));
    const sentBefore = sink.received();
    const { enqueueMs } = await enqueueReminders(
      databaseUrl(),
      me.practitioner.id,
      ids,
      REMINDERS,
    );
    const from = performance.now() - during.start;
    const until = Date.now() + Math.max(600_000, REMINDERS * 100);
    while (sink.received() - sentBefore < REMINDERS && Date.now() < until)
      await new Promise((r) => setTimeout(r, 100));
    const to = performance.now() - during.start;
    during.stop();
    await during.done;
    const sent = sink.received() - sentBefore;
    const window = Object.values(during.samples)
      .flat()
      .filter((s) => s.at >= from && s.at <= to)
      .map((s) => s.ms);
    const p95Before = percentile(beforeAll, 0.95);
    const p95During = percentile(window, 0.95);
    const rise = ((p95During - p95Before) / p95Before) * 100;
    const sendSeconds = (to - from) / 1000;
    console.log(
      `\nMail: ${count} due reminders enqueued in ${ms(enqueueMs)} ms; ${sent.toLocaleString('en')} sent through SMTP in ${ms(sendSeconds)} s ` +
        `(${ms(sent / sendSeconds)} mails/s). The mix paced evenly at ${RATE} req/s over at most ${CONNECTIONS} connections: ` +
        `p95 ${ms(p95Before)} ms without sending (${beforeAll.length} requests, ${SECONDS} s), ` +
        `${ms(p95During)} ms while sending (${window.length} requests): ${rise >= 0 ? '+' : ''}${ms(rise)} %`,
    );
    record(`${count} reminders: enqueue`, ms(enqueueMs), 'ms');
    record(`${count} reminders: send (SMTP)`, ms(sendSeconds), 's');
    record(`${count} reminders: sent`, sent, 'count');
    record('mix p95 without sending', ms(p95Before), 'ms');
    record('mix p95 while sending reminders', ms(p95During), 'ms');
    record('mix p95 rise while sending', ms(rise), '%');
  } finally {
    await api.stop();
    await sink.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

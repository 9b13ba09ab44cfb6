import { rmSync } from 'node:fs';
import { freePort } from '../../src/database/embedded-postgres';
import {
  type ApiProcess,
  type PgServer,
  startApi,
  startPgServer,
  tempDataDir,
  waitForHealth,
} from '../support/api-process';
import { query } from '../support/http-session';
import { livePractice } from '../support/live-practice';
import {
  eventually,
  linkIn,
  type SmtpCatcher,
  startSmtpCatcher,
} from '../support/smtp-catcher';

/**
 * kill -9 of the API while it is talking to the mail server: the mail's job
 * was taken and never finished. After the restart it runs again once its
 * time is up, and the mail arrives, once.
 */
describe('mail sending interrupted by kill -9', () => {
  let pgDir: string;
  let dataDir: string;
  let pg: PgServer;
  let api: ApiProcess;
  let smtp: SmtpCatcher;
  let databaseUrl: string;
  let port: number;

  const start = async () => {
    api = startApi({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      SESSION_SECRET: 'mail-kill-test-'.padEnd(48, 'x'),
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Herstelkompas <noreply@herstelkompas.test>',
      MAIL_RETRY_DELAY_SECONDS: '1',
      MAIL_SEND_TIMEOUT_SECONDS: '10',
    });
    await waitForHealth(port);
  };

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    pgDir = tempDataDir();
    dataDir = tempDataDir();
    pg = await startPgServer(pgDir, await freePort());
    databaseUrl = await pg.createDatabase('herstelkompas');
    port = await freePort();
    await start();
  });
  afterAll(async () => {
    await api?.stop();
    await pg?.stop();
    await smtp?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(pgDir, { recursive: true, force: true });
  });

  it('loses no mail and sends it once', async () => {
    const s = await livePractice(databaseUrl, port);
    const recipient = 'onderweg@client.example';
    smtp.behaviour.set(recipient, 'hold');
    const patched = await fetch(`${s.base}/clients/${s.clientId}`, {
      method: 'GET',
      headers: s.headers,
    });
    const { version } = (await patched.json()) as { version: number };
    const changed = await fetch(`${s.base}/clients/${s.clientId}`, {
      method: 'PATCH',
      headers: s.headers,
      body: JSON.stringify({ version, email: recipient }),
    });
    expect(changed.status).toBe(200);
    const created = await fetch(
      `${s.base}/clients/${s.clientId}/intake-invitations`,
      {
        method: 'POST',
        headers: s.headers,
        body: JSON.stringify({ variant: 'baseline', send: 'email' }),
      },
    );
    expect(created.status).toBe(201);
    const { url } = (await created.json()) as { url: string };

    // The API is now in the middle of the SMTP conversation.
    await eventually(
      async () => smtp.held.filter((r) => r === recipient).length,
      (n) => n === 1,
    );
    const [row] = await query<{ status: string }>(
      databaseUrl,
      `SELECT status FROM mail_messages WHERE recipient = $1 AND kind = 'intake_invitation'`,
      [recipient],
    );
    expect(row?.status).toBe('sending');
    expect(await api.stop('SIGKILL')).toBeNull();

    smtp.behaviour.delete(recipient);
    await start();
    const sent = await eventually(
      () =>
        query<{ status: string; attempts: number }>(
          databaseUrl,
          `SELECT status, attempts FROM mail_messages WHERE recipient = $1 AND kind = 'intake_invitation'`,
          [recipient],
        ),
      (rows) => rows[0]?.status === 'sent',
      90_000,
    );
    expect(sent[0]?.attempts).toBe(2);
    const mails = smtp.received.filter((m) =>
      JSON.stringify(m.to).includes(recipient),
    );
    expect(mails).toHaveLength(1);
    expect(linkIn(mails[0] as never)).toBe(url);
  }, 180_000);
});

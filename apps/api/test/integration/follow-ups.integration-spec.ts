import { addCalendarDays } from '@herstelkompas/domain';
import { FollowUpSchedule } from '../../src/follow-ups/follow-up-schedule.entity';
import {
  FOLLOW_UP_JOB,
  FollowUpRunner,
  jobId,
} from '../../src/follow-ups/follow-up-runner';
import { amsterdamToday } from '../../src/follow-ups/follow-up-time';
import { IntakeInvitation } from '../../src/intake/intake-invitation.entity';
import { JOB_SCHEMA } from '../../src/jobs/job-queue';
import {
  eventually,
  linkIn,
  type SmtpCatcher,
  startSmtpCatcher,
} from '../support/smtp-catcher';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
  testConfig,
} from '../support/test-app';

describe('follow-up intakes on a schedule', () => {
  let smtp: SmtpCatcher;
  let t: TestApp;
  let other: TestApp;
  let owner: Session;
  let outsider: Session;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    const mail = { ...testConfig().mail, smtpUrl: smtp.url };
    t = await createTestApp({ mail });
    // A second API process on the same database: its workers take jobs too.
    other = await createTestApp({ mail });
    await other.app.init();
    const practice = await buildPractice(t.dataSource);
    owner = await signIn(t.app, practice.owner.email);
    const elsewhere = await buildPractice(t.dataSource);
    outsider = await signIn(t.app, elsewhere.owner.email);
  });
  afterAll(async () => {
    await other.close();
    await t.close();
    await smtp.close();
  });

  const call = (
    method: 'GET' | 'PUT' | 'DELETE',
    clientId: string,
    payload?: object,
    session: Session = owner,
    language = 'nl',
  ) =>
    t.app.inject({
      method,
      url: `/api/clients/${clientId}/follow-up-schedule`,
      headers: { ...session.headers, 'accept-language': language },
      ...(payload ? { payload } : {}),
    });
  const today = () => amsterdamToday();
  const invitationsOf = (clientId: string) =>
    t.dataSource
      .getRepository(IntakeInvitation)
      .find({ where: { clientId }, order: { createdAt: 'ASC' } });
  const scheduleOf = (clientId: string) =>
    t.dataSource.getRepository(FollowUpSchedule).findOneBy({ clientId });
  /** As if the days had passed: the schedule and its queued job were due yesterday. */
  const makeDue = async (clientId: string) => {
    const row = await scheduleOf(clientId);
    if (!row) throw new Error('no schedule');
    const yesterday = addCalendarDays(today(), -1);
    await t.dataSource.query(
      `UPDATE follow_up_schedules SET next_due_on = $2 WHERE id = $1`,
      [row.id, yesterday],
    );
    const job = {
      scheduleId: row.id,
      revision: row.revision,
      dueOn: yesterday,
    };
    await t.dataSource.query(
      `UPDATE ${JOB_SCHEMA}.job SET data = $3::jsonb, start_after = now(), id = $4
        WHERE name = $1 AND id = $2`,
      [FOLLOW_UP_JOB, jobId({ ...job, dueOn: row.nextDueOn }), job, jobId(job)],
    );
    return job;
  };
  const mailsTo = (address: string) =>
    smtp.received.filter((m) => JSON.stringify(m.to).includes(address));

  it('sets "every 6 weeks", shows the next one on the client, and reads it back', async () => {
    const client = await buildClient(t.app, owner);
    const put = await call('PUT', client.id, { everyWeeks: 6 });
    expect(put.statusCode).toBe(200);
    const next = addCalendarDays(today(), 42);
    expect(put.json().schedule).toMatchObject({
      everyWeeks: 6,
      on: null,
      variant: 'follow_up',
      send: 'email',
      nextDueOn: next,
    });
    // 08:00 in Amsterdam is 07:00 or 06:00 UTC.
    expect(put.json().schedule.nextDueAt).toMatch(
      new RegExp(`^${next}T0[67]:00:00.000Z$`),
    );
    const got = await call('GET', client.id);
    expect(got.json()).toEqual(put.json());
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${client.id}`,
      headers: owner.headers,
    });
    expect(detail.json().nextFollowUpAt).toBe(put.json().schedule.nextDueAt);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/clients?pageSize=100`,
      headers: owner.headers,
    });
    const row = (
      list.json().items as { id: string; nextFollowUpAt: string | null }[]
    ).find((c) => c.id === client.id);
    expect(row?.nextFollowUpAt).toBe(put.json().schedule.nextDueAt);
  });

  it('changes to a single date and stops, logging each read and change', async () => {
    const client = await buildClient(t.app, owner);
    await call('PUT', client.id, { everyWeeks: 4 });
    const on = addCalendarDays(today(), 10);
    const changed = await call('PUT', client.id, { on, send: 'link' });
    expect(changed.json().schedule).toMatchObject({
      everyWeeks: null,
      on,
      nextDueOn: on,
      send: 'link',
    });
    await call('GET', client.id);
    expect((await call('DELETE', client.id)).statusCode).toBe(204);
    await expect(call('GET', client.id).then((r) => r.json())).resolves.toEqual(
      { schedule: null },
    );
    const events: { event: string; action: string }[] =
      await t.dataSource.query(
        `SELECT event, action FROM audit_events
          WHERE client_id = $1 AND event LIKE 'follow_up_schedule.%' ORDER BY occurred_at`,
        [client.id],
      );
    expect(events.map((e) => `${e.event} ${e.action}`)).toEqual([
      'follow_up_schedule.update C',
      'follow_up_schedule.update U',
      'follow_up_schedule.read R',
      'follow_up_schedule.delete D',
      'follow_up_schedule.read R',
    ]);
  });

  it.each([
    [{}, ['everyWeeks', 'on']],
    [{ everyWeeks: 2, on: '2099-01-04' }, ['everyWeeks', 'on']],
    [{ everyWeeks: 0 }, ['everyWeeks']],
    [{ everyWeeks: 53 }, ['everyWeeks']],
    [{ everyWeeks: 1.5 }, ['everyWeeks']],
    [{ everyWeeks: '6' }, ['everyWeeks']],
    [{ on: '2099-02-30' }, ['on']],
    [{ on: '04-01-2099' }, ['on']],
    [{ everyWeeks: 6, send: 'fax' }, ['send']],
    [{ everyWeeks: 6, variant: 'other' }, ['variant']],
    [{ everyWeeks: 6, extra: true }, ['extra']],
  ])('refuses %j with a message on %j', async (payload, fields) => {
    const client = await buildClient(t.app, owner);
    const response = await call('PUT', client.id, payload);
    expect(response.statusCode).toBe(400);
    const details = response.json().details as { field: string }[];
    expect(details.map((d) => d.field).sort()).toEqual([...fields].sort());
    await expect(scheduleOf(client.id)).resolves.toBeNull();
  });

  it('refuses a date in the past, in the caller language', async () => {
    const client = await buildClient(t.app, owner);
    const on = addCalendarDays(today(), -1);
    const nl = await call('PUT', client.id, { on });
    expect(nl.statusCode).toBe(400);
    expect(nl.json().details).toEqual([
      expect.objectContaining({
        field: 'on',
        message: 'Kies vandaag of een datum in de toekomst.',
      }),
    ]);
    const en = await call('PUT', client.id, { on }, owner, 'en');
    expect(en.json().details[0].message).toBe(
      'Choose today or a date in the future.',
    );
    const both = await call('PUT', client.id, {}, owner, 'en');
    expect(both.json().details[0].message).toMatch(/^Choose one of the two/);
    // Today is not the past.
    expect((await call('PUT', client.id, { on: today() })).statusCode).toBe(
      200,
    );
  });

  it('answers 404 for a client of another practice, and changes nothing', async () => {
    const client = await buildClient(t.app, owner);
    await call('PUT', client.id, { everyWeeks: 3 });
    for (const [method, payload] of [
      ['GET', undefined],
      ['PUT', { everyWeeks: 8 }],
      ['DELETE', undefined],
    ] as const) {
      const response = await call(method, client.id, payload, outsider);
      expect(response.statusCode).toBe(404);
    }
    await expect(scheduleOf(client.id)).resolves.toMatchObject({
      everyWeeks: 3,
    });
  });

  it('makes and mails exactly one invitation on the due day, run twice from two processes', async () => {
    const address = 'vervolg@client.example';
    const client = await buildClient(t.app, owner, {
      firstName: 'Vera',
      email: address,
    });
    await call('PUT', client.id, { everyWeeks: 2 });
    const job = await makeDue(client.id);
    // The queued job (taken by either process's worker) and two direct runs.
    const outcomes = await Promise.all([
      t.app.get(FollowUpRunner).run(job),
      other.app.get(FollowUpRunner).run(job),
    ]);
    expect(outcomes.filter((o) => o === 'invited').length).toBeLessThanOrEqual(
      1,
    );
    const [invitation] = await eventually(
      () => invitationsOf(client.id),
      (rows) => rows.length > 0,
    );
    expect(invitation?.variant).toBe('follow_up');
    await eventually(
      async () => mailsTo(address),
      (mails) => mails.length === 1,
    );
    // Whoever ran first, nothing more comes of this due day.
    await expect(t.app.get(FollowUpRunner).run(job)).resolves.toBe('not_due');
    await expect(other.app.get(FollowUpRunner).run(job)).resolves.toBe(
      'not_due',
    );
    await eventually(
      async () =>
        Number(
          (
            await t.dataSource.query(
              `SELECT count(*) AS n FROM ${JOB_SCHEMA}.job
                WHERE name = $1 AND id = $2 AND state = 'completed'`,
              [FOLLOW_UP_JOB, jobId(job)],
            )
          )[0].n,
        ),
      (n) => n === 1,
    );
    expect(await invitationsOf(client.id)).toHaveLength(1);
    expect(mailsTo(address)).toHaveLength(1);
    const [mail] = mailsTo(address);
    expect(mail?.subject).toMatch(/^Je vragenlijst voor Praktijk /);
    const token = linkIn(mail as never).split('/intake/')[1];
    const gate = await t.app.inject({
      method: 'GET',
      url: `/api/intake/${token}`,
    });
    expect(gate.json()).toMatchObject({ code: 'intake_verify_required' });
    // Every two weeks: the next one is two weeks after the day it was due.
    await expect(scheduleOf(client.id)).resolves.toMatchObject({
      nextDueOn: addCalendarDays(job.dueOn, 14),
      lastRunOn: job.dueOn,
      lastInvitationId: invitation?.id,
    });
    const [logged] = await t.dataSource.query(
      `SELECT details FROM audit_events WHERE client_id = $1 AND event = 'intake.invite'`,
      [client.id],
    );
    expect(logged.details).toMatchObject({
      by: 'follow_up_schedule',
      send: 'email',
      invitationId: invitation?.id,
    });
  });

  it('makes no second invitation while a follow-up link is still open, and moves on', async () => {
    const client = await buildClient(t.app, owner);
    const open = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${client.id}/intake-invitations`,
      headers: owner.headers,
      payload: { variant: 'follow_up' },
    });
    expect(open.statusCode).toBe(201);
    await call('PUT', client.id, { everyWeeks: 1, send: 'link' });
    const job = await makeDue(client.id);
    await expect(
      t.app
        .get(FollowUpRunner)
        .run(job)
        .catch(() => 'taken'),
    ).resolves.toMatch(/^(open_invitation|not_due)$/);
    await eventually(
      () => scheduleOf(client.id),
      (row) => row?.nextDueOn !== job.dueOn,
    );
    expect(await invitationsOf(client.id)).toHaveLength(1);
  });

  it('a single date makes a link (no mail with send "link") and ends', async () => {
    const client = await buildClient(t.app, owner);
    await call('PUT', client.id, { on: today(), send: 'link' });
    const job = await makeDue(client.id);
    await t.app.get(FollowUpRunner).run(job);
    await eventually(
      () => invitationsOf(client.id),
      (rows) => rows.length === 1,
    );
    await eventually(
      () => scheduleOf(client.id),
      (row) => row === null,
    );
    const mails: unknown[] = await t.dataSource.query(
      `SELECT 1 FROM mail_messages WHERE client_id = $1`,
      [client.id],
    );
    expect(mails).toEqual([]);
  });

  it('gives a due schedule that came without its job (an import) the job, and makes the invitation once', async () => {
    const client = await buildClient(t.app, owner);
    await call('PUT', client.id, { everyWeeks: 3, send: 'link' });
    const row = await scheduleOf(client.id);
    await t.dataSource.query(
      `UPDATE follow_up_schedules SET next_due_on = $2 WHERE id = $1`,
      [row?.id, addCalendarDays(today(), -2)],
    );
    await t.dataSource.query(
      `DELETE FROM ${JOB_SCHEMA}.job WHERE name = $1 AND data->>'scheduleId' = $2`,
      [FOLLOW_UP_JOB, row?.id],
    );
    await t.app.get(FollowUpRunner).sweep();
    await other.app.get(FollowUpRunner).sweep();
    await eventually(
      () => invitationsOf(client.id),
      (rows) => rows.length === 1,
    );
    await eventually(
      () => scheduleOf(client.id),
      (r) => r?.nextDueOn === addCalendarDays(today(), 19),
    );
    expect(await invitationsOf(client.id)).toHaveLength(1);
  });

  it('stops for an archived client, and refuses a schedule for one', async () => {
    const client = await buildClient(t.app, owner);
    await call('PUT', client.id, { everyWeeks: 2 });
    const archived = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${client.id}/archive`,
      headers: owner.headers,
    });
    expect(archived.statusCode).toBe(200);
    await expect(scheduleOf(client.id)).resolves.toBeNull();
    expect(archived.json().nextFollowUpAt).toBeNull();
    expect((await call('PUT', client.id, { everyWeeks: 2 })).statusCode).toBe(
      409,
    );
  });
});

import type { ParsedMail } from 'mailparser';
import { JOB_SCHEMA } from '../../src/jobs/job-queue';
import { MailMessage } from '../../src/mail/mail-message.entity';
import { events, icalInstant, parseICal, prop } from '../support/ical';
import {
  eventually,
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

/** The last Sunday of a month (0-based) that is still ahead, as YYYY-MM-DD. */
function nextLastSunday(month: number): string {
  const lastSunday = (year: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0));
    last.setUTCDate(last.getUTCDate() - last.getUTCDay());
    return last.toISOString().slice(0, 10);
  };
  const soon = new Date(Date.now() + 3 * 86_400_000).toISOString();
  const year = new Date().getUTCFullYear();
  const date = lastSunday(year);
  return date > soon.slice(0, 10) ? date : lastSunday(year + 1);
}

/** A day some weeks ahead, as YYYY-MM-DD. */
const daysAhead = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const HOUR = 3_600_000;

describe('appointment mail', () => {
  let smtp: SmtpCatcher;
  let t: TestApp;
  let owner: Session;
  let ownerEmail: string;
  let practiceId: string;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await createTestApp({
      mail: { ...testConfig().mail, smtpUrl: smtp.url },
    });
    const practice = await buildPractice(t.dataSource);
    practiceId = practice.owner.practiceId;
    ownerEmail = practice.owner.email;
    owner = await signIn(t.app, practice.owner.email);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const book = async (clientId: string, body: Record<string, unknown>) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/appointments',
      headers: owner.headers,
      payload: {
        clientId,
        durationMinutes: 60,
        type: 'coaching',
        allowOverlap: true,
        ...body,
      },
    });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; start: string; version: number };
  };
  const change = async (id: string, body: Record<string, unknown>) => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/appointments/${id}`,
      headers: owner.headers,
      payload: { allowOverlap: true, ...body },
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const settings = (payload: object) =>
    t.app.inject({
      method: 'PATCH',
      url: '/api/practice/mail-settings',
      headers: owner.headers,
      payload,
    });
  const mailsTo = (address: string) =>
    smtp.received.filter((m) => JSON.stringify(m.to).includes(address));
  const arrived = (address: string, count: number) =>
    eventually(
      async () => mailsTo(address),
      (m) => m.length >= count,
    );
  const rows = (appointmentId: string) =>
    t.dataSource.getRepository(MailMessage).find({
      where: { appointmentId },
      order: { createdAt: 'ASC' },
    });
  /** Brings a scheduled mail's time to now, as if the hours had passed. */
  const due = (mailId: string) =>
    t.dataSource.query(
      `UPDATE ${JOB_SCHEMA}.job SET start_after = now() WHERE id = $1`,
      [mailId],
    );
  const statusOf = async (mailId: string) =>
    (
      await t.dataSource
        .getRepository(MailMessage)
        .findOneByOrFail({ id: mailId })
    ).status;
  /** The VEVENT and METHOD of a mail's calendar attachment. */
  const invitation = (mail: ParsedMail | undefined) => {
    const attachment = mail?.attachments.find(
      (a) => a.contentType === 'text/calendar',
    );
    if (!attachment) throw new Error('no text/calendar attachment');
    const calendar = parseICal(attachment.content.toString('utf8'));
    const [event] = events(calendar);
    if (!event) throw new Error('no VEVENT');
    return { attachment, calendar, event };
  };

  it('confirms a booking on the last Sunday of March with an invitation at the summer-time instant', async () => {
    const march = nextLastSunday(2);
    const client = await buildClient(t.app, owner, {
      firstName: 'Anna',
      email: 'anna@afspraak.example',
    });
    const made = await book(client.id, {
      start: `${march}T10:30`,
      location: 'Praktijk, Dorpsstraat 1',
      note: 'Rugpijn na tillen; slaapt slecht',
    });
    const [mail] = await arrived('anna@afspraak.example', 1);
    const { attachment, calendar, event } = invitation(mail);
    expect(attachment.filename).toBe('afspraak.ics');
    expect(prop(calendar, 'METHOD')).toBe('REQUEST');
    // 10:30 in Amsterdam after the clocks went forward is 08:30 UTC.
    expect(icalInstant(prop(event, 'DTSTART'))).toBe(`${march}T08:30:00.000Z`);
    expect(prop(event, 'UID')).toBe(`${made.id}@herstelkompas`);
    expect(prop(event, 'SEQUENCE')).toBe('1');
    expect(prop(event, 'ORGANIZER')).toBe(`mailto:${ownerEmail}`);
    expect(mail?.replyTo?.value[0]?.address).toBe(ownerEmail);
    expect(mail?.subject).toMatch(/^Je afspraak bij Praktijk .* op zondag /);
    expect(mail?.text).toMatch(/^Hallo Anna,/);
    expect(mail?.text).toMatch(/zondag \d+ maart( \d{4})? om 10:30/);
    expect(mail?.text).toContain('Waar: Praktijk, Dorpsstraat 1');
    expect(mail?.text).toContain('Kun je niet komen?');
    expect(mail?.html).toContain('Dorpsstraat 1');
    // The note stays in the practice: mail crosses servers nobody here controls.
    expect(JSON.stringify(mail)).not.toMatch(/Rugpijn|slaapt/);
    const written = await rows(made.id);
    expect(written.map((m) => m.kind).sort()).toEqual([
      'appointment_confirmation',
      'appointment_reminder',
    ]);
  });

  it('confirms in English at the winter-time instant on the last Sunday of October', async () => {
    const october = nextLastSunday(9);
    const client = await buildClient(t.app, owner, {
      firstName: 'Ben',
      email: 'ben@afspraak.example',
      preferredLanguage: 'en',
    });
    await book(client.id, {
      start: `${october}T10:30`,
      type: 'remote',
      location: 'https://video.example/room-1',
    });
    const [mail] = await arrived('ben@afspraak.example', 1);
    const { attachment, event } = invitation(mail);
    expect(attachment.filename).toBe('appointment.ics');
    // 10:30 in Amsterdam after the clocks went back is 09:30 UTC.
    expect(icalInstant(prop(event, 'DTSTART'))).toBe(
      `${october}T09:30:00.000Z`,
    );
    expect(mail?.subject).toMatch(/^Your appointment at Praktijk /);
    expect(mail?.text).toMatch(/Sunday \d+ October( \d{4})? at 10:30/);
    expect(mail?.text).toContain('Video link: https://video.example/room-1');
  });

  it('sends an updated invitation with a higher SEQUENCE when the appointment moves, and moves its reminder', async () => {
    const client = await buildClient(t.app, owner, {
      email: 'cas@afspraak.example',
    });
    const day = daysAhead(20);
    const made = await book(client.id, { start: `${day}T09:00` });
    await arrived('cas@afspraak.example', 1);
    const [oldReminder] = (await rows(made.id)).filter(
      (m) => m.kind === 'appointment_reminder',
    );
    const moved = await change(made.id, {
      start: `${day}T15:00`,
      version: made.version,
    });
    const [first, update] = await arrived('cas@afspraak.example', 2);
    const before = invitation(first).event;
    const after = invitation(update);
    expect(update?.subject).toMatch(/is gewijzigd/);
    expect(prop(after.calendar, 'METHOD')).toBe('REQUEST');
    expect(prop(after.event, 'UID')).toBe(prop(before, 'UID'));
    expect(Number(prop(after.event, 'SEQUENCE'))).toBeGreaterThan(
      Number(prop(before, 'SEQUENCE')),
    );
    expect(icalInstant(prop(after.event, 'DTSTART'))).toBe(moved.start);
    // The old reminder is dropped; a new one is due 24 hours before the new time.
    expect(await statusOf(oldReminder?.id as string)).toBe('cancelled');
    const reminders = (await rows(made.id)).filter(
      (m) => m.kind === 'appointment_reminder' && m.status === 'scheduled',
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.sendAfter?.getTime()).toBe(
      new Date(moved.start).getTime() - 24 * HOUR,
    );
  });

  it('sends an update when only the place changes', async () => {
    const client = await buildClient(t.app, owner, {
      email: 'dirk@afspraak.example',
    });
    const made = await book(client.id, { start: `${daysAhead(21)}T09:00` });
    await arrived('dirk@afspraak.example', 1);
    await change(made.id, { location: 'Kamer 2' });
    const [, update] = await arrived('dirk@afspraak.example', 2);
    expect(update?.text).toContain('Waar: Kamer 2');
    expect(invitation(update).event.props).toContainEqual(
      expect.objectContaining({ name: 'LOCATION', value: 'Kamer 2' }),
    );
  });

  it('sends METHOD:CANCEL when the appointment is cancelled, and its reminder never goes', async () => {
    const client = await buildClient(t.app, owner, {
      email: 'eva@afspraak.example',
    });
    const made = await book(client.id, { start: `${daysAhead(22)}T11:00` });
    await arrived('eva@afspraak.example', 1);
    const [reminder] = (await rows(made.id)).filter(
      (m) => m.kind === 'appointment_reminder',
    );
    await change(made.id, { status: 'cancelled' });
    const [, cancel] = await arrived('eva@afspraak.example', 2);
    const { calendar, event } = invitation(cancel);
    expect(prop(calendar, 'METHOD')).toBe('CANCEL');
    expect(prop(event, 'STATUS')).toBe('CANCELLED');
    expect(prop(event, 'UID')).toBe(`${made.id}@herstelkompas`);
    expect(cancel?.subject).toMatch(/gaat niet door$/);
    expect(await statusOf(reminder?.id as string)).toBe('cancelled');
    await due(reminder?.id as string);
    const later = await book(client.id, { start: `${daysAhead(23)}T11:00` });
    // The next booking's confirmation arrives; the cancelled reminder did not.
    await arrived('eva@afspraak.example', 3);
    expect(
      mailsTo('eva@afspraak.example').map((m) => m.subject ?? ''),
    ).not.toContainEqual(expect.stringMatching(/^Herinnering/));
    expect(later.id).toBeDefined();
  });

  it('sends the reminder 24 hours before, without an attachment', async () => {
    const client = await buildClient(t.app, owner, {
      firstName: 'Fleur',
      email: 'fleur@afspraak.example',
    });
    const made = await book(client.id, { start: `${daysAhead(24)}T14:30` });
    await arrived('fleur@afspraak.example', 1);
    const [reminder] = (await rows(made.id)).filter(
      (m) => m.kind === 'appointment_reminder',
    );
    expect(reminder).toMatchObject({ status: 'scheduled' });
    expect(reminder?.sendAfter?.getTime()).toBe(
      new Date(made.start).getTime() - 24 * HOUR,
    );
    await due(reminder?.id as string);
    const [, sent] = await arrived('fleur@afspraak.example', 2);
    expect(sent?.subject).toMatch(/^Herinnering: je afspraak bij Praktijk /);
    expect(sent?.text).toMatch(/^Hallo Fleur,/);
    expect(sent?.text).toMatch(/om 14:30/);
    expect(sent?.attachments).toEqual([]);
  });

  it('checks at send time: a reminder whose appointment was cancelled or moved behind its back does nothing', async () => {
    const client = await buildClient(t.app, owner, {
      email: 'gijs@afspraak.example',
    });
    const cancelled = await book(client.id, {
      start: `${daysAhead(25)}T10:00`,
    });
    const moved = await book(client.id, { start: `${daysAhead(26)}T10:00` });
    await arrived('gijs@afspraak.example', 2);
    const reminderOf = async (id: string) =>
      (await rows(id)).find((m) => m.kind === 'appointment_reminder')
        ?.id as string;
    const r1 = await reminderOf(cancelled.id);
    const r2 = await reminderOf(moved.id);
    // Changed without the service, as a stale job would find it.
    await t.dataSource.query(
      `UPDATE appointments SET status = 'cancelled' WHERE id = $1`,
      [cancelled.id],
    );
    await t.dataSource.query(
      `UPDATE appointments SET start_at = start_at + interval '1 hour', end_at = end_at + interval '1 hour' WHERE id = $1`,
      [moved.id],
    );
    await due(r1);
    await due(r2);
    await eventually(
      async () => [await statusOf(r1), await statusOf(r2)],
      (s) => s.every((x) => x === 'cancelled'),
    );
    expect(mailsTo('gijs@afspraak.example')).toHaveLength(2);
  });

  it('writes no reminder with the practice setting off, and drops one already written', async () => {
    const client = await buildClient(t.app, owner, {
      email: 'hanna@afspraak.example',
    });
    const early = await book(client.id, { start: `${daysAhead(27)}T10:00` });
    const earlyReminder = (await rows(early.id)).find(
      (m) => m.kind === 'appointment_reminder',
    );
    const off = await settings({ appointmentReminderHours: null });
    expect(off.json()).toEqual({
      intakeReminderDays: 3,
      appointmentReminderHours: null,
      messagingEnabled: true,
      checkInRedFlags: false,
    });
    try {
      const made = await book(client.id, { start: `${daysAhead(28)}T10:00` });
      expect((await rows(made.id)).map((m) => m.kind)).toEqual([
        'appointment_confirmation',
      ]);
      await due(earlyReminder?.id as string);
      await eventually(
        () => statusOf(earlyReminder?.id as string),
        (s) => s === 'cancelled',
      );
      await arrived('hanna@afspraak.example', 2);
      expect(
        mailsTo('hanna@afspraak.example').map((m) => m.subject ?? ''),
      ).not.toContainEqual(expect.stringMatching(/^Herinnering/));
    } finally {
      await settings({ appointmentReminderHours: 24 });
    }
  });

  it('reminds the number of hours before that the practice chose', async () => {
    expect(
      (await settings({ appointmentReminderHours: 48 })).json(),
    ).toMatchObject({ appointmentReminderHours: 48 });
    try {
      const client = await buildClient(t.app, owner);
      const made = await book(client.id, { start: `${daysAhead(29)}T10:00` });
      const reminder = (await rows(made.id)).find(
        (m) => m.kind === 'appointment_reminder',
      );
      expect(reminder?.sendAfter?.getTime()).toBe(
        new Date(made.start).getTime() - 48 * HOUR,
      );
    } finally {
      await settings({ appointmentReminderHours: 24 });
    }
  });

  it('refuses a setting outside 1-168 hours with a field message', async () => {
    const response = await settings({ appointmentReminderHours: 0 });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      expect.objectContaining({ field: 'appointmentReminderHours' }),
    ]);
  });

  it('stores the appointment of a client without an e-mail address and sends nothing', async () => {
    const client = await buildClient(t.app, owner);
    await t.dataSource.query(`UPDATE clients SET email = '' WHERE id = $1`, [
      client.id,
    ]);
    const made = await book(client.id, { start: `${daysAhead(30)}T10:00` });
    expect(made.id).toBeDefined();
    await change(made.id, { status: 'cancelled' });
    expect(await rows(made.id)).toEqual([]);
  });

  it('marks done or no-show without mail, and drops the reminder', async () => {
    const client = await buildClient(t.app, owner);
    const made = await book(client.id, { start: `${daysAhead(31)}T10:00` });
    await change(made.id, { status: 'no_show' });
    const written = await rows(made.id);
    expect(
      written.map((m) => [m.kind, m.status === 'cancelled']).sort(),
    ).toEqual([
      ['appointment_confirmation', false],
      ['appointment_reminder', true],
    ]);
  });

  it('shows appointment mail with its attachment in the outbox', async () => {
    const client = await buildClient(t.app, owner, {
      email: 'iris@afspraak.example',
    });
    await book(client.id, { start: `${daysAhead(32)}T10:00` });
    await arrived('iris@afspraak.example', 1);
    const outbox = (
      await t.app.inject({
        method: 'GET',
        url: '/api/practice/outbox',
        headers: owner.headers,
      })
    ).json();
    expect(outbox.messages).toContainEqual(
      expect.objectContaining({
        kind: 'appointment_confirmation',
        recipient: 'iris@afspraak.example',
        attachmentName: 'afspraak.ics',
      }),
    );
    const logged: { details: { mail?: string[] } }[] = await t.dataSource.query(
      `SELECT details FROM audit_events WHERE practice_id = $1 AND event = 'appointment.create' ORDER BY occurred_at DESC LIMIT 1`,
      [practiceId],
    );
    expect(logged[0]?.details.mail).toEqual([
      'appointment_confirmation',
      'appointment_reminder',
    ]);
  });
});

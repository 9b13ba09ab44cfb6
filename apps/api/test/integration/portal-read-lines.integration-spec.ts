import { addCalendarDays, LESSONS } from '@herstelkompas/domain';
import { AuditLineBuffer } from '../../src/audit/audit-line-buffer';
import { AuditService } from '../../src/audit/audit.service';
import { verifyAuditChain } from '../../src/audit/verify-chain';
import { amsterdamToday } from '../../src/follow-ups/follow-up-time';
import { portalBrowser, type PortalBrowser } from '../support/portal';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';

const DOB = '1978-04-23';
/** Words only the client and the practitioner type: never in a line. */
const FIRST_NAME = 'Zwaantje';
const MESSAGE = 'Mijn rug zeurt sinds dinsdag';
const NOTE = 'Na het fietsen deed het pijn';

interface Line {
  event: string;
  action: string;
  client_id: string | null;
  user_id: string | null;
  role: string | null;
  on_behalf_of_id: string | null;
  details: Record<string, unknown> | null;
}

/**
 * The reads of the portal, of the parts of a client's record beside the
 * profile, ranking and timeline, and of the practice's pages that list
 * clients (Vandaag, the agenda, the access log): each
 * leaves exactly one access-log line, written by the grouped writer (no
 * transaction around the read), with the right actor, and committed by the
 * time the answer arrives.
 */
describe('access-log lines of the portal and the newer record reads', () => {
  let t: TestApp;
  let owner: Session;
  let ownerId: string;
  let practiceId: string;
  let clientId: string;
  let portal: PortalBrowser;
  let portalSessionId: string;
  let appointmentId: string;
  let grouped: jest.SpyInstance;
  let inTransaction: jest.SpyInstance;

  beforeAll(async () => {
    t = await createTestApp();
    const practice = await buildPractice(t.dataSource);
    ownerId = practice.owner.id;
    practiceId = practice.owner.practiceId;
    owner = await signIn(t.app, practice.owner.email);
    const client = await buildClient(t.app, owner, {
      firstName: FIRST_NAME,
      dateOfBirth: DOB,
    });
    clientId = client.id;
    portal = await portalBrowser(t.app, owner, clientId, DOB);
    [{ id: portalSessionId }] = await t.dataSource.query(
      'SELECT id FROM portal_sessions WHERE client_id = $1',
      [clientId],
    );
    const today = amsterdamToday();
    const assigned = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/homework`,
      headers: owner.headers,
      payload: {
        exerciseId: 'slow-breathing',
        frequency: 'daily',
        startsOn: today,
        endsOn: addCalendarDays(today, 13),
      },
    });
    expect(assigned.statusCode).toBe(201);
    const ticked = await t.app.inject({
      method: 'POST',
      url: `/api/portal/homework/${assigned.json().id}/done`,
      headers: portal.headers,
      payload: { note: NOTE },
    });
    expect(ticked.statusCode).toBe(200);
    const sent = await t.app.inject({
      method: 'POST',
      url: '/api/portal/messages',
      headers: portal.headers,
      payload: { text: MESSAGE },
    });
    expect(sent.statusCode).toBe(201);
    const booked = await t.app.inject({
      method: 'POST',
      url: '/api/appointments',
      headers: owner.headers,
      payload: {
        clientId,
        start: `${addCalendarDays(today, 7)}T10:00`,
        durationMinutes: 45,
        type: 'coaching',
      },
    });
    expect(booked.statusCode).toBe(201);
    appointmentId = booked.json().id;
    grouped = jest.spyOn(t.app.get(AuditLineBuffer), 'recordAs');
    inTransaction = jest.spyOn(t.app.get(AuditService), 'recordAs');
  });
  afterAll(() => t.close());
  beforeEach(() => {
    grouped.mockClear();
    inTransaction.mockClear();
  });

  const linesOf = (): Promise<Line[]> =>
    t.dataSource.query(
      `SELECT event, action, client_id, user_id, role, on_behalf_of_id, details
         FROM audit_events WHERE practice_id = $1 ORDER BY occurred_at, id`,
      [practiceId],
    );

  /** Reads once; returns the lines that were new when the answer came. */
  async function read(url: string, headers: Record<string, string>) {
    const before = (await linesOf()).length;
    const response = await t.app.inject({ method: 'GET', url, headers });
    // No waiting: the line must be committed before the answer was sent.
    const lines = (await linesOf()).slice(before);
    return { response, lines };
  }

  const portalReads: [string, string][] = [
    ['/api/portal/me', 'portal.home_read'],
    ['/api/portal/messages', 'portal.messages_read'],
    ['/api/portal/lessons', 'portal.lessons_read'],
    [`/api/portal/lessons/${LESSONS[0]?.id}`, 'portal.lessons_read'],
    ['/api/portal/homework', 'portal.homework_read'],
    ['/api/portal/check-ins', 'portal.check_ins_read'],
  ];

  it.each(portalReads)(
    'GET %s: one line (%s) done by the client, committed with the answer, through the grouped writer',
    async (url, event) => {
      const { response, lines } = await read(url, { cookie: portal.cookie });
      expect(response.statusCode).toBe(200);
      expect(lines).toHaveLength(1);
      const [line] = lines as [Line];
      expect(line).toMatchObject({
        event,
        action: 'R',
        client_id: clientId,
        user_id: null,
        role: null,
      });
      expect(line.details).toMatchObject({ actor: 'client', portalSessionId });
      expect(JSON.stringify(line)).not.toMatch(
        new RegExp(`${FIRST_NAME}|${MESSAGE}|${NOTE}`),
      );
      expect(grouped).toHaveBeenCalledTimes(1);
      expect(inTransaction).not.toHaveBeenCalled();
    },
  );

  const practitionerReads: [string, string][] = [
    ['homework', 'homework.read'],
    ['check-ins', 'check_in.read'],
    ['portal', 'client.portal_read'],
    ['messages', 'message.read'],
    ['goals', 'goal.read'],
    ['red-flags', 'red_flag.read'],
    ['assessments', 'assessment.read'],
    ['follow-up-schedule', 'follow_up_schedule.read'],
  ];

  it.each(practitionerReads)(
    'GET /api/clients/:id/%s: one line (%s) done by the practitioner, committed with the answer, through the grouped writer',
    async (part, event) => {
      const { response, lines } = await read(
        `/api/clients/${clientId}/${part}`,
        owner.headers,
      );
      expect(response.statusCode).toBe(200);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        event,
        action: 'R',
        client_id: clientId,
        user_id: ownerId,
        role: 'owner',
        on_behalf_of_id: ownerId,
      });
      expect(JSON.stringify(lines[0])).not.toMatch(
        new RegExp(`${FIRST_NAME}|${MESSAGE}|${NOTE}`),
      );
      expect(grouped).toHaveBeenCalledTimes(1);
      expect(inTransaction).not.toHaveBeenCalled();
    },
  );

  it("GET /api/home/new-messages: one line (home.read) with a count, not the clients' names", async () => {
    // The client's message is unread again for the card to list it.
    await t.dataSource.query(
      `UPDATE portal_messages SET read_at = NULL WHERE client_id = $1 AND author = 'client'`,
      [clientId],
    );
    const { response, lines } = await read(
      '/api/home/new-messages',
      owner.headers,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().clients).toHaveLength(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      event: 'home.read',
      user_id: ownerId,
      details: { newMessages: 1 },
    });
    expect(JSON.stringify(lines[0])).not.toContain(FIRST_NAME);
    expect(grouped).toHaveBeenCalledTimes(1);
    expect(inTransaction).not.toHaveBeenCalled();
  });

  /** Reads beside the client's record: the practice's pages that list clients or their lines. */
  const practiceReads: [string, () => string, () => Partial<Line>][] = [
    [
      'Vandaag',
      () => '/api/home',
      () => ({ event: 'home.read', action: 'E', client_id: null }),
    ],
    [
      "the client's access log",
      () => `/api/clients/${clientId}/access-log`,
      () => ({
        event: 'access_log.read',
        action: 'R',
        client_id: clientId,
        on_behalf_of_id: ownerId,
      }),
    ],
    [
      "the practice's access log",
      () => '/api/access-log',
      () => ({ event: 'access_log.read', action: 'R', client_id: null }),
    ],
    [
      "the client's appointments",
      () => `/api/appointments?clientId=${clientId}`,
      () => ({
        event: 'appointment.read',
        action: 'R',
        client_id: clientId,
        on_behalf_of_id: ownerId,
      }),
    ],
    [
      "the client's access log as CSV",
      () => `/api/clients/${clientId}/access-log.csv`,
      () => ({
        event: 'access_log.export',
        action: 'E',
        client_id: clientId,
        on_behalf_of_id: ownerId,
      }),
    ],
    [
      'an appointment as iCalendar',
      () => `/api/appointments/${appointmentId}/ics`,
      () => ({
        event: 'appointment.ics',
        action: 'R',
        client_id: clientId,
        on_behalf_of_id: ownerId,
        details: { appointmentId },
      }),
    ],
    [
      'the agenda',
      () => '/api/appointments',
      () => ({ event: 'appointment.list', action: 'E', client_id: null }),
    ],
  ];

  it.each(practiceReads)(
    '%s: one line committed with the answer, through the grouped writer',
    async (_name, url, expected) => {
      const { response, lines } = await read(url(), owner.headers);
      expect(response.statusCode).toBe(200);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        ...expected(),
        user_id: ownerId,
        role: 'owner',
      });
      expect(JSON.stringify(lines[0])).not.toContain(FIRST_NAME);
      expect(grouped).toHaveBeenCalledTimes(1);
      expect(inTransaction).not.toHaveBeenCalled();
    },
  );

  it("a subscribed calendar's read: one line (calendar_feed.read) as the practitioner, through the grouped writer", async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/calendar-feed',
      headers: owner.headers,
    });
    expect(created.statusCode).toBe(201);
    const token = String(created.json().url).split('/api/calendar-feeds/')[1];
    grouped.mockClear();
    inTransaction.mockClear();
    const { response, lines } = await read(`/api/calendar-feeds/${token}`, {});
    expect(response.statusCode).toBe(200);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      event: 'calendar_feed.read',
      action: 'R',
      client_id: null,
      user_id: ownerId,
      role: 'owner',
      details: { resultCount: 1 },
    });
    expect(grouped).toHaveBeenCalledTimes(1);
    expect(inTransaction).not.toHaveBeenCalled();
  });

  it('reading the thread marks the other side read only with its line; the chain stays whole', async () => {
    const { response } = await read('/api/clients/' + clientId + '/messages', {
      ...owner.headers,
    });
    const mine = response
      .json()
      .messages.find((m: { text: string }) => m.text === MESSAGE);
    expect(mine.readAt).not.toBeNull();
    const again = await read('/api/portal/messages', {
      cookie: portal.cookie,
    });
    // The client sees the same moment the practitioner's read set.
    expect(
      again.response
        .json()
        .messages.find((m: { text: string }) => m.text === MESSAGE).readAt,
    ).toBe(mine.readAt);
    expect((await verifyAuditChain(t.dataSource)).broken).toBeNull();
  });
});

import {
  type DomainId,
  HERSTELKOMPAS_FOLLOW_UP_V2,
  HERSTELKOMPAS_INTAKE_V2,
} from '@herstelkompas/domain';
import { amsterdamToday } from '../../src/follow-ups/follow-up-time';
import { answersAt } from '../../src/seed/demo-answers';
import { buildClient, type Session, type TestApp } from './test-app';

/** A client with a full record, built through the API. */
export interface ClientRecordFixture {
  clientId: string;
  assessmentIds: string[];
  /** Signed and marked for reports, with an addendum. */
  reportNoteId: string;
  /** Signed, not marked for reports. */
  privateNoteId: string;
  /** Marked for reports but still a draft. */
  draftNoteId: string;
  redFlagId: string;
  /** A coaching appointment booked for next spring. */
  appointmentId: string;
  /** With `homework`: a library exercise from the report note with two ticks, and own words ended early. */
  homeworkIds: string[];
}

const send = (
  t: TestApp,
  session: Session,
  method: 'POST' | 'PATCH',
  url: string,
  payload?: object,
) =>
  t.app.inject({
    method,
    url,
    headers: session.headers,
    ...(payload ? { payload } : {}),
  });

/** The JSON of a successful response; a failure stops the fixture loudly. */
async function ok<T = { id: string }>(
  response: Promise<{ statusCode: number; body: string }>,
): Promise<T> {
  const r = await response;
  if (r.statusCode >= 300) throw new Error(`${r.statusCode} ${r.body}`);
  return JSON.parse(r.body) as T;
}

/**
 * José de Wit: a baseline with a red flag (acknowledged: the client was
 * informed), a follow-up with lower stress and sleep, a priority decision,
 * two goals, three notes and a booked appointment. With `unscoredDomain`, the follow-up declines
 * every question of that domain, so it has no score there.
 */
export async function buildClientRecord(
  t: TestApp,
  owner: Session,
  overrides: Record<string, unknown> = {},
  options: { unscoredDomain?: DomainId; homework?: boolean } = {},
): Promise<ClientRecordFixture> {
  const declined = Object.fromEntries(
    HERSTELKOMPAS_FOLLOW_UP_V2.items
      .filter(
        (i) => i.domain === options.unscoredDomain && i.allowPreferNotToSay,
      )
      .map((i) => [i.id, 'prefer_not_to_say']),
  );
  const client = await buildClient(t.app, owner, {
    firstName: 'José',
    lastName: 'de Wit',
    ...overrides,
  });
  const base = `/api/clients/${client.id}`;
  const baseline = await ok(
    send(t, owner, 'POST', `${base}/assessments`, {
      variant: 'baseline',
      answers: answersAt(
        HERSTELKOMPAS_INTAKE_V2,
        {
          stress: 8,
          breathing: 4,
          movement: 6,
          nutrition: 3,
          sleep: 7,
          immune: 2,
        },
        { 'RF-CANCER': true },
      ),
    }),
  );
  const followUp = await ok(
    send(t, owner, 'POST', `${base}/assessments`, {
      variant: 'follow_up',
      answers: answersAt(
        HERSTELKOMPAS_FOLLOW_UP_V2,
        {
          stress: 5,
          breathing: 4,
          movement: 5,
          nutrition: 3,
          sleep: 3,
          immune: 2,
        },
        declined,
      ),
    }),
  );
  const [flag] = await t.dataSource.query(
    'SELECT id FROM red_flag_reviews WHERE client_id = $1',
    [client.id],
  );
  await ok(
    send(t, owner, 'POST', `/api/red-flags/${flag.id}/acknowledge`, {
      action: 'client_informed',
      note: 'besproken, huisarts op de hoogte',
    }),
  );
  const priority = await ok<{
    computed: { ranking: { domain: string }[] };
  }>(
    t.app.inject({
      method: 'GET',
      url: `${base}/priority`,
      headers: owner.headers,
    }),
  );
  await ok(
    send(t, owner, 'POST', `${base}/priority-decisions`, {
      order: priority.computed.ranking.map((r: { domain: string }) => r.domain),
      focusDomains: ['sleep', 'stress'],
      reasonCode: 'CHAIN_REACTION_HYPOTHESIS',
      reasonText: 'Beter slapen geeft ruimte voor de rest.',
    }),
  );
  await ok(
    send(t, owner, 'POST', `${base}/goals`, {
      domain: 'sleep',
      description: 'Elke avond om 23 uur naar bed',
      status: 'active',
      dueDate: '2026-12-01',
    }),
  );
  await ok(
    send(t, owner, 'POST', `${base}/goals`, {
      domain: 'movement',
      description: 'Weer een uur wandelen',
    }),
  );
  const note = async (
    text: string,
    includeInReport: boolean,
    sign: boolean,
  ) => {
    const created = await ok(
      send(t, owner, 'POST', `${base}/session-notes`, {
        sessionDate: '2026-11-20T10:00:00Z',
        type: 'coaching',
        text,
        includeInReport,
      }),
    );
    if (sign)
      await ok(send(t, owner, 'POST', `/api/session-notes/${created.id}/sign`));
    return created.id as string;
  };
  const reportNoteId = await note(
    'Uitleg over pijn als alarmsysteem.',
    true,
    true,
  );
  await ok(
    send(t, owner, 'POST', `/api/session-notes/${reportNoteId}/addenda`, {
      text: 'Ademoefening toegevoegd.',
    }),
  );
  const privateNoteId = await note('Privé werkaantekening.', false, true);
  const draftNoteId = await note('Nog niet af.', true, false);
  // Booking only takes a start in the future; overlap is allowed so one
  // practitioner can build several records.
  const appointment = await ok(
    send(t, owner, 'POST', '/api/appointments', {
      clientId: client.id,
      start: `${new Date().getUTCFullYear() + 1}-03-18T10:30`,
      durationMinutes: 45,
      type: 'coaching',
      location: 'Praktijk, kamer 2',
      note: 'Slaapdagboek meenemen.',
      allowOverlap: true,
    }),
  );
  const homeworkIds: string[] = [];
  if (options.homework) {
    const today = amsterdamToday();
    const daysAgo = (n: number) =>
      new Date(Date.parse(`${today}T12:00:00Z`) - n * 864e5)
        .toISOString()
        .slice(0, 10);
    const breathing = await ok(
      send(t, owner, 'POST', `${base}/homework`, {
        exerciseId: 'slow-breathing',
        frequency: 'daily',
        startsOn: daysAgo(10),
        endsOn: daysAgo(-10),
        sessionNoteId: reportNoteId,
      }),
    );
    const walk = await ok(
      send(t, owner, 'POST', `${base}/homework`, {
        domain: 'movement',
        title: 'Wandelen na het eten',
        instructions: 'Tien minuten, in je eigen tempo.',
        frequency: 'weekly',
        timesPerWeek: 3,
        startsOn: daysAgo(20),
        endsOn: daysAgo(-20),
      }),
    );
    await ok(
      send(t, owner, 'PATCH', `/api/homework/${walk.id}`, {
        status: 'ended',
      }),
    );
    // The client's ticks, as the portal stores them.
    await t.dataSource.query(
      `INSERT INTO homework_completions (practice_id, client_id, assignment_id, done_on, note, minutes)
       SELECT practice_id, client_id, id, d.day::date, d.note, d.minutes
         FROM homework_assignments,
              (VALUES ($2, 'Ging goed.', 6), ($3, NULL, NULL)) AS d(day, note, minutes)
        WHERE id = $1`,
      [breathing.id, daysAgo(2), daysAgo(1)],
    );
    homeworkIds.push(breathing.id, walk.id);
  }
  return {
    clientId: client.id,
    homeworkIds,
    assessmentIds: [baseline.id, followUp.id],
    reportNoteId,
    privateNoteId,
    draftNoteId,
    redFlagId: flag.id,
    appointmentId: appointment.id,
  };
}

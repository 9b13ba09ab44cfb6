import { CheckInClock } from '../../src/check-ins/check-in-clock';
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

const VALUES = {
  painNow: 4,
  domains: {
    stress: 5,
    breathing: 4,
    movement: 6,
    nutrition: 3,
    sleep: 5,
    immune: 2,
  },
  movementSafety: 6,
};

describe('client portal: check-ins', () => {
  let t: TestApp;
  let owner: Session;
  let otherOwner: Session;
  let clock: CheckInClock;
  let practiceId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const practice = await buildPractice(t.dataSource);
    practiceId = practice.owner.practiceId;
    owner = await signIn(t.app, practice.owner.email);
    const other = await buildPractice(t.dataSource);
    otherOwner = await signIn(t.app, other.owner.email);
    clock = t.app.get(CheckInClock);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  /** A new client of the practice, signed in to the portal. */
  async function newClient(language: 'nl' | 'en' = 'nl') {
    const client = await buildClient(t.app, owner, {
      dateOfBirth: DOB,
      preferredLanguage: language,
    });
    const portal = await portalBrowser(t.app, owner, client.id, DOB);
    return { id: client.id, portal };
  }
  const at = (iso: string) =>
    jest.spyOn(clock, 'now').mockReturnValue(new Date(iso));
  const save = (portal: PortalBrowser, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/portal/check-ins',
      headers: portal.headers,
      payload,
    });
  const portalView = (portal: PortalBrowser) =>
    t.app.inject({
      method: 'GET',
      url: '/api/portal/check-ins',
      headers: { cookie: portal.cookie },
    });
  const practitionerView = (who: Session, clientId: string) =>
    t.app.inject({
      method: 'GET',
      url: `/api/clients/${clientId}/check-ins`,
      headers: who.headers,
    });
  /** Homework for a client, in own words, over the given days. */
  async function assign(
    who: Session,
    clientId: string,
    title: string,
    startsOn: string,
    endsOn: string,
  ): Promise<string> {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/homework`,
      headers: who.headers,
      payload: {
        domain: 'breathing',
        title,
        instructions: 'Vijf minuten rustig ademen.',
        frequency: 'daily',
        startsOn,
        endsOn,
      },
    });
    expect(response.statusCode).toBe(201);
    return response.json().id;
  }
  const setRedFlagScreen = (on: boolean) =>
    t.app.inject({
      method: 'PATCH',
      url: '/api/practice/mail-settings',
      headers: owner.headers,
      payload: { checkInRedFlags: on },
    });

  it('refuses a value outside 0-10 with the field path, in the client’s language', async () => {
    const nl = await newClient('nl');
    const en = await newClient('en');
    const body = {
      ...VALUES,
      painNow: 11,
      domains: { ...VALUES.domains, sleep: -1 },
      movementSafety: 2.5,
    };
    const dutch = await save(nl.portal, body);
    expect(dutch.statusCode).toBe(400);
    const fields = dutch.json().details as { field: string; message: string }[];
    expect(fields.map((f) => f.field).sort()).toEqual([
      'domains.sleep',
      'movementSafety',
      'painNow',
    ]);
    expect(fields[0]?.message).toBe('Kies een heel getal van 0 tot en met 10.');
    const english = await save(en.portal, body);
    expect(english.statusCode).toBe(400);
    expect(
      english
        .json()
        .details.find((f: { field: string }) => f.field === 'domains.sleep')
        .message,
    ).toBe('Choose a whole number from 0 to 10.');
  });

  it('refuses a send with values left out, a long note and more than 20 homework ids', async () => {
    const { portal } = await newClient();
    const missing = await save(portal, {
      painNow: 3,
      domains: { stress: 2 },
    });
    expect(missing.statusCode).toBe(400);
    expect(
      missing.json().details.map((f: { field: string }) => f.field),
    ).toEqual(expect.arrayContaining(['domains.sleep', 'movementSafety']));
    const long = await save(portal, { ...VALUES, note: 'x'.repeat(501) });
    expect(long.statusCode).toBe(400);
    expect(long.json().details[0].field).toBe('note');
    const multi = await save(portal, { ...VALUES, note: 'een\ntwee' });
    expect(multi.statusCode).toBe(400);
    const many = await save(portal, {
      ...VALUES,
      homeworkDone: Array.from({ length: 21 }, () => crypto.randomUUID()),
    });
    expect(many.statusCode).toBe(400);
    expect(many.json().details[0].field).toBe('homeworkDone');
  });

  it('replaces a draft by a later save in the same week, and stores the homework ids', async () => {
    const { id, portal } = await newClient();
    at('2027-02-01T09:00:00Z');
    const draft = await save(portal, { status: 'draft', painNow: 3 });
    expect(draft.statusCode).toBe(201);
    expect(draft.json()).toMatchObject({ status: 'draft', week: '2027-W05' });
    const homework = [
      await assign(owner, id, 'Buikademhaling', '2027-01-25', '2027-02-14'),
    ];
    at('2027-02-03T09:00:00Z');
    const sent = await save(portal, {
      ...VALUES,
      homeworkDone: homework,
      note: '  Rustige week.  ',
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({
      id: draft.json().id,
      status: 'submitted',
      homeworkDone: homework,
      homeworkDoneItems: [
        { id: homework[0], title: 'Buikademhaling', domain: 'breathing' },
      ],
      note: 'Rustige week.',
    });
    const view = (await portalView(portal)).json();
    expect(view.current.id).toBe(draft.json().id);
    const rows = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM check_ins WHERE client_id = $1',
      [id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('names this week’s homework and takes only those ids, never another client’s', async () => {
    const { id, portal } = await newClient();
    const en = await newClient('en');
    const walk = await assign(
      owner,
      id,
      'Wandelen',
      '2027-03-01',
      '2027-03-21',
    );
    const later = await assign(owner, id, 'Later', '2027-03-15', '2027-03-21');
    const ended = await assign(
      owner,
      id,
      'Gestopt',
      '2027-02-01',
      '2027-03-31',
    );
    await t.dataSource.query(
      `UPDATE homework_assignments SET status = 'ended', ended_on = '2027-02-20' WHERE id = $1`,
      [ended],
    );
    const theirs = await assign(
      owner,
      en.id,
      'Theirs',
      '2027-03-01',
      '2027-03-21',
    );
    at('2027-03-03T09:00:00Z');
    const view = (await portalView(portal)).json();
    expect(view.homework).toEqual([
      { id: walk, title: 'Wandelen', domain: 'breathing' },
    ]);
    for (const wrong of [later, ended, theirs, crypto.randomUUID()]) {
      const refused = await save(portal, {
        ...VALUES,
        homeworkDone: [walk, wrong],
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().details).toEqual([
        {
          field: 'homeworkDone',
          code: 'check_in_homework_unknown',
          message: 'Kies alleen huiswerk van deze week uit de lijst.',
        },
      ]);
      // The answer never names the other assignment.
      expect(JSON.stringify(refused.json())).not.toMatch(
        /Theirs|Later|Gestopt/,
      );
    }
    const english = await save(en.portal, { ...VALUES, homeworkDone: [walk] });
    expect(english.json().details[0].message).toBe(
      "Choose only this week's homework from the list.",
    );
    const sent = await save(portal, { ...VALUES, homeworkDone: [walk] });
    expect(sent.statusCode).toBe(201);
    // A weekly summary: no daily ticks are made for it.
    const ticks = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM homework_completions WHERE client_id = $1',
      [id],
    );
    expect(ticks[0].n).toBe(0);
    const seen = (await practitionerView(owner, id)).json();
    expect(seen.checkIns[0].homeworkDoneItems).toEqual([
      { id: walk, title: 'Wandelen', domain: 'breathing' },
    ]);
    const list = (
      await t.app.inject({
        method: 'GET',
        url: `/api/clients/${id}/homework`,
        headers: owner.headers,
      })
    ).json();
    expect(
      list.find((h: { id: string }) => h.id === walk).checkInWeeks,
    ).toEqual(['2027-W09']);
  });

  it('never replaces a sent check-in silently: 409 unless replace is true', async () => {
    const { id, portal } = await newClient();
    at('2027-02-08T09:00:00Z');
    expect((await save(portal, VALUES)).statusCode).toBe(201);
    at('2027-02-10T09:00:00Z');
    const again = await save(portal, { ...VALUES, painNow: 8 });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'check_in_submitted' });
    expect(again.json().message).toMatch(/al verstuurd/);
    const draft = await save(portal, { status: 'draft', painNow: 8 });
    expect(draft.statusCode).toBe(409);
    const replaced = await save(portal, {
      ...VALUES,
      painNow: 8,
      replace: true,
    });
    expect(replaced.statusCode).toBe(201);
    expect(replaced.json().painNow).toBe(8);
    const list = (await practitionerView(owner, id)).json();
    expect(list.checkIns).toHaveLength(1);
    expect(list.checkIns[0].painNow).toBe(8);
  });

  it('keeps the ISO week on the clock in Amsterdam, across the switch to summer time', async () => {
    const { portal } = await newClient();
    // Monday 22 March 2027, 00:30 in Amsterdam (still Sunday in UTC).
    at('2027-03-21T23:30:00Z');
    const monday = await save(portal, VALUES);
    expect(monday.json().week).toBe('2027-W12');
    // Sunday 28 March, 23:30 in Amsterdam, after the clocks went forward.
    at('2027-03-28T21:30:00Z');
    expect((await save(portal, VALUES)).statusCode).toBe(409);
    // Monday 29 March, 00:30 in Amsterdam: a new week.
    at('2027-03-28T22:30:00Z');
    const next = await save(portal, VALUES);
    expect(next.statusCode).toBe(201);
    expect(next.json().week).toBe('2027-W13');
  });

  it('saves one daily mini-log per day, replaced that day; refuses odd hours and a future day', async () => {
    const { id, portal } = await newClient();
    at('2027-02-01T07:00:00Z');
    const log = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/portal/daily-logs',
        headers: portal.headers,
        payload,
      });
    expect((await log({ pain: 5, sleepHours: 6.5 })).statusCode).toBe(201);
    const again = await log({ pain: 3, sleepHours: 8 });
    expect(again.json()).toMatchObject({
      on: '2027-02-01',
      pain: 3,
      sleepHours: 8,
    });
    expect(
      (await log({ pain: 3, sleepHours: 7.25 })).json().details[0],
    ).toMatchObject({ field: 'sleepHours' });
    expect((await log({ pain: 3, sleepHours: 15 })).statusCode).toBe(400);
    const future = await log({ on: '2027-02-02', pain: 3, sleepHours: 7 });
    expect(future.statusCode).toBe(400);
    expect(future.json().details[0].field).toBe('on');
    const list = (await practitionerView(owner, id)).json();
    expect(list.dailyLogs).toEqual([
      expect.objectContaining({ on: '2027-02-01', pain: 3, sleepHours: 8 }),
    ]);
  });

  it('raises a red flag from the short screen only when the practice turned it on', async () => {
    const { id, portal } = await newClient();
    at('2027-02-15T09:00:00Z');
    // Off (the default): the answers are not kept and nothing is raised.
    const off = await save(portal, { ...VALUES, redFlagsYes: ['RF-NEURO'] });
    expect(off.statusCode).toBe(201);
    expect(off.json()).toMatchObject({
      redFlagsYes: [],
      urgentInstruction: null,
    });
    expect((await portalView(portal)).json().redFlagScreen).toBe(false);
    const none = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM red_flag_reviews WHERE client_id = $1',
      [id],
    );
    expect(none[0].n).toBe(0);

    expect((await setRedFlagScreen(true)).json().checkInRedFlags).toBe(true);
    try {
      expect((await portalView(portal)).json().redFlagScreen).toBe(true);
      at('2027-02-22T09:00:00Z');
      const unanswered = await save(portal, VALUES);
      expect(unanswered.statusCode).toBe(400);
      expect(unanswered.json().details[0].field).toBe('redFlagsYes');
      const yes = await save(portal, {
        ...VALUES,
        redFlagsYes: ['RF-CAUDA-BLADDER'],
      });
      expect(yes.statusCode).toBe(201);
      expect(yes.json().urgentInstruction.nl).toMatch(/^Bel nu je huisarts/);
      const flags = await t.app.inject({
        method: 'GET',
        url: `/api/clients/${id}/red-flags`,
        headers: owner.headers,
      });
      expect(flags.json()).toEqual([
        expect.objectContaining({
          assessmentId: null,
          checkInId: yes.json().id,
          flag: expect.objectContaining({
            itemId: 'RF-CAUDA-BLADDER',
            urgency: 'urgent_same_day',
          }),
          acknowledged: null,
        }),
      ]);
      const client = await t.app.inject({
        method: 'GET',
        url: `/api/clients/${id}`,
        headers: owner.headers,
      });
      expect(client.json().openRedFlagCount).toBe(1);
      // Sending it again (replacing) does not raise the same flag twice.
      await save(portal, {
        ...VALUES,
        redFlagsYes: ['RF-CAUDA-BLADDER'],
        replace: true,
      });
      const rows = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM red_flag_reviews WHERE client_id = $1',
        [id],
      );
      expect(rows[0].n).toBe(1);
      const timeline = await t.app.inject({
        method: 'GET',
        url: `/api/clients/${id}/timeline`,
        headers: owner.headers,
      });
      const kinds = timeline.json().map((e: { kind: string }) => e.kind);
      expect(kinds).toEqual(expect.arrayContaining(['check_in', 'red_flag']));
      expect(
        timeline.json().find((e: { kind: string }) => e.kind === 'check_in')
          .title.nl,
      ).toMatch(/^Check-in \(eigen inschatting\)/);
    } finally {
      await setRedFlagScreen(false);
    }
  });

  it('shows the practitioner sent check-ins newest first with series; drafts stay with the client', async () => {
    const { id, portal } = await newClient();
    at('2027-01-04T09:00:00Z');
    await save(portal, { ...VALUES, painNow: 6 });
    at('2027-01-11T09:00:00Z');
    await save(portal, { ...VALUES, painNow: 4 });
    at('2027-01-18T09:00:00Z');
    await save(portal, { status: 'draft', painNow: 1 });
    const view = await practitionerView(owner, id);
    expect(view.statusCode).toBe(200);
    const body = view.json();
    expect(body.checkIns.map((c: { painNow: number }) => c.painNow)).toEqual([
      4, 6,
    ]);
    expect(body.series.painNow.map((p: { value: number }) => p.value)).toEqual([
      6, 4,
    ]);
    expect(body.series.domains.sleep).toHaveLength(2);
    expect(body.lastCheckInAt).toBe('2027-01-11T09:00:00.000Z');
    const log = await t.dataSource.query(
      `SELECT event, user_id FROM audit_events WHERE client_id = $1 AND practice_id = $2 ORDER BY occurred_at`,
      [id, practiceId],
    );
    const events = log.map((l: { event: string }) => l.event);
    expect(events).toEqual(
      expect.arrayContaining([
        'portal.check_in_submit',
        'portal.check_in_draft',
        'check_in.read',
      ]),
    );
    // The client's own writes carry no practitioner.
    expect(
      log.find((l: { event: string }) => l.event === 'portal.check_in_submit')
        .user_id,
    ).toBeNull();
  });

  it("answers 404 to another practice, and client Y never sees client X's check-in", async () => {
    const x = await newClient();
    const y = await newClient();
    at('2027-03-01T09:00:00Z');
    await save(x.portal, { ...VALUES, painNow: 9 });
    expect((await practitionerView(otherOwner, x.id)).statusCode).toBe(404);
    const mine = (await portalView(y.portal)).json();
    expect(mine.current).toBeNull();
    await save(y.portal, VALUES);
    const xs = (await practitionerView(owner, x.id)).json();
    expect(xs.checkIns.map((c: { painNow: number }) => c.painNow)).toEqual([9]);
  });

  describe('on Vandaag', () => {
    /** Two sent check-ins a week apart, the latest in the last two weeks. */
    async function twoCheckIns(
      portal: PortalBrowser,
      before: typeof VALUES,
      after: typeof VALUES,
    ) {
      const now = Date.now();
      at(new Date(now - 9 * 86_400_000).toISOString());
      expect((await save(portal, before)).statusCode).toBe(201);
      at(new Date(now - 2 * 86_400_000).toISOString());
      expect((await save(portal, after)).statusCode).toBe(201);
      jest.restoreAllMocks();
    }
    /** The practitioner's confirmed focus (a priority decision), as SQL. */
    async function decideFocus(clientId: string, focus: string[]) {
      await t.dataSource.query(
        `INSERT INTO priority_decisions (practice_id, client_id, assessment_id, algorithm_version, computed_ranking, final_order, focus_domains, reason_code, differs_from_computed, decided_by_id)
         SELECT c.practice_id, c.id, gen_random_uuid(), 'test', '{}'::jsonb, $2, $2, 'agree', false, c.responsible_practitioner_id FROM clients c WHERE c.id = $1`,
        [clientId, focus],
      );
      await t.dataSource.query(
        'UPDATE clients SET focus_domains = $2 WHERE id = $1',
        [clientId, focus],
      );
    }
    const home = async () => {
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/home',
        headers: owner.headers,
      });
      expect(response.statusCode).toBe(200);
      return response.json();
    };

    it('names a worsening of 2 points in a focus domain, not in a non-focus domain', async () => {
      const focus = await newClient();
      await decideFocus(focus.id, ['sleep']);
      await twoCheckIns(focus.portal, VALUES, {
        ...VALUES,
        domains: { ...VALUES.domains, sleep: 7, stress: 9 },
      });
      const other = await newClient();
      await decideFocus(other.id, ['breathing']);
      await twoCheckIns(other.portal, VALUES, {
        ...VALUES,
        domains: { ...VALUES.domains, sleep: 9 },
      });
      const view = await home();
      const row = view.checkInWorsening.find(
        (r: { clientId: string }) => r.clientId === focus.id,
      );
      expect(row.worsened).toEqual([{ what: 'sleep', from: 5, to: 7 }]);
      expect(
        view.checkInWorsening.some(
          (r: { clientId: string }) => r.clientId === other.id,
        ),
      ).toBe(false);
    });

    it('names a worsening of 2 points in pain, without a focus', async () => {
      const { id, portal } = await newClient();
      await twoCheckIns(portal, VALUES, { ...VALUES, painNow: 6 });
      const view = await home();
      expect(
        view.checkInWorsening.find(
          (r: { clientId: string }) => r.clientId === id,
        ).worsened,
      ).toEqual([{ what: 'pain', from: 4, to: 6 }]);
      // Another practice's Vandaag does not know the client.
      const other = await t.app.inject({
        method: 'GET',
        url: '/api/home',
        headers: otherOwner.headers,
      });
      expect(
        other
          .json()
          .checkInWorsening.some(
            (r: { clientId: string }) => r.clientId === id,
          ),
      ).toBe(false);
    });

    it('names a portal client without a check-in for two weeks, not one who sent one', async () => {
      const silent = await newClient();
      const active = await newClient();
      // Both came into the portal three weeks ago.
      await t.dataSource.query(
        `UPDATE portal_links SET used_at = now() - interval '21 days' WHERE client_id = ANY($1)`,
        [[silent.id, active.id]],
      );
      at(new Date(Date.now() - 20 * 86_400_000).toISOString());
      await save(silent.portal, VALUES);
      at(new Date(Date.now() - 3 * 86_400_000).toISOString());
      await save(active.portal, VALUES);
      jest.restoreAllMocks();
      const view = await home();
      const ids = view.checkInSilence.map(
        (r: { clientId: string }) => r.clientId,
      );
      expect(ids).toContain(silent.id);
      expect(ids).not.toContain(active.id);
      expect(
        view.checkInSilence.find(
          (r: { clientId: string }) => r.clientId === silent.id,
        ).lastCheckInAt,
      ).not.toBeNull();
    });
  });
});

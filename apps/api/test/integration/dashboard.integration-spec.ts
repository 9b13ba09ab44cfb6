import type { TimelineEvent } from '@herstelkompas/contracts';
import { HERSTELKOMPAS_INTAKE_V2 } from '@herstelkompas/domain';
import { answersAt } from '../../src/seed/demo-answers';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';

describe('the client dashboard', () => {
  let t: TestApp;
  let owner: Session;

  beforeAll(async () => {
    t = await createTestApp();
    const practice = await buildPractice(t.dataSource);
    owner = await signIn(t.app, practice.owner.email);
  });
  afterAll(() => t.close());

  const get = (url: string) =>
    t.app.inject({ method: 'GET', url, headers: { cookie: owner.cookie } });
  const send = (method: 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: owner.headers,
      ...(payload ? { payload } : {}),
    });

  async function assessedClient(
    levels = {
      stress: 8,
      breathing: 4,
      movement: 6,
      nutrition: 3,
      sleep: 7,
      immune: 2,
    },
    overrides = {},
  ) {
    const client = await buildClient(t.app, owner);
    const entered = await send(
      'POST',
      `/api/clients/${client.id}/assessments`,
      {
        variant: 'baseline',
        answers: answersAt(HERSTELKOMPAS_INTAKE_V2, levels, overrides),
      },
    );
    expect(entered.statusCode).toBe(201);
    return client;
  }

  describe('priority', () => {
    it('shows the computed ranking with reasons and no decision yet', async () => {
      const client = await assessedClient();
      const view = (await get(`/api/clients/${client.id}/priority`)).json();
      expect(view.decision).toBeNull();
      expect(view.history).toEqual([]);
      expect(
        view.computed.ranking.map((r: { domain: string }) => r.domain),
      ).toEqual([
        'stress',
        'sleep',
        'movement',
        'breathing',
        'nutrition',
        'immune',
      ]);
      expect(view.computed.ranking[0]).toMatchObject({
        rank: 1,
        score: expect.any(Number),
        tiedWith: [],
        closeCall: expect.any(Boolean),
        reason: { nl: expect.any(String), en: expect.any(String) },
      });
      expect(view.computed.focus).toEqual(['stress', 'sleep']);
      expect(view.computed.pendingMedicalClearance).toBe(false);
    });

    it('answers computed null before the first intake, and refuses a decision then', async () => {
      const client = await buildClient(t.app, owner);
      expect((await get(`/api/clients/${client.id}/priority`)).json()).toEqual({
        computed: null,
        decision: null,
        history: [],
      });
      const response = await send(
        'POST',
        `/api/clients/${client.id}/priority-decisions`,
        {
          order: [
            'stress',
            'sleep',
            'movement',
            'breathing',
            'nutrition',
            'immune',
          ],
          focusDomains: ['stress'],
          reasonCode: 'CLINICAL_JUDGEMENT',
        },
      );
      expect(response.statusCode).toBe(409);
    });

    it('records decisions append-only, with history and the computed snapshot', async () => {
      const client = await assessedClient();
      const first = await send(
        'POST',
        `/api/clients/${client.id}/priority-decisions`,
        {
          order: [
            'stress',
            'sleep',
            'movement',
            'breathing',
            'nutrition',
            'immune',
          ],
          focusDomains: ['stress', 'sleep'],
          reasonCode: 'CLINICAL_JUDGEMENT',
        },
      );
      expect(first.statusCode).toBe(201);
      const second = await send(
        'POST',
        `/api/clients/${client.id}/priority-decisions`,
        {
          order: [
            'sleep',
            'stress',
            'movement',
            'breathing',
            'nutrition',
            'immune',
          ],
          focusDomains: ['sleep'],
          reasonCode: 'CLIENT_PREFERENCE',
          reasonText: 'Cliënt wil eerst aan de slaap werken.',
        },
      );
      expect(second.statusCode).toBe(201);
      expect(second.json()).toMatchObject({
        supersedesId: first.json().id,
        differsFromComputed: true,
        focusDomains: ['sleep'],
      });
      const view = (await get(`/api/clients/${client.id}/priority`)).json();
      expect(view.decision.id).toBe(second.json().id);
      expect(view.history.map((d: { id: string }) => d.id)).toEqual([
        second.json().id,
        first.json().id,
      ]);
      expect(view.decision.computedRanking[0].domain).toBe('stress');
      expect(
        (await get(`/api/clients/${client.id}`)).json().focusDomains,
      ).toEqual(['sleep']);
      await expect(
        t.dataSource.query(
          `UPDATE priority_decisions SET reason_text = 'x' WHERE id = $1`,
          [first.json().id],
        ),
      ).rejects.toThrow(/cannot be changed/);
    });

    it('answers the same decision again with the current one and stores no second', async () => {
      const client = await assessedClient();
      const decision = {
        order: [
          'stress',
          'sleep',
          'movement',
          'breathing',
          'nutrition',
          'immune',
        ],
        focusDomains: ['stress', 'sleep'],
        reasonCode: 'CLINICAL_JUDGEMENT',
        reasonText: 'Eerst de stress.',
      };
      const url = `/api/clients/${client.id}/priority-decisions`;
      const first = await send('POST', url, decision);
      expect(first.statusCode).toBe(201);
      const again = await send('POST', url, decision);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(first.json());
      const view = (await get(`/api/clients/${client.id}/priority`)).json();
      expect(view.history).toHaveLength(1);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM priority_decisions WHERE client_id = $1`,
        [client.id],
      );
      expect(count).toBe(1);
      // A real change is still a new decision.
      const changed = await send('POST', url, {
        ...decision,
        reasonText: 'Eerst de stress, dan de slaap.',
      });
      expect(changed.statusCode).toBe(201);
      expect(changed.json().supersedesId).toBe(first.json().id);
    });

    it.each([
      [
        'not a permutation',
        {
          order: [
            'stress',
            'stress',
            'movement',
            'breathing',
            'nutrition',
            'immune',
          ],
          focusDomains: ['stress'],
          reasonCode: 'OTHER',
          reasonText: 'x',
        },
        'order',
      ],
      [
        'five domains',
        {
          order: ['stress', 'sleep', 'movement', 'breathing', 'nutrition'],
          focusDomains: ['stress'],
          reasonCode: 'OTHER',
          reasonText: 'x',
        },
        'order',
      ],
      [
        'an unknown reason',
        {
          order: [
            'stress',
            'sleep',
            'movement',
            'breathing',
            'nutrition',
            'immune',
          ],
          focusDomains: ['stress'],
          reasonCode: 'BECAUSE',
        },
        'reasonCode',
      ],
      [
        'a changed order without a reason',
        {
          order: [
            'immune',
            'stress',
            'sleep',
            'movement',
            'breathing',
            'nutrition',
          ],
          focusDomains: ['immune'],
          reasonCode: 'OTHER',
        },
        'reasonText',
      ],
    ])('answers 400 to %s', async (_name, body, field) => {
      const client = await assessedClient();
      const response = await send(
        'POST',
        `/api/clients/${client.id}/priority-decisions`,
        body,
      );
      expect(response.statusCode).toBe(400);
      expect(
        response.json().details.map((d: { field: string }) => d.field),
      ).toContain(field);
      expect(
        (await get(`/api/clients/${client.id}/priority`)).json().history,
      ).toEqual([]);
    });

    it('marks the ranking pending medical clearance until the red flag is acknowledged', async () => {
      const client = await assessedClient(undefined, { 'RF-NIGHT': true });
      expect(
        (await get(`/api/clients/${client.id}/priority`)).json().computed
          .pendingMedicalClearance,
      ).toBe(true);
      const [flag] = (await get(`/api/clients/${client.id}/red-flags`)).json();
      await send('POST', `/api/red-flags/${flag.id}/acknowledge`, {
        action: 'referred',
        note: 'Naar huisarts verwezen.',
      });
      expect(
        (await get(`/api/clients/${client.id}/priority`)).json().computed
          .pendingMedicalClearance,
      ).toBe(false);
    });
  });

  describe('session notes', () => {
    it('keeps a draft editable, locks it when signed, and takes addenda after', async () => {
      const client = await buildClient(t.app, owner);
      const created = await send(
        'POST',
        `/api/clients/${client.id}/session-notes`,
        {
          sessionDate: '2026-11-20T10:00:00+01:00',
          type: 'coaching',
          domains: ['stress', 'sleep'],
          text: '## Gesprek\n- ademhalingsoefening besproken',
          homework: [{ domain: 'stress', text: '3x per dag 4-7-8 ademhaling' }],
        },
      );
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        status: 'draft',
        includeInReport: false,
        version: 1,
      });
      const id = created.json().id;

      const edited = await send('PATCH', `/api/session-notes/${id}`, {
        text: 'Aangepaste tekst',
        painAtStart: 6,
      });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({
        text: 'Aangepaste tekst',
        painAtStart: 6,
        version: 2,
      });
      expect(
        (
          await send('POST', `/api/session-notes/${id}/addenda`, {
            text: 'te vroeg',
          })
        ).statusCode,
      ).toBe(409);

      const signed = await send('POST', `/api/session-notes/${id}/sign`);
      expect(signed.json()).toMatchObject({
        status: 'signed',
        signedAt: expect.any(String),
      });
      const refused = await send('PATCH', `/api/session-notes/${id}`, {
        text: 'stiekem wijzigen',
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('note_signed');
      await expect(
        t.dataSource.query(
          `UPDATE session_notes SET text = 'x' WHERE id = $1`,
          [id],
        ),
      ).rejects.toThrow(/cannot be changed/);

      const addendum = await send('POST', `/api/session-notes/${id}/addenda`, {
        text: 'Correctie: pijn bij start was 5.',
      });
      expect(addendum.statusCode).toBe(201);
      expect(addendum.json()).toMatchObject({
        text: 'Aangepaste tekst',
        addenda: [{ text: 'Correctie: pijn bij start was 5.' }],
      });
    });

    it('lists notes newest first, filtered by domain, type and words', async () => {
      const client = await buildClient(t.app, owner);
      for (const [date, type, domains, text] of [
        ['2026-10-01T09:00:00Z', 'intake', ['stress'], 'eerste kennismaking'],
        [
          '2026-10-15T09:00:00Z',
          'coaching',
          ['sleep'],
          'slaaphygiëne en avondritueel',
        ],
        [
          '2026-11-01T09:00:00Z',
          'remote',
          ['sleep', 'movement'],
          'wandelen na het eten',
        ],
      ] as const) {
        await send('POST', `/api/clients/${client.id}/session-notes`, {
          sessionDate: date,
          type,
          domains,
          text,
        });
      }
      const all = (await get(`/api/clients/${client.id}/session-notes`)).json();
      expect(all.map((n: { type: string }) => n.type)).toEqual([
        'remote',
        'coaching',
        'intake',
      ]);
      expect(
        (
          await get(`/api/clients/${client.id}/session-notes?domain=sleep`)
        ).json(),
      ).toHaveLength(2);
      expect(
        (
          await get(`/api/clients/${client.id}/session-notes?type=intake`)
        ).json(),
      ).toHaveLength(1);
      expect(
        (
          await get(
            `/api/clients/${client.id}/session-notes?search=AVONDRITUEEL`,
          )
        ).json(),
      ).toHaveLength(1);
    });
  });

  describe('goals', () => {
    it('computes progress of a score target from the latest assessment', async () => {
      const client = await assessedClient();
      const goal = await send('POST', `/api/clients/${client.id}/goals`, {
        domain: 'sleep',
        description: 'Beter doorslapen',
        target: { kind: 'score_below', value: 40 },
        dueDate: '2027-02-01',
        status: 'active',
      });
      expect(goal.statusCode).toBe(201);
      expect(goal.json()).toMatchObject({
        status: 'active',
        progress: { latestScore: expect.any(Number), met: false },
      });
      const done = await send('PATCH', `/api/goals/${goal.json().id}`, {
        status: 'achieved',
      });
      expect(done.json().status).toBe('achieved');
      const bad = await send('POST', `/api/clients/${client.id}/goals`, {
        domain: 'sleep',
        description: 'x',
        target: { kind: 'score_below', value: 400 },
      });
      expect(bad.statusCode).toBe(400);
    });

    it('edits a goal after creation, field by field, and logs which fields changed', async () => {
      const client = await assessedClient();
      const goal = (
        await send('POST', `/api/clients/${client.id}/goals`, {
          domain: 'sleep',
          description: 'Beter doorslapen',
        })
      ).json();
      const edited = await send('PATCH', `/api/goals/${goal.id}`, {
        domain: 'stress',
        description: 'Elke avond tien minuten ademoefening',
        target: { kind: 'text', text: 'Vijf avonden per week' },
        dueDate: '2027-03-01',
      });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({
        domain: 'stress',
        description: 'Elke avond tien minuten ademoefening',
        target: { kind: 'text', text: 'Vijf avonden per week' },
        dueDate: '2027-03-01',
        status: 'proposed',
      });
      const cleared = await send('PATCH', `/api/goals/${goal.id}`, {
        target: null,
        dueDate: null,
      });
      expect(cleared.json()).toMatchObject({ target: null, dueDate: null });

      const bad = await send('PATCH', `/api/goals/${goal.id}`, {
        description: '   ',
        dueDate: '2027-02-30',
      });
      expect(bad.statusCode).toBe(400);
      const fields = (bad.json().details as { field: string }[])
        .map((d) => d.field)
        .sort();
      expect(fields).toEqual(['description', 'dueDate']);
      expect(
        (await get(`/api/clients/${client.id}/goals`)).json()[0].description,
      ).toBe('Elke avond tien minuten ademoefening');

      const log = (await get(`/api/clients/${client.id}/access-log`)).json()
        .items as { event: string; details: { fields?: string[] } }[];
      expect(
        log
          .filter((i) => i.event === 'goal.update')
          .map((i) => i.details.fields),
      ).toEqual(
        expect.arrayContaining([
          ['description', 'domain', 'dueDate', 'target'],
          ['dueDate', 'target'],
        ]),
      );
    });
  });

  it('puts assessments, decisions, notes and goals in one timeline, filterable by domain', async () => {
    const client = await assessedClient();
    await send('POST', `/api/clients/${client.id}/session-notes`, {
      sessionDate: new Date().toISOString(),
      type: 'coaching',
      domains: ['movement'],
    });
    await send('POST', `/api/clients/${client.id}/goals`, {
      domain: 'nutrition',
      description: 'Groente bij elke maaltijd',
    });
    const all = (await get(`/api/clients/${client.id}/timeline`)).json();
    expect(all.map((e: { kind: string }) => e.kind).sort()).toEqual([
      'assessment',
      'goal',
      'note',
    ]);
    const nutrition = (
      await get(`/api/clients/${client.id}/timeline?domain=nutrition`)
    ).json();
    expect(nutrition.map((e: { kind: string }) => e.kind).sort()).toEqual([
      'assessment',
      'goal',
    ]);
  });

  it('puts links sent, red flags raised and handled, addenda and reports on the timeline, each with what it opens and a plain excerpt', async () => {
    const client = await assessedClient(undefined, {
      'RF-CAUDA-BLADDER': true,
    });
    const invited = await send(
      'POST',
      `/api/clients/${client.id}/intake-invitations`,
      { variant: 'follow_up', send: 'email' },
    );
    expect(invited.statusCode).toBe(201);
    const flags = (await get(`/api/clients/${client.id}/red-flags`)).json();
    const flagId = flags[0].id as string;
    expect(
      (
        await send('POST', `/api/red-flags/${flagId}/acknowledge`, {
          action: 'gp_called',
          note: 'Huisarts **vandaag** gebeld',
        })
      ).statusCode,
    ).toBe(200);
    const note = (
      await send('POST', `/api/clients/${client.id}/session-notes`, {
        sessionDate: new Date().toISOString(),
        type: 'coaching',
        domains: ['sleep'],
        text: `## Besproken\n- **slaap** eerst\n- ${'lang verhaal '.repeat(20)}`,
      })
    ).json();
    expect(
      (await send('POST', `/api/session-notes/${note.id}/sign`)).statusCode,
    ).toBe(200);
    expect(
      (
        await send('POST', `/api/session-notes/${note.id}/addenda`, {
          text: 'Ook _ademhaling_ besproken',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await send('POST', `/api/clients/${client.id}/reports/progress.pdf`))
        .statusCode,
    ).toBe(200);

    const events = (
      await get(`/api/clients/${client.id}/timeline`)
    ).json() as TimelineEvent[];
    const of = (kind: string) => events.filter((e) => e.kind === kind);
    expect(of('invitation')).toEqual([
      expect.objectContaining({
        id: invited.json().id,
        title: {
          nl: 'Vervolgmeting per e-mail verstuurd',
          en: 'Follow-up sent by e-mail',
        },
        target: { kind: 'invitation', id: invited.json().id },
      }),
    ]);
    expect(of('red_flag')[0]).toMatchObject({
      target: { kind: 'red_flag', id: flagId },
    });
    expect(of('red_flag_handled')[0]).toMatchObject({
      target: { kind: 'red_flag', id: flagId },
      excerpt: 'Huisarts **vandaag** gebeld',
    });
    const [written] = of('note');
    expect(written?.target).toEqual({ kind: 'note', id: note.id });
    expect(written?.excerpt?.startsWith('Besproken slaap eerst lang')).toBe(
      true,
    );
    expect(written?.excerpt?.length).toBeLessThanOrEqual(140);
    expect(written?.excerpt?.endsWith('…')).toBe(true);
    expect(of('addendum')[0]).toMatchObject({
      target: { kind: 'note', id: note.id },
      excerpt: 'Ook ademhaling besproken',
      domains: ['sleep'],
    });
    expect(of('report')).toHaveLength(1);
    expect(of('report')[0]?.target.kind).toBe('report');
    expect(of('assessment')[0]?.target.kind).toBe('assessment');
  });

  it('shows on the home page what needs attention', async () => {
    const flagged = await assessedClient(undefined, {
      'RF-CAUDA-BLADDER': true,
    });
    const home = (await get('/api/home')).json();
    expect(
      home.openRedFlags.find(
        (f: { clientId: string }) => f.clientId === flagged.id,
      ),
    ).toMatchObject({ count: 1, mostUrgent: 'urgent_same_day' });
    expect(
      home.intakesToReview.map((i: { clientId: string }) => i.clientId),
    ).toContain(flagged.id);
    expect(home.practice.byStatus.active).toBeGreaterThan(0);
    expect(home.followUpWeeks).toBe(6);
  });
});

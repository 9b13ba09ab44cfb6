import { PRIVACY_STATEMENT_VERSION } from '@herstelkompas/contracts';
import {
  getInstrument,
  HERSTELKOMPAS_INTAKE_V1,
  HERSTELKOMPAS_INTAKE_V2,
  scoreAssessment,
} from '@herstelkompas/domain';
import { completeAnswers } from '../support/answers';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';

const DOB = '1978-04-23';

describe('instrument versions and derived red flags', () => {
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

  /** A link as the client's browser sees it, after verify and consent. */
  async function openLink(clientId: string) {
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/intake-invitations`,
      headers: owner.headers,
      payload: { variant: 'baseline' },
    });
    expect(created.statusCode).toBe(201);
    const token = String(created.json().url).split('/intake/')[1] as string;
    let cookie = '';
    const call = async (
      method: 'GET' | 'POST',
      path: string,
      payload?: object,
    ) => {
      const response = await t.app.inject({
        method,
        url: `/api/intake/${token}${path}`,
        headers: cookie ? { cookie } : {},
        ...(payload ? { payload } : {}),
      });
      const set = (response.cookies as { name: string; value: string }[]).find(
        (c) => c.name === 'hk_intake',
      );
      if (set) cookie = `hk_intake=${set.value}`;
      return response;
    };
    return { id: created.json().id as string, call };
  }

  async function ready(call: Awaited<ReturnType<typeof openLink>>['call']) {
    expect(
      (await call('POST', '/verify', { dateOfBirth: DOB })).statusCode,
    ).toBe(200);
    expect(
      (
        await call('POST', '/consent', {
          privacyStatementVersion: PRIVACY_STATEMENT_VERSION,
        })
      ).statusCode,
    ).toBe(204);
  }

  it('sends new links with v2, whose first step is the red-flag screen', async () => {
    const client = await buildClient(t.app, owner, { dateOfBirth: DOB });
    const link = await openLink(client.id);
    const [row] = await t.dataSource.query(
      'SELECT instrument_id, instrument_version FROM intake_invitations WHERE id = $1',
      [link.id],
    );
    expect(row).toEqual({
      instrument_id: 'herstelkompas-intake',
      instrument_version: 2,
    });
    await ready(link.call);
    const state = (await link.call('GET', '')).json();
    expect(state.instrument).toMatchObject({
      id: 'herstelkompas-intake',
      version: 2,
    });
    expect(state.instrument.steps[0].kind).toBe('red_flags');
  });

  it('keeps an open v1 link on v1: served, validated and scored with v1', async () => {
    const client = await buildClient(t.app, owner, { dateOfBirth: DOB });
    const link = await openLink(client.id);
    // A link sent before v2 existed.
    await t.dataSource.query(
      'UPDATE intake_invitations SET instrument_version = 1 WHERE id = $1',
      [link.id],
    );
    await ready(link.call);
    const state = (await link.call('GET', '')).json();
    expect(state.instrument).toEqual(
      JSON.parse(JSON.stringify(HERSTELKOMPAS_INTAKE_V1)),
    );

    const answers = completeAnswers(HERSTELKOMPAS_INTAKE_V1, {
      STR1: 9,
      SLA2: 8,
      'RF-CAUDA': true,
    });
    const submitted = await link.call('POST', '/submit', { answers });
    expect(submitted.statusCode).toBe(201);
    expect(submitted.json().urgentInstruction.nl).toMatch(
      /^Bel nu je huisarts \(avond, nacht of weekend: de huisartsenpost\)/,
    );

    const [stored] = (await get(`/api/clients/${client.id}/assessments`)).json()
      .items;
    expect(stored.instrument).toEqual({
      id: 'herstelkompas-intake',
      version: 1,
    });
    const definition = getInstrument(
      stored.instrument.id,
      stored.instrument.version,
    );
    if (!definition) throw new Error('stored version no longer registered');
    // Re-read from the database and scored again: identical.
    const again = scoreAssessment(definition, stored.answers);
    expect(stored.domainScores).toEqual(
      JSON.parse(JSON.stringify(again.domainScores)),
    );
    expect(stored.pain).toEqual(JSON.parse(JSON.stringify(again.pain)));
    expect(stored.algorithmVersion).toBe(again.algorithmVersion);
    expect(stored.redFlags.map((f: { itemId: string }) => f.itemId)).toEqual([
      'RF-CAUDA',
    ]);
    const priority = (await get(`/api/clients/${client.id}/priority`)).json();
    expect(
      priority.computed.ranking.map((r: { domain: string }) => r.domain),
    ).toEqual(again.ranking.entries.map((e) => e.domain));
  });

  it('refuses v1 answers on a v2 link', async () => {
    const client = await buildClient(t.app, owner, { dateOfBirth: DOB });
    const link = await openLink(client.id);
    await ready(link.call);
    const response = await link.call('POST', '/submit', {
      answers: completeAnswers(HERSTELKOMPAS_INTAKE_V1),
    });
    expect(response.statusCode).toBe(400);
    const fields = response
      .json()
      .details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining(['answers.RF-CAUDA', 'answers.RF-CAUDA-BLADDER']),
    );
  });

  it('derives the age criteria from the client record and shows where they come from', async () => {
    const client = await buildClient(t.app, owner, {
      dateOfBirth: '1950-03-01',
    });
    const entered = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${client.id}/assessments`,
      headers: owner.headers,
      payload: {
        variant: 'baseline',
        answers: completeAnswers(HERSTELKOMPAS_INTAKE_V2, {
          HIST1: 'less_than_3_months',
          'RF-MINOR-TRAUMA': true,
        }),
      },
    });
    expect(entered.statusCode).toBe(201);
    const flags = (await get(`/api/clients/${client.id}/red-flags`)).json();
    const byId = Object.fromEntries(
      flags.map((r: { flag: { itemId: string } }) => [r.flag.itemId, r.flag]),
    );
    expect(Object.keys(byId).sort()).toEqual([
      'AGE-70-FRACTURE',
      'AGE-ONSET-50',
    ]);
    expect(byId['AGE-ONSET-50']).toMatchObject({
      condition: 'malignancy',
      urgency: 'gp_review',
      derivedFrom: ['dateOfBirth', 'HIST1'],
    });
    expect(byId['AGE-ONSET-50'].label.nl).toContain(
      'afgeleid uit geboortedatum en duur van de klacht',
    );
    // The minor fall alone is advice: shown with the assessment, not for review.
    const [assessment] = (
      await get(`/api/clients/${client.id}/assessments`)
    ).json().items;
    expect(
      assessment.redFlags.map((f: { itemId: string; urgency: string }) => [
        f.itemId,
        f.urgency,
      ]),
    ).toEqual([
      ['AGE-ONSET-50', 'gp_review'],
      ['AGE-70-FRACTURE', 'gp_review'],
      ['RF-MINOR-TRAUMA', 'advice'],
    ]);
    expect(assessment.pendingMedicalClearance).toBe(true);
  });
});

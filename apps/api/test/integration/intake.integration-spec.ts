import { PRIVACY_STATEMENT_VERSION } from '@herstelkompas/contracts';
import {
  HERSTELKOMPAS_INTAKE_V2,
  type InstrumentDefinition,
} from '@herstelkompas/domain';
import { AuditEvent } from '../../src/audit/audit-event.entity';
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

describe('intake by link', () => {
  let t: TestApp;
  let owner: Session;

  beforeAll(async () => {
    t = await createTestApp();
    const practice = await buildPractice(t.dataSource);
    owner = await signIn(t.app, practice.owner.email);
  });
  afterAll(() => t.close());
  // Every request of this file comes from one address: each test starts with
  // fresh counters, so the per-address limit only counts its own requests.
  beforeEach(() => t.dataSource.query('DELETE FROM rate_limit_hits'));

  /** A client with a fresh link; returns the token and a helper that acts as the client's browser. */
  async function invite(variant = 'baseline') {
    const client = await buildClient(t.app, owner, { dateOfBirth: DOB });
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${client.id}/intake-invitations`,
      headers: owner.headers,
      payload: { variant },
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    const token = String(body.url).split('/intake/')[1] as string;
    let cookie = '';
    const call = async (
      method: 'GET' | 'POST' | 'PUT',
      path: string,
      payload?: object,
      remoteAddress?: string,
    ) => {
      const response = await t.app.inject({
        method,
        url: `/api/intake/${token}${path}`,
        headers: cookie ? { cookie } : {},
        ...(payload ? { payload } : {}),
        ...(remoteAddress ? { remoteAddress } : {}),
      });
      const set = (response.cookies as { name: string; value: string }[]).find(
        (c) => c.name === 'hk_intake',
      );
      if (set) cookie = `hk_intake=${set.value}`;
      return response;
    };
    const ready = async () => {
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
    };
    return {
      client,
      invitation: body,
      token,
      call,
      ready,
      cookie: () => cookie,
    };
  }

  it('creates a link with an unguessable token, stored only as a hash', async () => {
    const { invitation, token } = await invite();
    expect(invitation).toMatchObject({
      status: 'sent',
      variant: 'baseline',
      locked: false,
    });
    expect(invitation.url).toMatch(/\/intake\/[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(invitation.expiresAt) - Date.now()).toBeGreaterThan(
      13.9 * 86_400_000,
    );
    const stored = await t.dataSource.query(
      'SELECT token_hash FROM intake_invitations WHERE id = $1',
      [invitation.id],
    );
    expect(stored[0].token_hash).not.toContain(token);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('shows nothing personal before the date-of-birth check', async () => {
    const { call } = await invite();
    const response = await call('GET', '');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      code: 'intake_verify_required',
      language: 'nl',
    });
    expect(response.body).not.toMatch(/Jan|Berg|1978|answers|items/);
  });

  it('locks the link after five wrong dates of birth, and says how many tries are left', async () => {
    const { call, invitation, client } = await invite();
    const first = await call('POST', '/verify', { dateOfBirth: '1980-01-01' });
    expect(first.statusCode).toBe(401);
    expect(first.json().message).toBe(
      'Deze geboortedatum klopt niet. Je kunt het nog 4 keer proberen.',
    );
    for (let i = 0; i < 3; i++)
      await call('POST', '/verify', { dateOfBirth: '1980-01-01' });
    expect(
      (await call('POST', '/verify', { dateOfBirth: '1980-01-01' })).statusCode,
    ).toBe(423);
    expect(
      (await call('POST', '/verify', { dateOfBirth: DOB })).statusCode,
    ).toBe(423);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${client.id}/intake-invitations`,
      headers: { cookie: owner.cookie },
    });
    expect(
      list.json().find((i: { id: string }) => i.id === invitation.id),
    ).toMatchObject({ locked: true });
  });

  it('gives the instrument and an empty draft after the check, and asks consent before answers', async () => {
    const { call } = await invite();
    expect(
      (await call('POST', '/verify', { dateOfBirth: DOB })).statusCode,
    ).toBe(200);
    const state = await call('GET', '');
    expect(state.statusCode).toBe(200);
    const body = state.json();
    expect(body).toMatchObject({
      status: 'open',
      answers: {},
      consent: { given: false, currentVersion: PRIVACY_STATEMENT_VERSION },
    });
    expect(
      body.instrument.items.find((i: { id: string }) => i.id === 'STR1'),
    ).toMatchObject({ id: 'STR1', domain: 'stress' });
    const early = await call('PUT', '/draft', { answers: { STR1: 3 } });
    expect(early.statusCode).toBe(403);
    expect(early.json().code).toBe('consent_required');
    expect(
      (await call('POST', '/consent', { privacyStatementVersion: 'old' }))
        .statusCode,
    ).toBe(400);
  });

  it('saves drafts and resumes them on another device; bad answers are rejected per item', async () => {
    const { call, ready, token, client } = await invite();
    await ready();
    const bad = await call('PUT', '/draft', {
      answers: { STR1: 11, NOPE: 1, STR2: 'veel' },
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad
      .json()
      .details.map((d: { field: string }) => d.field)
      .sort();
    expect(fields).toEqual(['answers.NOPE', 'answers.STR1', 'answers.STR2']);
    expect(
      (
        await call('PUT', '/draft', {
          answers: { STR1: 7, STR2: 4 },
          step: 'breathing',
        })
      ).statusCode,
    ).toBe(200);

    // Another device: a fresh browser without the cookie.
    const other = await t.app.inject({
      method: 'POST',
      url: `/api/intake/${token}/verify`,
      payload: { dateOfBirth: DOB },
    });
    const cookie = (other.cookies as { name: string; value: string }[]).find(
      (c) => c.name === 'hk_intake',
    );
    const resumed = await t.app.inject({
      method: 'GET',
      url: `/api/intake/${token}`,
      headers: { cookie: `hk_intake=${cookie?.value}` },
    });
    expect(resumed.json()).toMatchObject({
      answers: { STR1: 7, STR2: 4 },
      step: 'breathing',
    });
    const consent = await t.dataSource.query(
      'SELECT consent_privacy_version FROM clients WHERE id = $1',
      [client.id],
    );
    expect(consent[0].consent_privacy_version).toBe(PRIVACY_STATEMENT_VERSION);
  });

  it('does not accept the cookie of one link for another', async () => {
    const a = await invite();
    await a.ready();
    const b = await invite();
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/intake/${b.token}`,
      headers: { cookie: a.cookie() },
    });
    expect(response.statusCode).toBe(401);
  });

  it('refuses an incomplete submit with the missing items named', async () => {
    const { call, ready } = await invite();
    await ready();
    const response = await call('POST', '/submit', { answers: { STR1: 3 } });
    expect(response.statusCode).toBe(400);
    const fields = response
      .json()
      .details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining(['answers.RF-CAUDA-BLADDER', 'answers.PIJN1']),
    );
  });

  it('submits once, even when the request is sent twice at the same moment', async () => {
    const { call, ready, client } = await invite();
    await ready();
    const answers = completeAnswers(HERSTELKOMPAS_INTAKE_V2, {
      STR1: 9,
      STR2: 9,
      STR3: 8,
    });
    const [a, b] = await Promise.all([
      call('POST', '/submit', { answers }),
      call('POST', '/submit', { answers }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().assessmentId).toBe(b.json().assessmentId);
    expect(a.json().urgentInstruction).toBeNull();
    const count = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM assessments WHERE client_id = $1',
      [client.id],
    );
    expect(count[0].n).toBe(1);

    const list = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${client.id}/assessments`,
      headers: { cookie: owner.cookie },
    });
    const [assessment] = list.json().items;
    expect(assessment).toMatchObject({
      instrument: { id: 'herstelkompas-intake', version: 2 },
      enteredBy: 'client',
      redFlags: [],
    });
    expect(assessment.domainScores.stress).toMatchObject({
      band: expect.any(String),
    });
    expect(assessment.domainScores.stress.score).toBeGreaterThan(
      assessment.domainScores.sleep.score,
    );
    expect(
      assessment.ranking.map((r: { domain: string }) => r.domain),
    ).toHaveLength(6);
    expect(assessment.ranking[0]).toMatchObject({
      domain: 'stress',
      rank: 1,
      reason: { nl: expect.any(String) },
    });

    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${client.id}`,
      headers: { cookie: owner.cookie },
    });
    expect(detail.json()).toMatchObject({
      status: 'active',
      focusDomains: expect.arrayContaining(['stress']),
    });
    expect(detail.json().latestScores.stress).toBe(
      assessment.domainScores.stress.score,
    );
    expect((await call('GET', '')).json()).toEqual({
      status: 'submitted',
      language: 'nl',
      practiceName: expect.any(String),
      urgent: false,
      urgentInstructions: [],
    });
  });

  /** Verifies, consents and sends a complete intake of the link's own instrument. */
  async function submitted(
    yes: (definition: InstrumentDefinition) => string[],
  ) {
    const link = await invite();
    await link.ready();
    const definition = (await link.call('GET', '')).json()
      .instrument as InstrumentDefinition;
    const overrides = Object.fromEntries(
      yes(definition).map((id) => [id, true]),
    );
    const response = await link.call('POST', '/submit', {
      answers: completeAnswers(definition, overrides),
    });
    expect(response.statusCode).toBe(201);
    return { ...link, definition, response };
  }
  const firstCauda = (definition: InstrumentDefinition) => [
    definition.items.find((item) => item.id.startsWith('RF-CAUDA'))
      ?.id as string,
  ];

  it('shows only a neutral thank-you after submit: no name, practitioner or answers', async () => {
    const { call, client } = await submitted(() => []);
    const again = await call('GET', '');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({
      status: 'submitted',
      language: 'nl',
      practiceName: expect.any(String),
      urgent: false,
      urgentInstructions: [],
    });
    expect(again.body).not.toContain(client['firstName'] as string);
    expect(again.body).not.toMatch(/Eigenaar|practitionerName|instrument/);
  });

  it('repeats the urgent instruction whenever a sent link is opened again', async () => {
    const { call, response, token } = await submitted(firstCauda);
    expect(response.json().urgentInstructions[0].nl).toMatch(/huisarts/);
    // Another device, after the date-of-birth check.
    const verify = await t.app.inject({
      method: 'POST',
      url: `/api/intake/${token}/verify`,
      payload: { dateOfBirth: DOB },
    });
    expect(verify.statusCode).toBe(200);
    const cookie = (verify.cookies as { name: string; value: string }[]).find(
      (c) => c.name === 'hk_intake',
    );
    for (const headers of [{}, { cookie: `hk_intake=${cookie?.value}` }]) {
      const state = headers.cookie
        ? await t.app.inject({
            method: 'GET',
            url: `/api/intake/${token}`,
            headers,
          })
        : await call('GET', '');
      expect(state.json()).toMatchObject({
        status: 'submitted',
        urgent: true,
        urgentInstructions: [{ nl: expect.stringMatching(/huisarts/) }],
      });
      expect(state.json()).not.toHaveProperty('clientFirstName');
    }
  });

  it('shows the practitioner an urgent answer in a draft that was never sent', async () => {
    const { call, ready, client, invitation } = await invite();
    await ready();
    const definition = (await call('GET', '')).json()
      .instrument as InstrumentDefinition;
    const [cauda] = firstCauda(definition);
    const listed = async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/clients/${client.id}/intake-invitations`,
          headers: { cookie: owner.cookie },
        })
      )
        .json()
        .find((i: { id: string }) => i.id === invitation.id);
    expect((await listed()).urgentInDraft).toBe(false);
    expect(
      (await call('PUT', '/draft', { answers: { [cauda as string]: true } }))
        .statusCode,
    ).toBe(200);
    expect(await listed()).toMatchObject({
      status: 'in_progress',
      urgentInDraft: true,
    });
    const open = await t.app.inject({
      method: 'GET',
      url: '/api/intake-invitations',
      headers: { cookie: owner.cookie },
    });
    expect(
      open.json().find((i: { id: string }) => i.id === invitation.id),
    ).toMatchObject({ urgentInDraft: true });
  });

  it('revokes a sent link, and lets it expire, like any other', async () => {
    const revoked = await submitted(() => []);
    const revoke = await t.app.inject({
      method: 'POST',
      url: `/api/intake-invitations/${revoked.invitation.id}/revoke`,
      headers: owner.headers,
    });
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json()).toMatchObject({
      status: 'submitted',
      revokedAt: expect.any(String),
    });
    expect((await revoked.call('GET', '')).statusCode).toBe(404);
    expect(
      (await revoked.call('POST', '/verify', { dateOfBirth: DOB })).json().code,
    ).toBe('intake_unavailable');

    const expired = await submitted(() => []);
    await t.dataSource.query(
      `UPDATE intake_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [expired.invitation.id],
    );
    expect((await expired.call('GET', '')).statusCode).toBe(404);
    // The assessment itself stays.
    const count = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM assessments WHERE client_id = ANY($1)',
      [[revoked.client.id, expired.client.id]],
    );
    expect(count[0].n).toBe(2);
  });

  it('tells the client at once about an urgent red flag, and the practitioner until acknowledged', async () => {
    const { call, ready, client } = await invite();
    await ready();
    const submitted = await call('POST', '/submit', {
      answers: completeAnswers(HERSTELKOMPAS_INTAKE_V2, {
        'RF-CAUDA-BLADDER': true,
      }),
    });
    expect(submitted.statusCode).toBe(201);
    expect(submitted.json().urgentInstruction.nl).toMatch(/huisarts/);

    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/clients?search=${encodeURIComponent(client['email'] as string)}`,
      headers: { cookie: owner.cookie },
    });
    expect(listed.json().items[0].openRedFlagCount).toBe(1);
    const flags = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${client.id}/red-flags`,
      headers: { cookie: owner.cookie },
    });
    const [flag] = flags.json();
    expect(flag).toMatchObject({
      flag: {
        itemId: 'RF-CAUDA-BLADDER',
        urgency: 'urgent_same_day',
        condition: 'cauda_equina',
      },
      acknowledged: null,
    });

    const noReason = await t.app.inject({
      method: 'POST',
      url: `/api/red-flags/${flag.id}/acknowledge`,
      headers: owner.headers,
      payload: { action: 'no_action_needed' },
    });
    expect(noReason.statusCode).toBe(400);
    const done = await t.app.inject({
      method: 'POST',
      url: `/api/red-flags/${flag.id}/acknowledge`,
      headers: owner.headers,
      payload: {
        action: 'gp_called',
        note: 'Huisarts gebeld, cliënt wordt vandaag gezien.',
      },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().acknowledged).toMatchObject({ action: 'gp_called' });
    const after = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${client.id}`,
      headers: { cookie: owner.cookie },
    });
    expect(after.json().openRedFlagCount).toBe(0);
  });

  it('answers an expired, a revoked and an unknown link alike', async () => {
    const expired = await invite();
    await t.dataSource.query(
      `UPDATE intake_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [expired.invitation.id],
    );
    const revoked = await invite();
    await t.app.inject({
      method: 'POST',
      url: `/api/intake-invitations/${revoked.invitation.id}/revoke`,
      headers: owner.headers,
    });
    const bodies = [];
    for (const token of [expired.token, revoked.token, 'x'.repeat(43)]) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/intake/${token}/verify`,
        payload: { dateOfBirth: DOB },
      });
      expect(response.statusCode).toBe(404);
      const { message, code, statusCode } = response.json();
      bodies.push({ message, code, statusCode });
    }
    expect(bodies[0]).toEqual(bodies[1]);
    expect(bodies[1]).toEqual(bodies[2]);
    expect(bodies[0]?.code).toBe('intake_unavailable');
  });

  it('tells how to reach the practice on a link it sent that no longer works, and nothing on an unknown token', async () => {
    const expired = await invite();
    const [{ practice_id: practiceId }] = await t.dataSource.query(
      `SELECT practice_id FROM intake_invitations WHERE id = $1`,
      [expired.invitation.id],
    );
    await t.dataSource.query(
      `UPDATE practices SET phone = '030 123 45 67', email = 'info@praktijk.example', kvk = '12345678' WHERE id = $1`,
      [practiceId],
    );
    const [{ name }] = await t.dataSource.query(
      'SELECT name FROM practices WHERE id = $1',
      [practiceId],
    );
    const contact = {
      name,
      phone: '030 123 45 67',
      email: 'info@praktijk.example',
    };
    await t.dataSource.query(
      `UPDATE intake_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [expired.invitation.id],
    );
    const gone = await expired.call('GET', '');
    expect(gone.statusCode).toBe(404);
    expect(gone.json().practice).toEqual(contact);
    const locked = await invite();
    // An address of its own: the per-address limit has its own test.
    const wrong = () =>
      locked.call(
        'POST',
        '/verify',
        { dateOfBirth: '1980-01-01' },
        '198.51.100.77',
      );
    for (let i = 0; i < 4; i++) await wrong();
    const fifth = await wrong();
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().practice).toEqual(contact);
    expect((await locked.call('GET', '')).json().practice).toEqual(contact);
    const unknown = await t.app.inject({
      method: 'GET',
      url: `/api/intake/${'z'.repeat(43)}`,
    });
    expect(unknown.statusCode).toBe(404);
    expect(Object.keys(unknown.json()).sort()).toEqual(
      ['code', 'error', 'message', 'statusCode'].sort(),
    );
  });

  it('limits date-of-birth attempts per address across links', async () => {
    const statuses = [];
    for (let i = 0; i < 21; i++) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/intake/${'y'.repeat(40)}${String(i).padStart(3, '0')}/verify`,
        payload: { dateOfBirth: DOB },
        remoteAddress: '192.0.2.77',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it('logs every step of the intake, with the client as actor', async () => {
    const { call, ready, client } = await invite();
    await ready();
    await call('PUT', '/draft', { answers: { STR1: 2 } });
    await call('PUT', '/draft', { answers: { STR1: 3 } });
    await call('POST', '/submit', {
      answers: completeAnswers(HERSTELKOMPAS_INTAKE_V2),
    });
    const rows = await t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { clientId: client.id }, order: { occurredAt: 'ASC' } });
    expect(rows.map((r) => r.event)).toEqual([
      'client.create',
      'intake.invite',
      'intake.verify',
      'intake.consent',
      'intake.start',
      'intake.submit',
    ]);
    expect(
      rows
        .slice(2)
        .every((r) => r.userId === null && r.details?.['actor'] === 'client'),
    ).toBe(true);
  });

  it('lets the practitioner enter an intake during a session', async () => {
    const client = await buildClient(t.app, owner);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${client.id}/assessments`,
      headers: owner.headers,
      payload: {
        variant: 'baseline',
        answers: completeAnswers(HERSTELKOMPAS_INTAKE_V2),
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      enteredBy: 'practitioner',
      enteredByPractitioner: {
        displayName: expect.stringMatching(/^Eigenaar/),
      },
    });
  });
});

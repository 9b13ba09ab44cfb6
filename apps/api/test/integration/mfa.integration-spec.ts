import { AuditEvent } from '../../src/audit/audit-event.entity';
import { PendingSignIn } from '../../src/auth/mfa/pending-sign-in.entity';
import { Practitioner } from '../../src/practices/practitioner.entity';
import {
  codeAt,
  enrol,
  freshStep,
  passwordStep,
  secondStep,
  sessionOf,
  signInWithCode,
} from '../support/mfa';
import {
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
  TEST_PASSWORD,
} from '../support/test-app';

describe('two-step sign-in (TOTP)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const get = (url: string, session: Session) =>
    t.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
  const post = (url: string, session: Session, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers: session.headers, payload });
  const events = async (userId: string) =>
    (
      await t.dataSource
        .getRepository(AuditEvent)
        .find({ where: { userId }, order: { occurredAt: 'ASC' } })
    ).map((e) => `${e.event}:${e.outcome}`);

  /** A practitioner (MFA optional) with a password-only session. */
  async function practitioner() {
    const { practitioners } = await buildPractice(t.dataSource, {
      practitioners: 1,
    });
    const person = practitioners[0] as Practitioner;
    return { person, session: await signIn(t.app, person.email) };
  }

  describe('enrolment', () => {
    it('shows a secret, its otpauth URI and QR code, and turns MFA on with a valid code', async () => {
      const { person, session } = await practitioner();
      await freshStep();
      const start = await post('/api/auth/mfa/enrolment', session, {
        currentPassword: TEST_PASSWORD,
      });
      expect(start.statusCode).toBe(200);
      const body = start.json();
      expect(body.secret).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
      const secret = body.secret.replace(/ /g, '');
      expect(body.otpauthUri).toContain(`secret=${secret}`);
      expect(body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Herstelkompas:/);
      expect(body.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);

      const wrong = await post('/api/auth/mfa/enrolment/confirm', session, {
        code: codeAt(secret, 3),
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().details).toEqual([
        {
          field: 'code',
          code: 'invalid_code',
          message: 'Deze code klopt niet of is al gebruikt.',
        },
      ]);

      const ok = await post('/api/auth/mfa/enrolment/confirm', session, {
        code: codeAt(secret),
      });
      expect(ok.statusCode).toBe(200);
      const codes = ok.json().recoveryCodes as string[];
      expect(codes).toHaveLength(10);

      const status = await get('/api/auth/mfa', session);
      expect(status.json()).toMatchObject({
        enabled: true,
        required: false,
        recoveryCodesLeft: 10,
      });
      const row = await t.dataSource
        .getRepository(Practitioner)
        .findOneByOrFail({ id: person.id });
      expect(row.mfaSecret).not.toContain(secret);
      expect(row.mfaPendingSecret).toBeNull();
      expect(await events(person.id)).toEqual([
        'auth.mfa_failed:failure',
        'auth.mfa_enrolled:success',
      ]);
    });

    it('answers 409 when MFA is already on', async () => {
      const { session } = await practitioner();
      await enrol(t.app, session);
      const again = await post('/api/auth/mfa/enrolment', session, {
        currentPassword: TEST_PASSWORD,
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('mfa_already_enabled');
    });

    it('asks for the password again before an owner who must enrol gets a secret', async () => {
      const { owner } = await buildPractice(t.dataSource, {
        ownerMfa: 'required',
      });
      const session = await signIn(t.app, owner.email);
      const me = await get('/api/auth/me', session);
      expect(me.json().mfa).toMatchObject({ setupRequired: true });

      const bodiless = await post('/api/auth/mfa/enrolment', session);
      expect(bodiless.statusCode).toBe(400);
      const none = await post('/api/auth/mfa/enrolment', session, {});
      expect(none.statusCode).toBe(400);
      expect(none.json().details).toEqual([
        expect.objectContaining({ field: 'currentPassword', code: 'required' }),
      ]);
      const wrong = await post('/api/auth/mfa/enrolment', session, {
        currentPassword: 'niet mijn wachtwoord',
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().details).toEqual([
        {
          field: 'currentPassword',
          code: 'wrong_password',
          message: 'Je huidige wachtwoord klopt niet.',
        },
      ]);
      expect(wrong.body).not.toMatch(/otpauth|secret/);
      const row = await t.dataSource
        .getRepository(Practitioner)
        .findOneByOrFail({ id: owner.id });
      expect(row.mfaPendingSecret).toBeNull();
      // A wrong password here counts towards the lock-out and is logged.
      const [{ n }] = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM login_attempts WHERE email = $1 AND NOT succeeded',
        [owner.email],
      );
      expect(n).toBe(1);
      expect(await events(owner.id)).toContain(
        'auth.mfa_enrolment_failed:failure',
      );

      const right = await post('/api/auth/mfa/enrolment', session, {
        currentPassword: TEST_PASSWORD,
      });
      expect(right.statusCode).toBe(200);
      expect(right.json().otpauthUri).toMatch(/^otpauth:/);
    });
  });

  describe('signing in', () => {
    it('asks for a code after the password and only then opens a new session', async () => {
      const { person, session } = await practitioner();
      const { secret } = await enrol(t.app, session);

      const first = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: person.email, password: 'correct horse battery' },
      });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toEqual({ mfaRequired: true });
      const names = (first.cookies as { name: string }[]).map((c) => c.name);
      expect(names).toEqual(['hk_mfa_pending']);
      const setCookie = [first.headers['set-cookie']].flat().join('\n');
      expect(setCookie).toMatch(/hk_mfa_pending=[^;]+;.*HttpOnly/);
      expect(setCookie).toMatch(/Max-Age=300/);

      const pending = `hk_mfa_pending=${(first.cookies as { value: string }[])[0]?.value}`;
      const second = await secondStep(t.app, pending, {
        code: codeAt(secret, 1),
      });
      expect(second.statusCode).toBe(200);
      expect(second.json().practitioner.id).toBe(person.id);
      const fresh = sessionOf(
        second.cookies as { name: string; value: string }[],
      );
      expect(fresh.cookie).not.toBe(session.cookie);
      expect((await get('/api/auth/me', fresh)).statusCode).toBe(200);
    });

    it('refuses a code that was used already (replay)', async () => {
      const { person, session } = await practitioner();
      const { secret } = await enrol(t.app, session);
      const code = codeAt(secret, 1);
      await signInWithCode(t.app, person.email, code);
      const pending = await passwordStep(t.app, person.email);
      const replay = await secondStep(t.app, pending, { code });
      expect(replay.statusCode).toBe(401);
      expect(replay.json()).toMatchObject({
        code: 'mfa_invalid_code',
        message: expect.stringMatching(/^Deze code klopt niet/),
      });
    });

    it('accepts one step of clock drift either way and refuses two', async () => {
      const { person, session } = await practitioner();
      const { secret } = await enrol(t.app, session);
      const forget = () =>
        t.dataSource
          .getRepository(Practitioner)
          .update({ id: person.id }, { mfaLastStep: null });
      await freshStep();
      for (const [offset, status] of [
        [-2, 401],
        [2, 401],
        [-1, 200],
        [1, 200],
      ] as const) {
        await forget();
        const pending = await passwordStep(t.app, person.email);
        const answer = await secondStep(t.app, pending, {
          code: codeAt(secret, offset),
        });
        expect({ offset, status: answer.statusCode }).toEqual({
          offset,
          status,
        });
      }
    });

    it('does not open a session before the second step, and a pending sign-in works once', async () => {
      const { person, session } = await practitioner();
      const { secret } = await enrol(t.app, session);
      const pending = await passwordStep(t.app, person.email);
      const me = await t.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: pending },
      });
      expect(me.statusCode).toBe(401);
      expect(
        (await secondStep(t.app, pending, { code: codeAt(secret, 1) }))
          .statusCode,
      ).toBe(200);
      const again = await secondStep(t.app, pending, {
        code: codeAt(secret, 1),
      });
      expect(again.statusCode).toBe(401);
      expect(again.json().code).toBe('mfa_pending_expired');
      // A new first step clears the finished one away.
      await passwordStep(t.app, person.email);
      await expect(
        t.dataSource
          .getRepository(PendingSignIn)
          .countBy({ practitionerId: person.id }),
      ).resolves.toBe(1);
    });

    it('lets a pending sign-in expire after 5 minutes', async () => {
      const { person, session } = await practitioner();
      const { secret } = await enrol(t.app, session);
      const pending = await passwordStep(t.app, person.email);
      const rows = await t.dataSource
        .getRepository(PendingSignIn)
        .findBy({ practitionerId: person.id });
      expect(rows).toHaveLength(1);
      const row = rows[0] as PendingSignIn;
      expect(
        row.expiresAt.getTime() - row.createdAt.getTime(),
      ).toBeLessThanOrEqual(5 * 60_000 + 1000);
      await t.dataSource
        .getRepository(PendingSignIn)
        .update({ id: row.id }, { expiresAt: new Date(Date.now() - 1000) });
      const late = await secondStep(t.app, pending, {
        code: codeAt(secret, 1),
      });
      expect(late.json().code).toBe('mfa_pending_expired');
    });

    it('signs in with a recovery code, once', async () => {
      const { person, session } = await practitioner();
      const { recoveryCodes } = await enrol(t.app, session);
      const code = (recoveryCodes[0] as string)
        .toLowerCase()
        .replace(/-/g, ' ');
      const first = await secondStep(
        t.app,
        await passwordStep(t.app, person.email),
        { recoveryCode: code },
      );
      expect(first.statusCode).toBe(200);
      const second = await secondStep(
        t.app,
        await passwordStep(t.app, person.email),
        { recoveryCode: recoveryCodes[0] },
      );
      expect(second.statusCode).toBe(401);
      const fresh = sessionOf(
        first.cookies as { name: string; value: string }[],
      );
      expect((await get('/api/auth/mfa', fresh)).json().recoveryCodesLeft).toBe(
        9,
      );
      expect(await events(person.id)).toContain(
        'auth.recovery_code_used:success',
      );
    });
  });

  describe('required but not set up', () => {
    it('gives an owner a session that reaches only enrolment, me and sign-out', async () => {
      const { owner } = await buildPractice(t.dataSource, {
        ownerMfa: 'required',
      });
      const session = await signIn(t.app, owner.email);
      const me = await get('/api/auth/me', session);
      expect(me.json().mfa).toEqual({
        enabled: false,
        required: true,
        setupRequired: true,
      });
      const clients = await get('/api/clients', session);
      expect(clients.statusCode).toBe(403);
      expect(clients.json()).toMatchObject({
        code: 'mfa_setup_required',
        message: 'Stel eerst tweestapsverificatie in; daarna kun je verder.',
      });
      expect(
        (
          await post('/api/auth/password', session, {
            currentPassword: 'correct horse battery',
            newPassword: 'another long password',
          })
        ).statusCode,
      ).toBe(403);
      expect((await get('/api/auth/mfa', session)).statusCode).toBe(200);

      await enrol(t.app, session);
      expect((await get('/api/clients', session)).statusCode).toBe(200);
      expect(
        (await get('/api/auth/me', session)).json().mfa.setupRequired,
      ).toBe(false);
    });

    it('refuses to turn MFA off for an owner', async () => {
      const { owner } = await buildPractice(t.dataSource, {
        ownerMfa: 'required',
      });
      const session = await signIn(t.app, owner.email);
      const { secret } = await enrol(t.app, session);
      const off = await post('/api/auth/mfa/disable', session, {
        code: codeAt(secret, 1),
      });
      expect(off.statusCode).toBe(403);
      expect(off.json().code).toBe('mfa_required');
    });

    it('lets the owner require MFA for practitioners; a practitioner cannot change it', async () => {
      const { owner, practitioners } = await buildPractice(t.dataSource, {
        practitioners: 1,
      });
      const person = practitioners[0] as Practitioner;
      const theirs = await signIn(t.app, person.email);
      expect((await get('/api/clients', theirs)).statusCode).toBe(200);

      const refused = await t.app.inject({
        method: 'PATCH',
        url: '/api/practice/security',
        headers: theirs.headers,
        payload: { mfaRequiredForPractitioners: true },
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('owner_only');

      const mine = await signIn(t.app, owner.email);
      const on = await t.app.inject({
        method: 'PATCH',
        url: '/api/practice/security',
        headers: mine.headers,
        payload: { mfaRequiredForPractitioners: true },
      });
      expect(on.statusCode).toBe(200);
      expect(on.json()).toEqual({
        mfaRequiredForPractitioners: true,
        demo: true,
      });
      expect((await get('/api/clients', theirs)).json().code).toBe(
        'mfa_setup_required',
      );
      expect((await get('/api/auth/mfa', theirs)).json()).toMatchObject({
        required: true,
        enabled: false,
      });
      expect(await events(owner.id)).toContain(
        'practice.security_update:success',
      );
    });
  });

  describe('turning off and new recovery codes', () => {
    it('turns MFA off with a current code when it is not required', async () => {
      const { person, session } = await practitioner();
      const { secret } = await enrol(t.app, session);
      const wrong = await post('/api/auth/mfa/disable', session, {
        code: codeAt(secret, 3),
      });
      expect(wrong.statusCode).toBe(400);
      const off = await post('/api/auth/mfa/disable', session, {
        code: codeAt(secret, 1),
      });
      expect(off.statusCode).toBe(204);
      expect((await get('/api/auth/mfa', session)).json()).toMatchObject({
        enabled: false,
        recoveryCodesLeft: 0,
      });
      await expect(signIn(t.app, person.email)).resolves.toBeDefined();
      expect(await events(person.id)).toEqual(
        expect.arrayContaining([
          'auth.mfa_failed:failure',
          'auth.mfa_disabled:success',
        ]),
      );
    });

    it('replaces the recovery codes: the old ones stop working', async () => {
      const { person, session } = await practitioner();
      const { secret, recoveryCodes } = await enrol(t.app, session);
      const fresh = await post('/api/auth/mfa/recovery-codes', session, {
        code: codeAt(secret, 1),
      });
      expect(fresh.statusCode).toBe(200);
      const newCodes = fresh.json().recoveryCodes as string[];
      expect(newCodes).toHaveLength(10);
      expect(newCodes).not.toContain(recoveryCodes[0]);
      const old = await secondStep(
        t.app,
        await passwordStep(t.app, person.email),
        {
          recoveryCode: recoveryCodes[0],
        },
      );
      expect(old.statusCode).toBe(401);
      const current = await secondStep(
        t.app,
        await passwordStep(t.app, person.email),
        {
          recoveryCode: newCodes[0],
        },
      );
      expect(current.statusCode).toBe(200);
    });
  });
});

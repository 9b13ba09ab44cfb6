import pino from 'pino';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import {
  ACCOUNT_MAX_FAILURES,
  IP_MAX_FAILURES,
  LoginThrottle,
} from '../../src/auth/login-throttle';
import { createApp } from '../../src/create-app';
import { createDataSource } from '../../src/database/data-source';
import { Practitioner } from '../../src/practices/practitioner.entity';
import { DEMO_LOGIN, seedDemoPractice } from '../../src/seed/demo-seed';
import { codeAt, enrol, passwordStep, secondStep } from '../support/mfa';
import { createMigratedDatabase, dropDatabase } from '../support/test-database';
import {
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
  testConfig,
  TEST_PASSWORD,
} from '../support/test-app';

describe('account security', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const me = (session: Session) =>
    t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: session.cookie },
    });
  const post = (url: string, session: Session, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers: session.headers, payload });
  const login = (email: string, password: string, ip = '10.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      remoteAddress: ip,
    });
  const events = async (userId: string) =>
    (await t.dataSource.getRepository(AuditEvent).findBy({ userId })).map(
      (e) => e.event,
    );

  async function twoSessions() {
    const { practitioners } = await buildPractice(t.dataSource, {
      practitioners: 1,
    });
    const person = practitioners[0] as Practitioner;
    const here = await signIn(t.app, person.email);
    const elsewhere = await signIn(t.app, person.email);
    return { person, here, elsewhere };
  }

  describe('the password rule', () => {
    const GUESSABLE = [
      '123456789012',
      'aaaaaaaaaaaa',
      'wachtwoord123',
      'welkom123456',
      'password1234',
      'qwertyuiop12',
      'herstelkompas1',
    ];

    it('refuses common and guessable new passwords when changing one, with a field message in both languages', async () => {
      const { person, here } = await twoSessions();
      for (const newPassword of GUESSABLE) {
        const response = await post('/api/auth/password', here, {
          currentPassword: TEST_PASSWORD,
          newPassword,
        });
        expect({ newPassword, status: response.statusCode }).toEqual({
          newPassword,
          status: 400,
        });
        expect(response.json().details).toEqual([
          {
            field: 'newPassword',
            code: 'weak_password',
            message: expect.stringMatching(/te makkelijk te raden/),
          },
        ]);
      }
      const english = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: { ...here.headers, 'accept-language': 'en' },
        payload: {
          currentPassword: TEST_PASSWORD,
          newPassword: 'wachtwoord123',
        },
      });
      expect(english.json().details[0].message).toMatch(/too easy to guess/);
      // Nothing changed: the old password still signs in.
      expect((await login(person.email, TEST_PASSWORD)).statusCode).toBe(200);
    });

    it('refuses them when setting a password from an invitation, and the link keeps working', async () => {
      const { owner } = await buildPractice(t.dataSource);
      const session = await signIn(t.app, owner.email);
      const invited = await post('/api/practitioners', session, {
        email: `sterk-${Date.now()}@example.nl`,
        displayName: 'Nieuwe Collega',
        role: 'practitioner',
      });
      const token = invited.json().setPasswordUrl.split('/').pop();
      for (const password of GUESSABLE) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/auth/set-password',
          payload: { token, password },
        });
        expect({ password, status: response.statusCode }).toEqual({
          password,
          status: 400,
        });
        expect(response.json().details[0]).toMatchObject({
          field: 'password',
          code: 'weak_password',
        });
      }
      const strong = await t.app.inject({
        method: 'POST',
        url: '/api/auth/set-password',
        payload: { token, password: 'fiets lantaarn oceaan 47' },
      });
      expect(strong.statusCode).toBe(204);
    });
  });

  describe('changing the password', () => {
    it('needs the current password, ends the other sessions and keeps this one', async () => {
      const { person, here, elsewhere } = await twoSessions();
      const wrong = await post('/api/auth/password', here, {
        currentPassword: 'not my password',
        newPassword: 'a brand new passphrase',
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().details).toEqual([
        {
          field: 'currentPassword',
          code: 'wrong_password',
          message: 'Je huidige wachtwoord klopt niet.',
        },
      ]);
      const short = await post('/api/auth/password', here, {
        currentPassword: TEST_PASSWORD,
        newPassword: 'too short',
      });
      expect(short.json().details).toEqual([
        {
          field: 'newPassword',
          code: 'too_short',
          message: 'Gebruik minstens 12 tekens.',
        },
      ]);
      const ok = await post('/api/auth/password', here, {
        currentPassword: TEST_PASSWORD,
        newPassword: 'a brand new passphrase',
      });
      expect(ok.statusCode).toBe(204);
      expect((await me(here)).statusCode).toBe(200);
      expect((await me(elsewhere)).statusCode).toBe(401);
      expect((await login(person.email, TEST_PASSWORD)).statusCode).toBe(401);
      expect(
        (await login(person.email, 'a brand new passphrase')).statusCode,
      ).toBe(200);
      expect(await events(person.id)).toEqual(
        expect.arrayContaining([
          'auth.password_change_failed',
          'auth.password_changed',
        ]),
      );
    });
  });

  describe('MFA changes end the other sessions', () => {
    it('when MFA is turned on', async () => {
      const { here, elsewhere } = await twoSessions();
      await enrol(t.app, here);
      expect((await me(here)).statusCode).toBe(200);
      expect((await me(elsewhere)).statusCode).toBe(401);
    });

    it('when recovery codes are replaced and when MFA is turned off', async () => {
      const { person, here } = await twoSessions();
      const { secret } = await enrol(t.app, here);
      const other = await secondStep(
        t.app,
        await passwordStep(t.app, person.email),
        { code: codeAt(secret, 1) },
      );
      const otherCookie = (other.cookies as { name: string; value: string }[])
        .map((c) => `${c.name}=${c.value}`)
        .join('; ');
      const otherMe = () =>
        t.app.inject({
          method: 'GET',
          url: '/api/auth/me',
          headers: { cookie: otherCookie },
        });
      expect((await otherMe()).statusCode).toBe(200);
      // Both codes in the window are used; forget them rather than wait 30 s.
      await t.dataSource
        .getRepository(Practitioner)
        .update({ id: person.id }, { mfaLastStep: null });
      const replaced = await post('/api/auth/mfa/recovery-codes', here, {
        code: codeAt(secret),
      });
      expect(replaced.statusCode).toBe(200);
      const { recoveryCodes } = replaced.json();
      expect((await otherMe()).statusCode).toBe(401);

      const third = await secondStep(
        t.app,
        await passwordStep(t.app, person.email),
        { recoveryCode: recoveryCodes[0] },
      );
      const thirdCookie = (third.cookies as { name: string; value: string }[])
        .map((c) => `${c.name}=${c.value}`)
        .join('; ');
      const off = await post('/api/auth/mfa/disable', here, {
        recoveryCode: recoveryCodes[1],
      });
      expect(off.statusCode).toBe(204);
      const thirdMe = await t.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: thirdCookie },
      });
      expect(thirdMe.statusCode).toBe(401);
      expect((await me(here)).statusCode).toBe(200);
    });
  });

  describe('lock-out', () => {
    it('counts wrong codes as failures: 429 with Retry-After, every failure and the lock logged', async () => {
      const { person, here } = await twoSessions();
      const { secret } = await enrol(t.app, here);
      const pending = await passwordStep(t.app, person.email);
      for (let i = 0; i < ACCOUNT_MAX_FAILURES; i++) {
        const wrong = await secondStep(t.app, pending, {
          code: codeAt(secret, 5 + i),
        });
        expect(wrong.statusCode).toBe(401);
      }
      const locked = await secondStep(t.app, pending, {
        code: codeAt(secret, 1),
      });
      expect(locked.statusCode).toBe(429);
      expect(locked.json().code).toBe('locked');
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(900);
      // The password alone does not reset the count.
      expect((await login(person.email, TEST_PASSWORD)).statusCode).toBe(429);
      const logged = await events(person.id);
      expect(logged.filter((e) => e === 'auth.mfa_failed')).toHaveLength(
        ACCOUNT_MAX_FAILURES,
      );
      expect(logged).toContain('auth.login_blocked');
    });

    it('locks one account after wrong passwords without locking others on the same address', async () => {
      const { owner, practitioners } = await buildPractice(t.dataSource, {
        practitioners: 1,
      });
      const ip = '10.0.1.1';
      for (let i = 0; i < ACCOUNT_MAX_FAILURES; i++)
        expect((await login(owner.email, `wrong ${i}`, ip)).statusCode).toBe(
          401,
        );
      const locked = await login(owner.email, TEST_PASSWORD, ip);
      expect(locked.statusCode).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      const colleague = practitioners[0] as Practitioner;
      expect((await login(colleague.email, TEST_PASSWORD, ip)).statusCode).toBe(
        200,
      );
      const logged = await events(owner.id);
      expect(logged.filter((e) => e === 'auth.login_failed')).toHaveLength(
        ACCOUNT_MAX_FAILURES,
      );
      expect(logged).toContain('auth.login_blocked');
    });

    it('slows down one address guessing at many accounts (429, Retry-After), not other addresses', async () => {
      const ip = '10.0.2.1';
      for (let i = 0; i < IP_MAX_FAILURES; i++)
        await login(`guess-${i}@example.nl`, 'wrong wrong wrong', ip);
      const limited = await login('guess-new@example.nl', 'whatever', ip);
      expect(limited.statusCode).toBe(429);
      expect(limited.json().code).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      const { owner } = await buildPractice(t.dataSource);
      expect(
        (await login(owner.email, TEST_PASSWORD, '10.0.2.2')).statusCode,
      ).toBe(200);
    });

    it('lets an account be guessed far fewer than 100 times an hour, however the guesses are spread', async () => {
      const throttle = t.app.get(LoginThrottle);
      const email = `patient-guesser-${Date.now()}@example.nl`;
      const start = Date.now() - 3 * 3600_000;
      let tried = 0;
      // Every 10 seconds for an hour, from ever-changing addresses; each counted attempt fails.
      for (let at = start; at < start + 3600_000; at += 10_000) {
        const ip = `10.9.${Math.floor(tried / 250)}.${tried % 250}`;
        const verdict = await throttle.begin(email, ip, new Date(at));
        if (!verdict.blocked) tried++;
      }
      expect(tried).toBeGreaterThan(0);
      expect(tried).toBeLessThan(100);
    });
  });
});

describe('the demonstration practice', () => {
  it('signs in with the published password only, for the owner and the colleague, and reads data', async () => {
    const adminUrl = process.env['HK_TEST_ADMIN_URL'] as string;
    const name = await createMigratedDatabase(adminUrl, 'hk_demo');
    const url = new URL(process.env['HK_TEST_DATABASE_URL'] as string);
    url.pathname = `/${name}`;
    const dataSource = createDataSource(url.toString());
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      await seedDemoPractice(dataSource, testConfig().sessionSecret);
      const app = await createApp({
        config: testConfig(),
        dataSource,
        logger: pino({ level: 'silent' }),
        webRoot: '/nonexistent',
      });
      try {
        for (const email of [DEMO_LOGIN.email, 'thomas@herstelkompas.nl']) {
          const session = await signIn(app, email, DEMO_LOGIN.password);
          const clients = await app.inject({
            method: 'GET',
            url: '/api/clients',
            headers: { cookie: session.cookie },
          });
          expect(clients.statusCode).toBe(200);
          const who = await app.inject({
            method: 'GET',
            url: '/api/auth/me',
            headers: { cookie: session.cookie },
          });
          expect(who.json().practice.demo).toBe(true);
          expect(who.json().mfa).toEqual({
            enabled: false,
            required: false,
            setupRequired: false,
          });
        }
      } finally {
        await app.close();
      }
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await dropDatabase(adminUrl, name);
    }
  });
});

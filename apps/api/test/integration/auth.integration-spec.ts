import { Session as SessionRow } from '../../src/auth/session.entity';
import { ACCOUNT_MAX_FAILURES } from '../../src/auth/login-throttle';
import {
  buildPractice,
  createTestApp,
  signIn,
  type TestApp,
  TEST_PASSWORD,
} from '../support/test-app';

describe('sign-in and sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = (
    email: string,
    password: string,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      headers,
    });

  it('signs in with email and password and sets an httpOnly SameSite session cookie', async () => {
    const { owner } = await buildPractice(t.dataSource);
    const response = await login(owner.email.toUpperCase(), TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      practitioner: { id: owner.id, email: owner.email, role: 'owner' },
      practice: { id: owner.practiceId },
    });
    const setCookie = [response.headers['set-cookie']].flat().join('\n');
    expect(setCookie).toMatch(/hk_session=[^;]+;.*HttpOnly/);
    expect(setCookie).toMatch(/hk_session=[^;]+;.*SameSite=Lax/);
    expect(setCookie).toMatch(/XSRF-TOKEN=[^;]+;/);
    expect(setCookie).not.toMatch(/XSRF-TOKEN=[^\n]*HttpOnly/);
  });

  it('answers a wrong password and an unknown email with the same generic 401', async () => {
    const { owner } = await buildPractice(t.dataSource);
    const wrong = await login(owner.email, 'not the password at all');
    const unknown = await login(
      'nobody-here@example.nl',
      'not the password at all',
    );
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().message).toBe(
      'Het e-mailadres of wachtwoord klopt niet.',
    );
  });

  it('speaks English when the browser prefers it', async () => {
    const response = await login('nobody-en@example.nl', 'whatever-whatever', {
      'accept-language': 'en-GB,en;q=0.9',
    });
    expect(response.json().message).toBe(
      'The email address or password is incorrect.',
    );
  });

  it('answers 401 on /api/auth/me without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      statusCode: 401,
      code: 'unauthenticated',
    });
  });

  it('returns the practitioner and practice on /api/auth/me with a session', async () => {
    const { owner } = await buildPractice(t.dataSource);
    const session = await signIn(t.app, owner.email);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().practitioner.displayName).toBe(owner.displayName);
  });

  it('ends the session at logout, so the cookie no longer works', async () => {
    const { owner } = await buildPractice(t.dataSource);
    const session = await signIn(t.app, owner.email);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: session.headers,
    });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(me.statusCode).toBe(401);
  });

  it('gives a new session id at every sign-in and ends the previous one', async () => {
    const { owner } = await buildPractice(t.dataSource);
    const first = await signIn(t.app, owner.email);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: owner.email, password: TEST_PASSWORD },
      headers: { cookie: first.cookie },
    });
    expect(again.statusCode).toBe(200);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: first.cookie },
    });
    expect(me.statusCode).toBe(401);
  });

  describe('CSRF', () => {
    it('refuses a state-changing request without the X-XSRF-TOKEN header', async () => {
      const { owner } = await buildPractice(t.dataSource);
      const session = await signIn(t.app, owner.email);
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: session.cookie },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('csrf');
      const me = await t.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: session.cookie },
      });
      expect(me.statusCode).toBe(200);
    });

    it('refuses a token that belongs to another session', async () => {
      const { owner, practitioners } = await buildPractice(t.dataSource, {
        practitioners: 1,
      });
      const mine = await signIn(t.app, owner.email);
      const theirs = await signIn(
        t.app,
        (practitioners[0] as { email: string }).email,
      );
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: mine.cookie, 'x-xsrf-token': theirs.xsrf },
      });
      expect(response.statusCode).toBe(403);
    });

    it('refuses a request sent from another origin, even with the token', async () => {
      const { owner } = await buildPractice(t.dataSource);
      const session = await signIn(t.app, owner.email);
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { ...session.headers, origin: 'https://evil.example' },
      });
      expect(response.statusCode).toBe(403);
    });

    it('refuses a cross-site sign-in attempt', async () => {
      const { owner } = await buildPractice(t.dataSource);
      const response = await login(owner.email, TEST_PASSWORD, {
        'sec-fetch-site': 'cross-site',
      });
      expect(response.statusCode).toBe(403);
    });
  });

  describe('lock-out', () => {
    it(`locks an account after ${ACCOUNT_MAX_FAILURES} failures and says in Dutch when to try again`, async () => {
      const { owner } = await buildPractice(t.dataSource);
      for (let i = 0; i < ACCOUNT_MAX_FAILURES; i++) {
        expect(
          (await login(owner.email, `wrong password ${i}`)).statusCode,
        ).toBe(401);
      }
      const locked = await login(owner.email, TEST_PASSWORD);
      expect(locked.statusCode).toBe(429);
      const body = locked.json();
      expect(body.code).toBe('locked');
      expect(body.message).toMatch(
        /^Te veel mislukte pogingen\. Probeer het opnieuw om \d{2}:\d{2}\.$/,
      );
      expect(Date.parse(body.retryAt)).toBeGreaterThan(Date.now());
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('does not lock other accounts of the same practice', async () => {
      const { owner, practitioners } = await buildPractice(t.dataSource, {
        practitioners: 1,
      });
      for (let i = 0; i < ACCOUNT_MAX_FAILURES; i++)
        await login(owner.email, `wrong password ${i}`);
      const other = await login(
        (practitioners[0] as { email: string }).email,
        TEST_PASSWORD,
      );
      expect(other.statusCode).toBe(200);
    });

    it('counts failures of an unknown address too, revealing nothing', async () => {
      for (let i = 0; i < ACCOUNT_MAX_FAILURES; i++)
        await login('ghost@example.nl', `wrong password ${i}`);
      expect(
        (await login('ghost@example.nl', 'anything-anything')).json().code,
      ).toBe('locked');
    });
  });

  describe('expiry', () => {
    it('ends a session that was idle longer than the idle limit', async () => {
      const { owner } = await buildPractice(t.dataSource);
      const session = await signIn(t.app, owner.email);
      await t.dataSource
        .getRepository(SessionRow)
        .update(
          { practitionerId: owner.id },
          { lastSeenAt: new Date(Date.now() - 31 * 60_000) },
        );
      const me = await t.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: session.cookie },
      });
      expect(me.statusCode).toBe(401);
      expect(me.json()).toMatchObject({
        code: 'session_expired',
        message: 'Je sessie is verlopen. Log opnieuw in.',
      });
    });

    it('ends a session past its absolute limit even when it was active', async () => {
      const { owner } = await buildPractice(t.dataSource);
      const session = await signIn(t.app, owner.email);
      await t.dataSource
        .getRepository(SessionRow)
        .update(
          { practitionerId: owner.id },
          { expiresAt: new Date(Date.now() - 1000) },
        );
      const me = await t.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: session.cookie },
      });
      expect(me.json().code).toBe('session_expired');
    });
  });

  it('stores the language preference', async () => {
    const { owner } = await buildPractice(t.dataSource);
    const session = await signIn(t.app, owner.email);
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/me/preferences',
      headers: session.headers,
      payload: { language: 'en' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().practitioner.language).toBe('en');
  });

  it('rejects bad input with field-level messages', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'not-an-email', extra: 1 },
    });
    expect(response.statusCode).toBe(400);
    const details = response.json().details as {
      field: string;
      code: string;
      message: string;
    }[];
    expect(details).toEqual(
      expect.arrayContaining([
        {
          field: 'email',
          code: 'invalid_email',
          message: 'Vul een geldig e-mailadres in.',
        },
        {
          field: 'password',
          code: 'required',
          message: 'Dit veld is verplicht.',
        },
        {
          field: 'extra',
          code: 'unknown_field',
          message: 'Dit veld is onbekend.',
        },
      ]),
    );
  });

  it('answers malformed JSON with a 400 JSON body, not a stack trace', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      statusCode: 400,
      code: 'bad_json',
    });
    expect(response.body).not.toMatch(/at \w+ \(/);
  });
});

import type { InjectOptions } from 'fastify';
import { randomUUID } from 'node:crypto';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { MfaVerifier } from '../../src/auth/mfa/mfa-verifier';
import * as passwords from '../../src/auth/passwords';
import { loadConfig } from '../../src/config/config';
import { Practitioner } from '../../src/practices/practitioner.entity';
import { RateLimiter } from '../../src/rate-limit/rate-limiter';
import { codeAt, enrol, sessionOf } from '../support/mfa';
import {
  buildClient,
  buildPractice,
  createTestApp,
  signIn,
  type TestApp,
  TEST_PASSWORD,
} from '../support/test-app';

// Bursts of 60 to 200 requests, some hashing passwords: slow on a busy machine.
jest.setTimeout(120_000);

/** What the lock-out promises: evaluations per account and per address in 15 minutes. */
const ACCOUNT_LIMIT = 5;
const ADDRESS_LIMIT = 30;

type Response = Awaited<ReturnType<TestApp['app']['inject']>>;

/** An address of its own per test, so the tests do not throttle each other. */
let addresses = 0;
const freshAddress = () => {
  const n = addresses++;
  return `10.77.${Math.floor(n / 250)}.${(n % 250) + 1}`;
};

function tally(responses: Response[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const r of responses)
    counts[r.statusCode] = (counts[r.statusCode] ?? 0) + 1;
  return counts;
}

/** Every refusal is a 429 with a code, a Retry-After in the next 15 minutes. */
function expectThrottled(responses: Response[], code: string[]): void {
  for (const r of responses.filter((r) => r.statusCode === 429)) {
    expect(code).toContain(r.json().code);
    expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(r.headers['retry-after'])).toBeLessThanOrEqual(900);
  }
}

describe('attempts at secrets under attack', () => {
  let t: TestApp;
  let verifyPassword: jest.SpyInstance;
  let burnVerification: jest.SpyInstance;
  let hashPassword: jest.SpyInstance;
  let verifyFactor: jest.SpyInstance;
  let acceptTotp: jest.SpyInstance;

  beforeAll(async () => {
    t = await createTestApp();
    verifyPassword = jest.spyOn(passwords, 'verifyPassword');
    burnVerification = jest.spyOn(passwords, 'burnVerification');
    hashPassword = jest.spyOn(passwords, 'hashPassword');
    const verifier = t.app.get(MfaVerifier);
    verifyFactor = jest.spyOn(verifier, 'verify');
    acceptTotp = jest.spyOn(verifier, 'acceptTotp');
  });
  beforeEach(() => jest.clearAllMocks());
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  const inject = (options: InjectOptions) => t.app.inject(options);
  const login = (email: string, password: string, remoteAddress: string) =>
    inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      remoteAddress,
    });
  const events = async (userId: string) =>
    (await t.dataSource.getRepository(AuditEvent).findBy({ userId })).map(
      (e) => e.event,
    );
  const atOnce = (n: number, request: (i: number) => Promise<Response>) =>
    Promise.all(Array.from({ length: n }, (_, i) => request(i)));

  /** A practitioner with TOTP on, and their password step's pending cookie. */
  async function withTwoStep(address: string) {
    const { practitioners } = await buildPractice(t.dataSource, {
      practitioners: 1,
    });
    const person = practitioners[0] as Practitioner;
    const session = await signIn(t.app, person.email);
    const { secret, recoveryCodes } = await enrol(t.app, session);
    const first = await login(person.email, TEST_PASSWORD, address);
    expect(first.json()).toEqual({ mfaRequired: true });
    const pending = (first.cookies as { name: string; value: string }[])
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    jest.clearAllMocks();
    return { person, session, secret, recoveryCodes, pending };
  }

  it('evaluates at most 5 of 60 wrong passwords sent at once for one account; the rest get 429', async () => {
    const { owner } = await buildPractice(t.dataSource);
    const address = freshAddress();
    const answers = await atOnce(60, (i) =>
      login(owner.email, `wrong password ${i}`, address),
    );
    const counts = tally(answers);
    console.log(
      `60 wrong passwords at once, one account, one address: ${verifyPassword.mock.calls.length} evaluated, ${JSON.stringify(counts)}`,
    );
    expect(verifyPassword.mock.calls.length).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    expect(counts[401] ?? 0).toBe(verifyPassword.mock.calls.length);
    expect((counts[401] ?? 0) + (counts[429] ?? 0)).toBe(60);
    expectThrottled(answers, ['locked']);
    // Locked: even the right password is refused now, from anywhere.
    const right = await login(owner.email, TEST_PASSWORD, freshAddress());
    expect(right.statusCode).toBe(429);
    expect(right.json().code).toBe('locked');
    const logged = await events(owner.id);
    expect(logged.filter((e) => e === 'auth.login_failed').length).toBe(
      counts[401],
    );
    expect(logged).toContain('auth.login_blocked');
  });

  it('evaluates at most 5 of 60 wrong passwords for one account sent at once from 60 addresses', async () => {
    const { owner, practitioners } = await buildPractice(t.dataSource, {
      practitioners: 1,
    });
    const answers = await atOnce(60, (i) =>
      login(owner.email, `wrong password ${i}`, freshAddress()),
    );
    console.log(
      `60 wrong passwords at once, one account, 60 addresses: ${verifyPassword.mock.calls.length} evaluated, ${JSON.stringify(tally(answers))}`,
    );
    expect(verifyPassword.mock.calls.length).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    expectThrottled(answers, ['locked']);
    // Another account is not affected.
    const colleague = practitioners[0] as Practitioner;
    expect(
      (await login(colleague.email, TEST_PASSWORD, freshAddress())).statusCode,
    ).toBe(200);
  });

  it('evaluates at most 30 of 150 wrong passwords on many accounts sent at once from one address', async () => {
    const address = freshAddress();
    const answers = await atOnce(150, (i) =>
      login(`nobody-${i}-${randomUUID()}@example.nl`, 'wrong wrong', address),
    );
    const counts = tally(answers);
    // Unknown accounts: the password is checked against a throw-away hash.
    const evaluated = burnVerification.mock.calls.length;
    console.log(
      `150 wrong passwords at once, 150 accounts, one address: ${evaluated} evaluated, ${JSON.stringify(counts)}`,
    );
    expect(evaluated).toBeLessThanOrEqual(ADDRESS_LIMIT);
    expect(counts[401] ?? 0).toBe(evaluated);
    expect(counts[401] ?? 0).toBeLessThanOrEqual(ADDRESS_LIMIT);
    expect(counts[429] ?? 0).toBeGreaterThanOrEqual(150 - ADDRESS_LIMIT);
    expectThrottled(answers, ['rate_limited']);
  });

  it('throttles an address after 30 failures even when its own successful sign-ins come in between', async () => {
    const { owner } = await buildPractice(t.dataSource);
    const address = freshAddress();
    const statuses: number[] = [];
    for (let round = 0; round < 30; round++) {
      for (let i = 0; i < 2; i++)
        statuses.push(
          (await login(`guess-${round}-${i}@example.nl`, 'wrong', address))
            .statusCode,
        );
      statuses.push(
        (await login(owner.email, TEST_PASSWORD, address)).statusCode,
      );
    }
    const failures = statuses.filter((s) => s === 401).length;
    const firstRefusal = statuses.indexOf(429);
    console.log(
      `30 rounds of 2 failures + 1 own success from one address: ${failures} × 401, ${statuses.filter((s) => s === 200).length} × 200, ${statuses.filter((s) => s === 429).length} × 429`,
    );
    expect(failures).toBe(ADDRESS_LIMIT);
    // The 30th failure is the 44th request (15 rounds of 3, less the last success).
    expect(firstRefusal).toBe(44);
    expect(statuses.slice(44).every((s) => s === 429)).toBe(true);
  });

  it('evaluates at most 5 of 60 wrong TOTP codes sent at once on one pending sign-in', async () => {
    const address = freshAddress();
    const { person, secret, pending } = await withTwoStep(address);
    const answers = await atOnce(60, (i) =>
      inject({
        method: 'POST',
        url: '/api/auth/login/mfa',
        headers: { cookie: pending },
        payload: { code: codeAt(secret, 100 + i) },
        remoteAddress: address,
      }),
    );
    const counts = tally(answers);
    console.log(
      `60 wrong codes at once, one pending sign-in: ${verifyFactor.mock.calls.length} evaluated, ${JSON.stringify(counts)}`,
    );
    expect(verifyFactor.mock.calls.length).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    expect(counts[401] ?? 0).toBe(verifyFactor.mock.calls.length);
    expect((counts[401] ?? 0) + (counts[429] ?? 0)).toBe(60);
    expectThrottled(answers, ['locked', 'rate_limited']);
    const logged = await events(person.id);
    expect(logged.filter((e) => e === 'auth.mfa_failed').length).toBe(
      counts[401],
    );
    expect(logged).toContain('auth.login_blocked');
  });

  it('evaluates at most 5 of 60 wrong recovery codes sent at once', async () => {
    const address = freshAddress();
    const { secret, pending } = await withTwoStep(address);
    const answers = await atOnce(60, (i) =>
      inject({
        method: 'POST',
        url: '/api/auth/login/mfa',
        headers: { cookie: pending },
        payload: { recoveryCode: `AAAA-BBBB-${String(i).padStart(4, '2')}` },
        remoteAddress: address,
      }),
    );
    console.log(
      `60 wrong recovery codes at once: ${verifyFactor.mock.calls.length} evaluated, ${JSON.stringify(tally(answers))}`,
    );
    expect(verifyFactor.mock.calls.length).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    expectThrottled(answers, ['locked', 'rate_limited']);
    // Locked: the right code is refused too.
    const right = await inject({
      method: 'POST',
      url: '/api/auth/login/mfa',
      headers: { cookie: pending },
      payload: { code: codeAt(secret) },
      remoteAddress: freshAddress(),
    });
    expect(right.statusCode).toBe(429);
  });

  it('evaluates at most 5 of 60 wrong current passwords sent at once to change the password', async () => {
    const { practitioners } = await buildPractice(t.dataSource, {
      practitioners: 1,
    });
    const person = practitioners[0] as Practitioner;
    const session = await signIn(t.app, person.email);
    jest.clearAllMocks();
    const answers = await atOnce(60, (i) =>
      inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: session.headers,
        payload: {
          currentPassword: `not my password ${i}`,
          newPassword: 'a brand new passphrase',
        },
      }),
    );
    const counts = tally(answers);
    console.log(
      `60 wrong current passwords at once: ${verifyPassword.mock.calls.length} evaluated, ${JSON.stringify(counts)}`,
    );
    expect(verifyPassword.mock.calls.length).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    expect(counts[400] ?? 0).toBe(verifyPassword.mock.calls.length);
    expectThrottled(answers, ['locked', 'rate_limited']);
    expect(hashPassword).not.toHaveBeenCalled();
  });

  it('evaluates at most 5 of 60 wrong codes sent at once to turn two-step sign-in off or replace recovery codes', async () => {
    const { session } = await withTwoStep(freshAddress());
    const answers = await atOnce(60, (i) =>
      inject({
        method: 'POST',
        url: i % 2 ? '/api/auth/mfa/disable' : '/api/auth/mfa/recovery-codes',
        headers: session.headers,
        payload: { code: String(100000 + i * 7919).slice(0, 6) },
      }),
    );
    console.log(
      `60 wrong codes at once to disable / replace recovery codes: ${verifyFactor.mock.calls.length} evaluated, ${JSON.stringify(tally(answers))}`,
    );
    expect(verifyFactor.mock.calls.length).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    expectThrottled(answers, ['locked', 'rate_limited']);
  });

  it('evaluates at most 5 of 60 wrong codes sent at once to confirm an enrolment', async () => {
    const { practitioners } = await buildPractice(t.dataSource, {
      practitioners: 1,
    });
    const session = await signIn(
      t.app,
      (practitioners[0] as Practitioner).email,
    );
    const start = await inject({
      method: 'POST',
      url: '/api/auth/mfa/enrolment',
      headers: session.headers,
      payload: { currentPassword: TEST_PASSWORD },
    });
    expect(start.statusCode).toBe(200);
    const secret = (start.json().secret as string).replace(/ /g, '');
    jest.clearAllMocks();
    const answers = await atOnce(60, (i) =>
      inject({
        method: 'POST',
        url: '/api/auth/mfa/enrolment/confirm',
        headers: session.headers,
        payload: { code: codeAt(secret, 100 + i) },
      }),
    );
    console.log(
      `60 wrong codes at once to confirm an enrolment: ${acceptTotp.mock.calls.length} evaluated, ${JSON.stringify(tally(answers))}`,
    );
    expect(acceptTotp.mock.calls.length).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    expectThrottled(answers, ['locked', 'rate_limited']);
  });

  it('looks up at most 30 of 200 random invitation tokens sent at once from one address, and hashes no password for them', async () => {
    const address = freshAddress();
    const answers = await atOnce(200, () =>
      inject({
        method: 'POST',
        url: '/api/auth/set-password',
        payload: {
          token: randomUUID().replace(/-/g, ''),
          password: 'a long enough passphrase',
        },
        remoteAddress: address,
      }),
    );
    const counts = tally(answers);
    console.log(
      `200 random invitation tokens at once from one address: ${hashPassword.mock.calls.length} passwords hashed, ${JSON.stringify(counts)}`,
    );
    expect(hashPassword).not.toHaveBeenCalled();
    expect(counts[400] ?? 0).toBeLessThanOrEqual(ADDRESS_LIMIT);
    expect((counts[400] ?? 0) + (counts[429] ?? 0)).toBe(200);
    expectThrottled(answers, ['rate_limited']);
    for (const r of answers.filter((r) => r.statusCode === 400))
      expect(r.json().code).toBe('invitation_invalid');
  });

  it('still completes a real invitation, hashing its password once', async () => {
    const { owner } = await buildPractice(t.dataSource);
    const session = await signIn(t.app, owner.email);
    const invited = await inject({
      method: 'POST',
      url: '/api/practitioners',
      headers: session.headers,
      payload: {
        email: `invited-${randomUUID().slice(0, 8)}@example.nl`,
        displayName: 'Nieuwe collega',
        role: 'practitioner',
      },
    });
    expect(invited.statusCode).toBe(201);
    const token = String(invited.json().setPasswordUrl).split('/').pop();
    jest.clearAllMocks();
    const done = await inject({
      method: 'POST',
      url: '/api/auth/set-password',
      payload: { token, password: 'a long enough passphrase' },
      remoteAddress: freshAddress(),
    });
    expect(done.statusCode).toBe(204);
    expect(hashPassword).toHaveBeenCalledTimes(1);
    const again = await inject({
      method: 'POST',
      url: '/api/auth/set-password',
      payload: { token, password: 'another long passphrase' },
      remoteAddress: freshAddress(),
    });
    expect(again.statusCode).toBe(400);
    expect(hashPassword).toHaveBeenCalledTimes(1);
  });

  it('checks at most 5 of 60 wrong dates of birth sent at once on one intake link', async () => {
    const { owner } = await buildPractice(t.dataSource);
    const session = await signIn(t.app, owner.email);
    const client = await buildClient(t.app, session, {
      dateOfBirth: '1978-04-23',
    });
    const created = await inject({
      method: 'POST',
      url: `/api/clients/${client.id}/intake-invitations`,
      headers: session.headers,
      payload: { variant: 'baseline' },
    });
    expect(created.statusCode).toBe(201);
    const token = String(created.json().url).split('/intake/')[1];
    // From many addresses, so only the link's own count can stop them.
    const answers = await atOnce(60, (i) =>
      inject({
        method: 'POST',
        url: `/api/intake/${token}/verify`,
        payload: {
          dateOfBirth: `1980-01-${String((i % 28) + 1).padStart(2, '0')}`,
        },
        remoteAddress: freshAddress(),
      }),
    );
    const checked = await t.dataSource
      .getRepository(AuditEvent)
      .countBy({ event: 'intake.verify_failed', clientId: client.id });
    const locked = await t.dataSource
      .getRepository(AuditEvent)
      .countBy({ event: 'intake.locked', clientId: client.id });
    console.log(
      `60 wrong dates of birth at once on one link: ${checked + locked} checked, ${JSON.stringify(tally(answers))}`,
    );
    expect(checked + locked).toBeLessThanOrEqual(5);
    expect(tally(answers)[401] ?? 0).toBe(checked);
    expect(locked).toBe(1);
  });

  it('lets exactly the limit of 60 requests at once through the shared rate counter (intake addresses and links)', async () => {
    const limiter = t.app.get(RateLimiter);
    const key = `burst-${randomUUID()}`;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 60 }, () => limiter.hit(key, 5, 15 * 60)),
    );
    const passed = outcomes.filter((o) => o.status === 'fulfilled').length;
    console.log(
      `60 requests at once on one rate counter (limit 5): ${passed} passed`,
    );
    expect(passed).toBe(5);
  });

  describe('behind a trusted proxy', () => {
    /** The proxy in front of the app, and the real client it saw. */
    const PROXY = '10.0.0.2';
    const REAL = '203.0.113.50';

    async function forgedRun(
      app: TestApp,
      forwardedFor: (i: number) => string,
      from = PROXY,
    ) {
      const { owner } = await buildPractice(app.dataSource);
      const answers: Response[] = [];
      for (let i = 0; i < 40; i++)
        answers.push(
          await app.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: {
              email: i === 0 ? owner.email : `guess-${i}@example.nl`,
              password: 'wrong wrong',
            },
            headers: { 'x-forwarded-for': forwardedFor(i) },
            remoteAddress: from,
          }),
        );
      const logged = await app.dataSource
        .getRepository(AuditEvent)
        .findOneByOrFail({ userId: owner.id, event: 'auth.login_failed' });
      return { counts: tally(answers), ip: logged.ip };
    }

    it('with TRUST_PROXY=1 ignores a forged leftmost X-Forwarded-For: the address is the one the proxy saw', async () => {
      const proxied = await createTestApp({
        trustProxy: loadConfig({ TRUST_PROXY: '1' }).trustProxy,
      });
      try {
        const { counts, ip } = await forgedRun(
          proxied,
          (i) => `198.18.${i}.${i + 1}, ${REAL}`,
        );
        console.log(
          `TRUST_PROXY=1, 40 failed sign-ins with 40 forged X-Forwarded-For: ${JSON.stringify(counts)}, access log address ${ip}`,
        );
        expect(counts[401]).toBe(ADDRESS_LIMIT);
        expect(counts[429]).toBe(40 - ADDRESS_LIMIT);
        expect(ip).toBe(REAL);
      } finally {
        await proxied.close();
      }
    });

    it('with TRUST_PROXY=10.0.0.0/8 believes only the listed proxies', async () => {
      const proxied = await createTestApp({
        trustProxy: loadConfig({ TRUST_PROXY: '10.0.0.0/8' }).trustProxy,
      });
      try {
        // Two proxies of the network in a row: the client is the first address before them.
        const viaProxies = await forgedRun(
          proxied,
          (i) => `198.18.${i}.${i + 1}, 203.0.113.60, 10.0.0.9`,
        );
        console.log(
          `TRUST_PROXY=10.0.0.0/8, 40 failed sign-ins with 40 forged X-Forwarded-For: ${JSON.stringify(viaProxies.counts)}, access log address ${viaProxies.ip}`,
        );
        expect(viaProxies.counts[401]).toBe(ADDRESS_LIMIT);
        expect(viaProxies.ip).toBe('203.0.113.60');
        // A caller that is not one of the proxies is its own address, whatever it writes.
        const direct = await forgedRun(
          proxied,
          (i) => `198.19.${i}.${i + 1}`,
          '198.51.100.20',
        );
        expect(direct.counts[401]).toBe(ADDRESS_LIMIT);
        expect(direct.ip).toBe('198.51.100.20');
      } finally {
        await proxied.close();
      }
    });
  });

  it('counts a right password and a right code as no failure: six full sign-ins in a row from one address', async () => {
    const address = freshAddress();
    const { person, secret } = await withTwoStep(address);
    for (let i = 0; i < ACCOUNT_LIMIT + 1; i++) {
      // Each round uses the current step's code again: forget it was used.
      await t.dataSource
        .getRepository(Practitioner)
        .update({ id: person.id }, { mfaLastStep: null });
      const first = await login(person.email, TEST_PASSWORD, address);
      expect(first.statusCode).toBe(200);
      const pending = (first.cookies as { name: string; value: string }[])
        .map((c) => `${c.name}=${c.value}`)
        .join('; ');
      const second = await inject({
        method: 'POST',
        url: '/api/auth/login/mfa',
        headers: { cookie: pending },
        payload: { code: codeAt(secret) },
        remoteAddress: address,
      });
      expect(second.statusCode).toBe(200);
      expect(
        sessionOf(second.cookies as { name: string; value: string }[]).cookie,
      ).toContain('=');
    }
  });
});

import { HERSTELKOMPAS_INTAKE_V2 } from '@herstelkompas/domain';
import { routesOf } from '../../src/create-app';
import { completeAnswers } from '../support/answers';
import {
  invitePortal,
  type PortalBrowser,
  portalBrowser,
} from '../support/portal';
import { pngImage } from '../support/images';
import { changedTables, tableSnapshot } from '../support/table-snapshot';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const OWN_ORIGIN = 'http://localhost:3000';
const CROSS_SITE = {
  origin: 'https://elders.example',
  'sec-fetch-site': 'cross-site',
};

/**
 * Public state-changing routes: they run without a session, so there is no
 * CSRF token to leave out. The origin check refuses them cross-site, and the
 * intake cookie is SameSite=Strict besides.
 */
const PUBLIC_UNSAFE =
  /^\/api\/(auth\/login|auth\/set-password|auth\/password-reset|intake\/:token|portal\/sessions|portal\/sign-in-link)/;

/**
 * Reading may leave only these traces, each bookkeeping by design:
 * - audit_events: every read of client data is logged (the access log);
 * - rate_limit_hits: the public intake counts each request per address and link;
 * - sessions.last_seen_at: left out of every snapshot; reading keeps the
 *   session alive (idle timeout), and the guard confirms the session before
 *   it checks the token.
 */
// GET /api/clients/:id/reports/progress.pdf draws the report and logs the
// read; only POST keeps a report, so `reports` is not on this list.
const GET_MAY_CHANGE = ['audit_events', 'rate_limit_hits'];
const IGNORED = {
  sessions: ['last_seen_at'],
  portal_sessions: ['last_seen_at'],
};
/** The logo is no health data: the browser keeps it and asks whether it changed. */
const REVALIDATED = { '/api/practice/logo': 'private, no-cache' } as Record<
  string,
  string
>;

describe('CSRF: state changes only from our own site, never on GET', () => {
  let t: TestApp;
  let owner: Session;
  let otherSession: Session;
  let ids: Record<string, string>;
  let intakeToken: string;
  let intakeCookie: string;
  let feedToken: string;
  let portal: PortalBrowser;
  let otherPortal: PortalBrowser;
  let portalToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    const a = await buildPractice(t.dataSource, { practitioners: 1 });
    owner = await signIn(t.app, a.owner.email);
    otherSession = await signIn(
      t.app,
      (a.practitioners[0] as { email: string }).email,
    );
    const client = await buildClient(t.app, owner, {
      dateOfBirth: '1978-04-23',
    });
    const post = async (url: string, payload: object) =>
      (
        await t.app.inject({
          method: 'POST',
          url,
          headers: owner.headers,
          payload,
        })
      ).json();
    const invitation = await post(
      `/api/clients/${client.id}/intake-invitations`,
      { variant: 'baseline' },
    );
    intakeToken = String(invitation.url).split('/intake/')[1] as string;
    const verified = await t.app.inject({
      method: 'POST',
      url: `/api/intake/${intakeToken}/verify`,
      payload: { dateOfBirth: '1978-04-23' },
    });
    const cookie = (verified.cookies as { name: string; value: string }[])[0];
    intakeCookie = `${cookie?.name}=${cookie?.value}`;
    const flagged = await buildClient(t.app, owner);
    await post(`/api/clients/${flagged.id}/assessments`, {
      variant: 'baseline',
      answers: completeAnswers(HERSTELKOMPAS_INTAKE_V2, {
        'RF-CAUDA-BLADDER': true,
      }),
    });
    const [flag] = await t.dataSource.query(
      'SELECT id FROM red_flag_reviews WHERE client_id = $1',
      [flagged.id],
    );
    const note = await post(`/api/clients/${client.id}/session-notes`, {
      sessionDate: '2026-11-20T10:00:00Z',
      type: 'coaching',
      text: 'notitie',
    });
    const goal = await post(`/api/clients/${client.id}/goals`, {
      domain: 'sleep',
      description: 'doel',
    });
    const report = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${client.id}/reports/progress.pdf`,
      headers: owner.headers,
    });
    const appointment = await post('/api/appointments', {
      clientId: client.id,
      start: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      durationMinutes: 30,
      type: 'coaching',
    });
    portal = await portalBrowser(t.app, owner, client.id, '1978-04-23');
    otherPortal = await portalBrowser(t.app, owner, client.id, '1978-04-23');
    portalToken = await invitePortal(t.app, owner, client.id);
    const feed = await post('/api/calendar-feed', {});
    await t.app.inject({
      method: 'PUT',
      url: '/api/practice/logo',
      headers: { ...owner.headers, 'content-type': 'image/png' },
      payload: await pngImage(30, 10),
    });
    feedToken = String(feed.url).split('/api/calendar-feeds/')[1] as string;
    ids = {
      appointment: appointment.id,
      client: client.id,
      practitioner: (a.practitioners[0] as { id: string }).id,
      invitation: invitation.id,
      redFlag: flag.id,
      note: note.id,
      goal: goal.id,
      report: String(report.headers['x-report-id']),
    };
  });
  afterAll(() => t.close());

  const concrete = (url: string) => {
    const id = url.startsWith('/api/practitioners')
      ? ids['practitioner']
      : url.startsWith('/api/intake-invitations')
        ? ids['invitation']
        : url.startsWith('/api/red-flags')
          ? ids['redFlag']
          : url.startsWith('/api/session-notes')
            ? ids['note']
            : url.startsWith('/api/goals')
              ? ids['goal']
              : url.startsWith('/api/reports') ||
                  url.startsWith('/api/portal/reports')
                ? ids['report']
                : url.startsWith('/api/appointments')
                  ? ids['appointment']
                  : ids['client'];
    return url
      .replace(':lessonId', 'scans')
      .replace(':id', String(id))
      .replace(
        ':token',
        url.startsWith('/api/calendar-feeds/')
          ? feedToken
          : url.startsWith('/api/portal/')
            ? portalToken
            : intakeToken,
      )
      .replace(/\*$/, 'swagger-ui.css');
  };
  const cookieFor = (url: string) =>
    url.startsWith('/api/intake/')
      ? `${owner.cookie}; ${intakeCookie}`
      : url.startsWith('/api/portal/')
        ? `${owner.cookie}; ${portal.cookie}`
        : owner.cookie;
  /** The portal echoes its own token in its own header; the practitioner's does not count there. */
  const tokenHeader = (
    url: string,
    of: 'own' | 'other',
  ): Record<string, string> =>
    url.startsWith('/api/portal/')
      ? { 'x-portal-xsrf': of === 'own' ? portal.xsrf : otherPortal.xsrf }
      : { 'x-xsrf-token': of === 'own' ? owner.xsrf : otherSession.xsrf };

  it('refuses every state-changing route cross-site, and without the CSRF token, changing nothing', async () => {
    const routes = routesOf(t.app).filter((r) => UNSAFE.has(r.method));
    const before = await tableSnapshot(t.dataSource, IGNORED);
    const results: string[] = [];
    const expected: string[] = [];
    const send = async (
      route: { method: string; url: string },
      label: string,
      headers: Record<string, string>,
    ) => {
      // The guard decides before validation: the body never matters here.
      const response = await t.app.inject({
        method: route.method as 'POST',
        url: concrete(route.url),
        headers,
        payload: {},
      });
      const code =
        response.statusCode === 403 ? `403 ${response.json().code}` : '';
      results.push(
        `${route.method} ${route.url} ${label} -> ${code || response.statusCode}`,
      );
    };
    let refusedCrossSite = 0;
    for (const route of routes) {
      const url = concrete(route.url);
      const valid = { cookie: cookieFor(url), ...tokenHeader(url, 'own') };
      const variants: [string, Record<string, string>, string][] = [
        ['cross-site', { ...valid, ...CROSS_SITE }, '403 csrf'],
        ['foreign Origin', { ...valid, origin: CROSS_SITE.origin }, '403 csrf'],
        [
          'Sec-Fetch-Site cross-site',
          { ...valid, 'sec-fetch-site': 'cross-site' },
          '403 csrf',
        ],
      ];
      if (!PUBLIC_UNSAFE.test(route.url)) {
        variants.push(
          [
            'no CSRF token',
            { cookie: valid.cookie, origin: OWN_ORIGIN },
            '403 csrf',
          ],
          [
            "another session's token",
            {
              cookie: valid.cookie,
              origin: OWN_ORIGIN,
              ...tokenHeader(url, 'other'),
            },
            '403 csrf',
          ],
          ['no session', { origin: OWN_ORIGIN }, '401'],
        );
      }
      for (const [label, headers, outcome] of variants) {
        await send(route, label, headers);
        expected.push(`${route.method} ${route.url} ${label} -> ${outcome}`);
      }
      if (results.at(-variants.length)?.endsWith('-> 403 csrf'))
        refusedCrossSite++;
    }
    const after = await tableSnapshot(t.dataSource, IGNORED);

    expect(results).toEqual(expected);
    expect(changedTables(before, after)).toEqual([]);
    expect(routes.some((r) => r.url === '/api/auth/login')).toBe(true);
    expect(routes.length).toBeGreaterThanOrEqual(25);
    console.log(
      `state-changing routes refused cross-site: ${refusedCrossSite}/${routes.length} ` +
        `(${results.length} requests, ${Object.keys(before).length} tables unchanged)`,
    );
  });

  it('accepts the same requests from our own site (the refusals above are for the origin and token only)', async () => {
    const goal = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${ids['client']}/goals`,
      headers: { ...owner.headers, origin: OWN_ORIGIN },
      payload: { domain: 'stress', description: 'controle' },
    });
    expect(goal.statusCode).toBe(201);
    const consent = await t.app.inject({
      method: 'POST',
      url: `/api/intake/${intakeToken}/consent`,
      headers: { cookie: intakeCookie, 'sec-fetch-site': 'same-origin' },
      payload: { privacyStatementVersion: '2026-11' },
    });
    expect(consent.statusCode).not.toBe(403);
  });

  it('changes nothing on any GET route, except the bookkeeping named above', async () => {
    const routes = routesOf(t.app).filter((r) => r.method === 'GET');
    const before = await tableSnapshot(t.dataSource, IGNORED);
    const failures: string[] = [];
    for (const route of routes) {
      const url = concrete(route.url);
      const response = await t.app.inject({
        method: 'GET',
        url,
        headers: { cookie: cookieFor(url) },
      });
      // Swagger UI registers a route per bundled file; some are not shipped.
      if (response.statusCode >= 400 && !route.url.startsWith('/api/docs/'))
        failures.push(`${route.url} -> ${response.statusCode}`);
      if (
        route.url.startsWith('/api/') &&
        response.headers['cache-control'] !==
          (REVALIDATED[route.url] ?? 'no-store')
      )
        failures.push(
          `${route.url} cache-control ${response.headers['cache-control']}`,
        );
    }
    const after = await tableSnapshot(t.dataSource, IGNORED);
    const changed = changedTables(before, after);

    expect(failures).toEqual([]);
    expect(changed.filter((n) => !GET_MAY_CHANGE.includes(n))).toEqual([]);
    console.log(
      `GET routes called: ${routes.length}, tables changed outside bookkeeping: 0 ` +
        `(bookkeeping changed: ${changed.join(', ') || 'none'})`,
    );
  });
});

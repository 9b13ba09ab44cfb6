import { PRIVACY_STATEMENT_VERSION } from '@herstelkompas/contracts';
import { HERSTELKOMPAS_INTAKE_V2 } from '@herstelkompas/domain';
import { randomUUID } from 'node:crypto';
import { routesOf } from '../../src/create-app';
import { completeAnswers } from '../support/answers';
import {
  expected,
  isPortalPrincipal,
  NO_SIDE,
  type Outcome,
  POLICY,
  PRINCIPALS,
  type PrincipalId,
  type Rule,
  type Side,
  type Target,
} from '../support/tenant-policy';
import { pngImage } from '../support/images';
import { Fingerprints, readable } from '../support/tenant-probes';
import { DOB, type Link, TenantWorld } from '../support/tenant-world';
import {
  createTestApp,
  signIn,
  TEST_PASSWORD,
  type TestApp,
} from '../support/test-app';

type Sample = object | ((world: TenantWorld) => object) | undefined;

/** A logo both practices hold from the start, and the one an owner uploads. */
let logo: Buffer;

/**
 * A valid body for every route that takes one, so that a denied request is
 * denied for who asks, not for what is sent. Who may do what is in
 * test/support/tenant-policy.ts; a route missing there fails below.
 */
const SAMPLES: Record<string, Sample> = {
  'POST /api/auth/login': (w) => ({
    email: w.emails.spare,
    password: TEST_PASSWORD,
  }),
  'POST /api/auth/set-password': {
    token: 'x'.repeat(43),
    password: 'een lang genoeg wachtwoord',
  },
  'POST /api/auth/password-reset': { email: 'niemand@example.nl' },
  'POST /api/auth/password-reset/confirm': {
    token: 'x'.repeat(43),
    newPassword: 'een nieuw lang wachtwoord',
  },
  'PATCH /api/auth/me/preferences': { language: 'nl' },
  'POST /api/auth/login/mfa': { code: '123456' },
  'POST /api/auth/password': {
    currentPassword: 'niet het goede wachtwoord',
    newPassword: 'een nieuw lang wachtwoord',
  },
  'POST /api/auth/mfa/enrolment': { currentPassword: TEST_PASSWORD },
  'POST /api/auth/mfa/enrolment/confirm': { code: '000000' },
  'POST /api/auth/mfa/disable': { code: '000000' },
  'POST /api/auth/mfa/recovery-codes': { code: '000000' },
  'PATCH /api/practice/security': { mfaRequiredForPractitioners: false },
  'PATCH /api/practice/mail-settings': { intakeReminderDays: 3 },
  'PUT /api/practice/profile': {
    name: 'Praktijk Matrix',
    address: { street: 'Dorpsstraat 1', postalCode: '1234ab', city: 'Utrecht' },
    phone: '030 123 45 67',
    email: 'info@praktijk.example',
    website: 'praktijk.example',
    kvk: '12345678',
    agb: '90123456',
    reportClosing: 'Met vriendelijke groet',
  },
  'PUT /api/practice/logo': () => logo,
  'POST /api/clients': () => ({
    firstName: 'Nieuw',
    lastName: 'Client',
    dateOfBirth: '1980-01-01',
    email: `nieuw-${randomUUID().slice(0, 8)}@example.nl`,
  }),
  'POST /api/practitioners': () => ({
    email: `collega-${randomUUID().slice(0, 8)}@example.nl`,
    displayName: 'Collega',
    role: 'practitioner',
  }),
  'POST /api/intake/:token/verify': { dateOfBirth: '1978-04-23' },
  'POST /api/intake/:token/consent': {
    privacyStatementVersion: PRIVACY_STATEMENT_VERSION,
  },
  'PUT /api/intake/:token/draft': { answers: {}, step: null },
  'POST /api/intake/:token/submit': {
    answers: completeAnswers(HERSTELKOMPAS_INTAKE_V2),
  },
  'GET /api/clients/:id': undefined,
  'PATCH /api/clients/:id': { version: 1, phone: '0612345678' },
  'DELETE /api/clients/:id': undefined,
  'POST /api/clients/:id/archive': undefined,
  'POST /api/clients/:id/restore': undefined,
  'PUT /api/clients/:id/shares': { practitionerIds: [] },
  'GET /api/clients/:id/access-log': undefined,
  'GET /api/clients/:id/access-log.csv': undefined,
  'PATCH /api/practitioners/:id': { active: true },
  'POST /api/practitioners/:id/invitation': undefined,
  'POST /api/practitioners/:id/password-reset': undefined,
  'POST /api/clients/:id/intake-invitations': { variant: 'follow_up' },
  'GET /api/clients/:id/intake-invitations': undefined,
  'POST /api/intake-invitations/:id/revoke': undefined,
  'GET /api/clients/:id/follow-up-schedule': undefined,
  'PUT /api/clients/:id/follow-up-schedule': { everyWeeks: 6 },
  'DELETE /api/clients/:id/follow-up-schedule': undefined,
  'GET /api/clients/:id/assessments': undefined,
  'POST /api/clients/:id/assessments': {
    variant: 'baseline',
    answers: completeAnswers(HERSTELKOMPAS_INTAKE_V2),
  },
  'GET /api/clients/:id/red-flags': undefined,
  'POST /api/red-flags/:id/acknowledge': { action: 'gp_called' },
  'GET /api/clients/:id/priority': undefined,
  'POST /api/clients/:id/priority-decisions': {
    order: ['stress', 'breathing', 'movement', 'nutrition', 'sleep', 'immune'],
    focusDomains: ['stress'],
    reasonCode: 'OTHER',
    reasonText: 'test',
  },
  'POST /api/clients/:id/session-notes': {
    sessionDate: '2026-11-20T10:00:00Z',
    type: 'coaching',
  },
  'GET /api/clients/:id/session-notes': undefined,
  'GET /api/session-notes/:id': undefined,
  'PATCH /api/session-notes/:id': { text: 'x' },
  'POST /api/session-notes/:id/sign': undefined,
  'POST /api/session-notes/:id/addenda': { text: 'x' },
  'GET /api/clients/:id/goals': undefined,
  'POST /api/clients/:id/goals': { domain: 'sleep', description: 'x' },
  'PATCH /api/goals/:id': { status: 'dropped' },
  'GET /api/clients/:id/timeline': undefined,
  'POST /api/clients/:id/reports/progress.pdf': undefined,
  'GET /api/clients/:id/reports': undefined,
  'GET /api/reports/:id/download': undefined,
  'GET /api/clients/:id/export': undefined,
  'POST /api/appointments': (w) => ({
    clientId: w.objects.A.client,
    start: w.futureStart(),
    durationMinutes: 30,
    type: 'coaching',
    allowOverlap: true,
  }),
  'PATCH /api/appointments/:id': { status: 'done' },
  'GET /api/appointments/:id/ics': undefined,
  'POST /api/calendar-feed': undefined,
  'GET /api/calendar-feeds/:token': undefined,
  'POST /api/clients/:id/portal-invitations': { send: 'link' },
  'POST /api/portal/sessions': (w) => ({
    token: w.nextPortalToken(),
    dateOfBirth: DOB,
  }),
  'POST /api/portal/sign-in-link': { email: 'niemand@example.nl' },
  'PUT /api/portal/lessons/:lessonId/read': undefined,
  'GET /api/portal/messages': undefined,
  'POST /api/portal/messages': { text: 'Hoi, een vraag.' },
  'POST /api/portal/homework/:id/done': { note: 'Ging goed.' },
  'POST /api/clients/:id/homework': {
    exerciseId: 'graded-walking',
    frequency: 'weekly',
    timesPerWeek: 3,
    startsOn: '2027-01-04',
    endsOn: '2027-01-31',
  },
  'PATCH /api/homework/:id': { status: 'ended' },
  'GET /api/clients/:id/messages': undefined,
  'POST /api/clients/:id/messages': { text: 'Hoi, een antwoord.' },
  // Asked more than once in the same week: each send replaces the last.
  'POST /api/portal/check-ins': {
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
    replace: true,
  },
  'POST /api/portal/daily-logs': { pain: 3, sleepHours: 7.5 },
  'POST /api/practice/lessons': {
    title: 'Een les van de praktijk',
    minutes: 3,
    body: 'Tekst van de les.',
  },
  'PUT /api/practice/lessons/builtin/:lessonId': { hidden: false },
  'PATCH /api/practice/lessons/:id': { minutes: 4 },
};

/** Lists and searches are also asked by name and by someone else's practitioner id. */
const SEARCHED = ['GET /api/clients', 'GET /api/exports/clients.csv'];
const FILTERED = [
  ...SEARCHED,
  'GET /api/appointments',
  'GET /api/access-log',
  'GET /api/clients/:id/access-log',
  'GET /api/clients/:id/access-log.csv',
];

/**
 * A wrong password or code on one's own account is written to the access log
 * on purpose (every failure is logged, lock-out counts on it): for these the
 * log line is the only change a refused request may make.
 */
const AUDITED_FAILURES = new Set([
  'POST /api/auth/password',
  'POST /api/auth/mfa/enrolment/confirm',
  'POST /api/auth/mfa/disable',
  'POST /api/auth/mfa/recovery-codes',
]);

/** Allowed writes that leave their object as it was: no fresh object needed. */
const KEEPS_OBJECT = new Set(['POST /api/clients/:id/reports/progress.pdf']);

const ENDS_SESSION = ['POST /api/auth/login', 'POST /api/auth/logout'];

/** Targets that are a client record or part of one: a refusal on them is logged. */
const CLIENT_TARGETS = new Set<Target>([
  'client',
  'note',
  'signedNote',
  'goal',
  'homework',
  'redFlag',
  'invitation',
  'report',
  'appointment',
]);
/** Routes that name their client in the body: a refusal is logged like one on the client. */
const CLIENT_IN_BODY = new Set(['POST /api/appointments']);
const SIGNED_IN = new Set<PrincipalId>(['a1', 'a2', 'a3', 'ownerA', 'b1']);
/** The owner's views of every record of the practice at once: refusals are logged too. */
const ALL_RECORDS = new Set([
  'GET /api/practice/export',
  'GET /api/access-log',
]);

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const SIDES: Side[] = ['A', 'B'];

interface Cell {
  route: string;
  who: PrincipalId;
  side: Side;
  query: string;
}

describe('tenant isolation: every route × principal × owner', () => {
  let t: TestApp;
  let world: TenantWorld;
  let prints: Fingerprints;
  let routes: string[];

  beforeAll(async () => {
    t = await createTestApp();
    world = new TenantWorld(t);
    await world.build();
    logo = await pngImage(40, 20);
    for (const side of SIDES)
      await t.dataSource.query(
        `INSERT INTO practice_logos (practice_id, image, width, height) VALUES ($1, $2, 40, 20)`,
        [world.practiceIds[side], logo],
      );
    prints = await Fingerprints.load(t.dataSource);
    // HEAD is served by the GET handler; Fastify adds it on its own.
    routes = [
      ...new Set(
        routesOf(t.app)
          .filter((r) => r.method !== 'HEAD')
          .map((r) => `${r.method} ${r.url}`),
      ),
    ];
  });
  afterAll(() => t.close());

  it('has a policy row for every route the application serves, and no stale rows', () => {
    expect(routes.filter((r) => !(r in POLICY))).toEqual([]);
    const stale = [...Object.keys(POLICY), ...Object.keys(SAMPLES)];
    expect(stale.filter((r) => !routes.includes(r))).toEqual([]);
    const needBody = routes.filter(
      (r) => !SAFE.has(r.split(' ')[0] as string) && !r.startsWith('DELETE'),
    );
    expect(
      needBody.filter((r) => !(r in SAMPLES) && !r.endsWith('/logout')),
    ).toEqual([]);
  });

  it('says 404 wherever someone of a practice meets an object they may not see', () => {
    const wrong: string[] = [];
    for (const [route, rule] of Object.entries(POLICY)) {
      // A link or a feed token is the key itself: whoever holds it gets in.
      if ([...NO_SIDE, 'link', 'feed'].includes(rule.target)) continue;
      // The team list shows every colleague, and the portal's lessons every
      // practice lesson, so only another practice's are hidden.
      const team =
        rule.target === 'practitioner' ||
        rule.target === 'invitee' ||
        rule.target === 'colleague' ||
        rule.target === 'practiceLesson';
      for (const side of SIDES)
        for (const who of ['a1', 'a2', 'a3', 'ownerA', 'b1'] as PrincipalId[]) {
          const ownSide = (who === 'b1' ? 'B' : 'A') === side;
          const sees = ownSide && (team || who !== 'a2');
          const outcome = expected(rule, who, side);
          // A session of the wrong kind is refused before any object: 401.
          if (!sees && outcome !== 404 && rule.outcomes[who] !== 401)
            wrong.push(`${route} as ${who} on ${side}: ${outcome}`);
        }
    }
    expect(wrong).toEqual([]);
  });

  it('matches the policy in every cell: status, no foreign data, denied requests change nothing', async () => {
    const cells: Cell[] = [];
    for (const route of routes)
      for (const side of SIDES) {
        const target = POLICY[route]?.target;
        if (side === 'B' && target && NO_SIDE.includes(target)) continue;
        for (const who of PRINCIPALS)
          for (const query of queries(route))
            cells.push({ route, who, side, query });
      }
    const wrong: string[] = [];
    for (const cell of cells) {
      const problem = await check(cell).catch(
        (e: Error) => `threw ${e.message.slice(0, 160)}`,
      );
      if (problem)
        wrong.push(
          `${cell.route}${cell.query} as ${cell.who} on ${cell.side}: ${problem}`,
        );
    }
    console.log(
      `tenant matrix: ${routes.length} routes, ${PRINCIPALS.length} principals, ${cells.length} cells checked, ${cells.length - wrong.length} cells matching`,
    );
    expect(wrong).toEqual([]);
  }, 420_000);

  it("refuses a reference to another practice's object inside an owner's own request, and changes nothing", async () => {
    const x = world.objects.A.client;
    const b1 = world.practitionerIds.B[1] as string;
    const [{ version }] = await t.dataSource.query(
      'SELECT version FROM clients WHERE id = $1',
      [x],
    );
    const [{ id: yAssessment }] = await t.dataSource.query(
      'SELECT id FROM assessments WHERE client_id = $1',
      [world.objects.B.client],
    );
    const pdf = `/api/clients/${x}/reports/progress.pdf`;
    const cases: [string, string, object | undefined][] = [
      [
        'POST',
        '/api/clients',
        {
          ...(SAMPLES['POST /api/clients'] as () => object)(),
          responsiblePractitionerId: b1,
        },
      ],
      [
        'PATCH',
        `/api/clients/${x}`,
        { version, responsiblePractitionerId: b1 },
      ],
      ['PUT', `/api/clients/${x}/shares`, { practitionerIds: [b1] }],
      ['GET', `${pdf}?notes=${world.objects.B.signedNote}`, undefined],
      ['GET', `${pdf}?from=${yAssessment}`, undefined],
    ];
    const results: string[] = [];
    for (const [method, url, body] of cases) {
      const before = await prints.take(SIDES, world);
      const response = await world.call(
        method,
        url,
        world.sessions.ownerA.headers,
        body,
      );
      const changed = prints.diff(before, await prints.take(SIDES, world));
      results.push(
        `${method} ${url}: ${response.statusCode}${changed ? ` changed ${changed}` : ''}`,
      );
    }
    expect(results).toEqual(
      cases.map(([method, url]) => `${method} ${url}: 400`),
    );
  });

  /**
   * Filters are typed in another case than stored (search ignores case, uuids
   * too): the practice's access log records what its own people searched for,
   * and that echo must not count as showing the client.
   */
  function queries(route: string): string[] {
    const asked = [''];
    if (FILTERED.includes(route))
      for (const id of [
        world.practitionerIds.A[1],
        world.practitionerIds.A[2],
        world.practitionerIds.B[1],
      ])
        asked.push(`?practitionerId=${String(id).toUpperCase()}`);
    // SQL wildcards must not widen what a search may show.
    if (SEARCHED.includes(route)) asked.push('?search=%25', '?search=_');
    if (SEARCHED.includes(route))
      for (const c of world.clients)
        if (
          c.responsible === 'a2' ||
          c.id === world.objects.A.client ||
          c.id === world.objects.B.client
        )
          asked.push(`?search=${String(c.marks[1]).toLowerCase()}`);
    return asked;
  }

  async function check(cell: Cell): Promise<string | null> {
    const rule = POLICY[cell.route];
    if (!rule) return 'no policy row';
    const want: Outcome = expected(rule, cell.who, cell.side);
    const method = cell.route.split(' ')[0] as string;
    const write = !SAFE.has(method);
    const { url, link } = await aim(
      cell,
      want === 'ok' && write && !KEEPS_OBJECT.has(cell.route),
    );
    const headers = await principalHeaders(cell, link);
    const sample = SAMPLES[cell.route];
    const body = typeof sample === 'function' ? sample(world) : sample;
    // A denied write must leave the practice exactly as it was.
    const sides = NO_SIDE.includes(rule.target) ? SIDES : [cell.side];
    const before =
      want !== 'ok' && write ? await prints.take(sides, world) : null;
    const deniedBefore = await deniedLines();
    const response = await world.call(method, url, headers, body);
    const got = response.statusCode;
    if (want === 'ok' ? got < 200 || got > 299 : got !== want)
      return `expected ${want}, got ${got} ${response.body.slice(0, 120)}`;
    const unlogged = await checkDeniedLine(cell, rule, want, deniedBefore);
    if (unlogged) return unlogged;
    if (before) {
      const changed = prints.diff(before, await prints.take(sides, world));
      const logged =
        changed === 'audit_events' && AUDITED_FAILURES.has(cell.route);
      if (changed && !logged) return `denied, yet changed ${changed}`;
    }
    const text = await readable(response, rawRefusals(cell.route));
    if (
      want === 'ok' &&
      /pdf|zip/.test(String(response.headers['content-type']))
    )
      if (!text.includes(nameOf(world.objects[cell.side].client)))
        return "the file does not read as the client's (text not extracted?)";
    return inspect(cell, text, want, link);
  }

  /**
   * The practice export carries its access log row for row (its hash chain
   * must hold after an import), and that log says who tried to reach the
   * practice's records, whichever practice they came from: those lines are
   * the one place another practice's ids appear, by design. Every view of
   * them (access log, client export, record.json) leaves the ids out.
   */
  function rawRefusals(route: string) {
    return (file: string, line: string) =>
      route === 'GET /api/practice/export' &&
      file === 'data/audit_events.ndjson' &&
      line.includes('"client.access_denied"');
  }

  async function deniedLines(): Promise<number> {
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE event = 'client.access_denied'`,
    );
    return n;
  }

  /**
   * A refused request on a client record (403 or 404), or on the owner's
   * views of all of them, by someone signed in leaves exactly one line, in the
   * log of the practice that holds the record, naming who asked and the
   * route; any other cell leaves none.
   */
  async function checkDeniedLine(
    cell: Cell,
    rule: Rule,
    want: Outcome,
    before: number,
  ): Promise<string | null> {
    const added = (await deniedLines()) - before;
    const refused =
      (want === 403 || want === 404) &&
      (CLIENT_TARGETS.has(rule.target) ||
        CLIENT_IN_BODY.has(cell.route) ||
        ALL_RECORDS.has(cell.route)) &&
      SIGNED_IN.has(cell.who);
    if (!refused)
      return added
        ? `allowed or not on a client, yet ${added} denied line(s)`
        : null;
    if (added !== 1) return `refused, with ${added} denied lines (want 1)`;
    const [line] = await t.dataSource.query(
      `SELECT practice_id, user_id, part, outcome FROM audit_events
        WHERE event = 'client.access_denied' ORDER BY occurred_at DESC LIMIT 1`,
    );
    const who = cell.who as keyof TenantWorld['userIds'];
    // A refusal on all records at once is logged in the caller's own practice.
    const holder: Side =
      rule.target === 'none' && !CLIENT_IN_BODY.has(cell.route)
        ? cell.who === 'b1'
          ? 'B'
          : 'A'
        : cell.side;
    const wanted = {
      practice_id: world.practiceIds[holder],
      user_id: world.userIds[who],
      part: (cell.route.split(' ')[1] as string).replace(/^\/api\//, ''),
      outcome: 'denied',
    };
    return JSON.stringify(line) === JSON.stringify(wanted)
      ? null
      : `denied line ${JSON.stringify(line)}, want ${JSON.stringify(wanted)}`;
  }

  function nameOf(clientId: string): string {
    return world.clients.find((c) => c.id === clientId)?.marks[1] as string;
  }

  /** The URL of the cell; an allowed write may change or destroy its object, so it gets a new one. */
  async function aim(
    cell: Cell,
    fresh: boolean,
  ): Promise<{ url: string; link: Link | null }> {
    const target = (POLICY[cell.route] as Rule).target;
    const path = cell.route.split(' ')[1] as string;
    const made = fresh ? await world.fresh(target, cell.side) : null;
    let link: Link | null = null;
    if (target === 'link')
      link =
        typeof made === 'object' && made ? made : world.objects[cell.side].link;
    const id =
      link?.token ??
      (typeof made === 'string' && made ? made : world.idOf(target, cell.side));
    const url = path
      .replace(/:lessonId|:id|:token/, id)
      .replace('*', 'swagger-ui.css');
    return { url: url + cell.query, link };
  }

  /** Allowed or not, no answer shows what is not the caller's; a search finds what is. */
  function inspect(
    cell: Cell,
    text: string,
    want: Outcome,
    link: Link | null,
  ): string | null {
    const squeezed = text.replace(/\s+/g, '');
    const leaked = world
      .foreignMarks(cell.who, link?.clientId)
      .filter((m) => text.includes(m) || squeezed.includes(m));
    if (leaked.length)
      return `shows what is not theirs: ${leaked.slice(0, 3).join(', ')}`;
    const sought = world.clients.find(
      (c) => cell.query === `?search=${String(c.marks[1]).toLowerCase()}`,
    );
    if (want === 'ok' && sought && world.mayAccess(cell.who, sought))
      if (!text.includes(sought.marks[1] as string))
        return 'does not find a client the caller may see';
    return null;
  }

  async function principalHeaders(
    cell: Cell,
    link: Link | null,
  ): Promise<Record<string, string>> {
    if (cell.who === 'anon') return {};
    if (isPortalPrincipal(cell.who))
      return cell.route === 'DELETE /api/portal/session'
        ? (await world.freshPortal(cell.who)).headers
        : world.portal[cell.who].headers;
    if (cell.who === 'intake') {
      const own = link && cell.side === 'A' ? link : world.objects.A.link;
      return { cookie: own.cookie };
    }
    // Signing in or out ends the session sent along: it gets one of its own.
    if (ENDS_SESSION.includes(cell.route))
      return (await signIn(t.app, world.emails[cell.who])).headers;
    return world.sessions[cell.who].headers;
  }
});

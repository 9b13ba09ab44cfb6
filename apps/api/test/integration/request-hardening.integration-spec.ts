import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createApp, routesOf } from '../../src/create-app';
import { createDataSource } from '../../src/database/data-source';
import {
  buildClient,
  buildPractice,
  type Session,
  signIn,
  testConfig,
} from '../support/test-app';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What a route path becomes with sample values for its parameters. */
const sampleUrl = (url: string) =>
  url
    .replace(':token', 'A'.repeat(43))
    .replace(/:\w+/g, '0b6c7a4e-2d7b-4a3c-9a55-2f1d8e9b0c11');

/** Bodies a plain HTML form, or a tool, can send without being JSON. */
const NOT_JSON: [string, string][] = [
  ['application/x-www-form-urlencoded', 'email=a%40b.nl&password=x'],
  [
    'multipart/form-data; boundary=x',
    '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--',
  ],
  ['text/plain', '{"email":"a@b.nl"}'],
  ['application/xml', '<a/>'],
  ['application/json-patch+json', '[]'],
];

const nested = (depth: number, inner = '1') =>
  '{"a":'.repeat(depth) + inner + '}'.repeat(depth);
const nestedArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('requests the API refuses before any route sees them', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let owner: Session;
  let clientId: string;
  let intakeToken: string;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    dataSource = createDataSource(
      process.env['HK_TEST_DATABASE_URL'] as string,
    );
    await dataSource.initialize();
    // The real log, read back line by line.
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => void lines.push(JSON.parse(line)) },
    );
    app = await createApp({
      config: testConfig(),
      dataSource,
      logger,
      webRoot: '/nonexistent',
    });
    const practice = await buildPractice(dataSource);
    owner = await signIn(app, practice.owner.email);
    clientId = (await buildClient(app, owner)).id;
    const invitation = await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/intake-invitations`,
      headers: owner.headers,
      payload: { variant: 'baseline' },
    });
    intakeToken = String(invitation.json().url).split('/intake/')[1] as string;
  });
  afterAll(() => app.close());

  describe('bodies other than JSON', () => {
    it('are refused with 415 on every state-changing route, signed in or not', async () => {
      const routes = routesOf(app).filter(
        (r) => UNSAFE.has(r.method) && r.url.startsWith('/api/'),
      );
      expect(routes.length).toBeGreaterThan(30);
      const wrong: string[] = [];
      for (const route of routes)
        for (const [type, body] of NOT_JSON)
          for (const headers of [{}, owner.headers]) {
            const response = await app.inject({
              method: route.method as 'POST',
              url: sampleUrl(route.url),
              headers: { ...headers, 'content-type': type },
              payload: body,
            });
            // The logo upload takes PNG or JPEG bytes instead of JSON, and
            // refuses every other type with its own code.
            const expected =
              route.method === 'PUT' && route.url === '/api/practice/logo'
                ? 'logo_type'
                : 'json_only';
            if (
              response.statusCode !== 415 ||
              response.json().code !== expected
            )
              wrong.push(
                `${route.method} ${route.url} ${type}: ${response.statusCode}`,
              );
          }
      expect(wrong).toEqual([]);
    });

    it('leaves the goal and the sign-in that forms reached untouched, and JSON works as before', async () => {
      const form = await app.inject({
        method: 'POST',
        url: `/api/clients/${clientId}/goals`,
        headers: {
          ...owner.headers,
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: 'domain=sleep&description=formulier',
      });
      expect(form.statusCode).toBe(415);
      const [{ n }] = await dataSource.query(
        'SELECT count(*)::int AS n FROM goals WHERE client_id = $1',
        [clientId],
      );
      expect(n).toBe(0);
      const json = await app.inject({
        method: 'POST',
        url: `/api/clients/${clientId}/goals`,
        headers: {
          ...owner.headers,
          'content-type': 'application/json; charset=utf-8',
        },
        payload: JSON.stringify({ domain: 'sleep', description: 'json' }),
      });
      expect(json.statusCode).toBe(201);
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'email=demo%40herstelkompas.nl&password=herstel-demo-2026',
      });
      expect(login.statusCode).toBe(415);
      expect(login.cookies).toEqual([]);
      // A request without a body (sign out, archive) needs no type.
      const logout = await app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: owner.headers,
      });
      expect(logout.statusCode).toBeLessThan(300);
      owner = await signIn(app, (await ownerEmail()) as string);
    });
  });

  async function ownerEmail(): Promise<string | undefined> {
    const [row] = await dataSource.query(
      `SELECT p.email FROM practitioners p JOIN clients c ON c.practice_id = p.practice_id
        WHERE c.id = $1 AND p.role = 'owner'`,
      [clientId],
    );
    return row?.email;
  }

  describe('deeply nested JSON', () => {
    const deep = [
      ['objects', nested(2500)],
      ['arrays', `{"email":${nestedArray(2500)},"password":"x"}`],
      ['just past the limit', nested(33)],
    ];

    it.each(deep)(
      'is refused with 400 before parsing (%s), with one warning and no stack in the log',
      async (_kind, body) => {
        for (const [url, headers] of [
          ['/api/auth/login', {}],
          [`/api/intake/${intakeToken}/verify`, {}],
          [`/api/clients/${clientId}/goals`, owner.headers],
        ] as const) {
          lines.length = 0;
          const response = await app.inject({
            method: 'POST',
            url,
            headers: { ...headers, 'content-type': 'application/json' },
            payload: body,
          });
          expect(response.statusCode).toBe(400);
          expect(response.json()).toMatchObject({
            statusCode: 400,
            code: 'too_deep',
          });
          const mine = lines.filter(
            (l) => l['reqId'] === response.headers['x-request-id'],
          );
          const warnings = lines.filter((l) => Number(l['level']) >= 40);
          expect(warnings).toHaveLength(1);
          expect(mine.map((l) => l['msg'])).toContain(
            'Request body nested too deeply: refused',
          );
          expect(JSON.stringify(lines)).not.toMatch(/stack|\\n\s+at /);
        }
      },
    );

    it('lets ordinary nesting and brackets inside strings through to the DTO', async () => {
      const inString = await app.inject({
        method: 'POST',
        url: `/api/clients/${clientId}/goals`,
        headers: owner.headers,
        payload: {
          domain: 'sleep',
          description: `${'[{'.repeat(100)} haakjes ${'}]'.repeat(100)}`.slice(
            0,
            500,
          ),
        },
      });
      expect(inString.statusCode).toBe(201);
      // 32 levels is allowed by the parser; the DTO then says what is wrong.
      const atLimit = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: `{"email":${nested(31, '"x"')},"password":"x"}`,
      });
      expect(atLimit.statusCode).toBe(400);
      expect(atLimit.json().code).toBe('validation');
    });
  });

  describe('escaped characters in API paths', () => {
    const SPELLINGS = (id: string) => [
      '/%61pi/clients',
      '/api/%63lients',
      `/api/clients/${id.replace('-', '%2D')}`,
      '/%61pi/health',
      '/api%2Fclients',
      '/API/clients',
      '/Api/health',
      '/api/clients/%zz',
      `/api/intake/${'A'.repeat(20)}%E0%A4%A`,
    ];

    it('never answer without Cache-Control: no-store, nor with data', async () => {
      for (const url of SPELLINGS(clientId)) {
        const response = await app.inject({
          method: 'GET',
          url,
          headers: { cookie: owner.cookie },
        });
        expect({ url, cache: response.headers['cache-control'] }).toEqual({
          url,
          cache: 'no-store',
        });
        expect({ url, status: response.statusCode }).toEqual({
          url,
          status: expect.any(Number),
        });
        expect(response.statusCode).toBeGreaterThanOrEqual(400);
        expect(response.body).not.toMatch(/van der Berg|"items"/);
      }
    });

    it('are refused with 400 where the decoded path is the API, in the error shape', async () => {
      for (const url of ['/%61pi/clients', '/api/clients/%zz']) {
        const response = await app.inject({
          method: 'GET',
          url,
          headers: { cookie: owner.cookie, 'accept-language': 'en' },
        });
        expect(response.statusCode).toBe(400);
        expect(response.json()).toEqual({
          statusCode: 400,
          error: 'Bad Request',
          code: 'bad_path',
          message: 'This address does not exist in this form.',
        });
      }
    });

    it('never write an intake token to the log, however the path is spelled', async () => {
      lines.length = 0;
      for (const url of [
        `/api/intake/${intakeToken}`,
        `/api/%69ntake/${intakeToken}`,
        `/api/INTAKE/${intakeToken}`,
        `/api/intake/${intakeToken.slice(0, 10)}%${intakeToken.slice(10)}`,
        `/%61pi/intake/${intakeToken}/verify`,
        `/api/intake/${encodeURIComponent(intakeToken).replace(/[A-Z]/, (c) => `%${c.charCodeAt(0).toString(16)}`)}`,
      ])
        await app.inject({ method: 'GET', url });
      const logged = JSON.stringify(lines);
      expect(lines.length).toBeGreaterThanOrEqual(5);
      expect(logged).not.toContain(intakeToken);
      expect(logged).not.toContain(intakeToken.slice(10));
      expect(logged).toContain('/intake/[token]');
    });
  });
});

import 'reflect-metadata';
import { XSRF_COOKIE } from '@herstelkompas/contracts';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions } from 'fastify';
import { randomInt, randomUUID } from 'node:crypto';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { addPractitioner } from '../../src/practices/add-practitioner';
import { Practice } from '../../src/practices/practice.entity';
import type { Practitioner } from '../../src/practices/practitioner.entity';
import type { RuntimeConfig } from '../../src/config/config.module';
import { createApp } from '../../src/create-app';
import { createDataSource } from '../../src/database/data-source';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  config: RuntimeConfig;
  close(): Promise<void>;
}

export function testConfig(
  overrides: Partial<RuntimeConfig> = {},
): RuntimeConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: '.data-test',
    demoSeed: false,
    logLevel: 'silent',
    sessionSecret: 'test-secret-'.padEnd(40, 'x'),
    sessionIdleMinutes: 30,
    sessionAbsoluteHours: 12,
    publicUrl: 'http://localhost:3000',
    trustProxy: false,
    production: false,
    reportWorkers: 2,
    reportTimeoutSeconds: 30,
    apiProcesses: 1,
    backgroundJobs: true,
    mail: {
      from: 'Herstelkompas <noreply@herstelkompas.test>',
      retryLimit: 2,
      retryDelaySeconds: 1,
      sendTimeoutSeconds: 60,
    },
    ...overrides,
  };
}

/** The real application on the run's migrated database, driven with `app.inject`. */
export async function createTestApp(
  overrides: Partial<RuntimeConfig> = {},
  options: { logger?: pino.Logger; webRoot?: string } = {},
): Promise<TestApp> {
  const url = process.env['HK_TEST_DATABASE_URL'];
  if (!url)
    throw new Error(
      'HK_TEST_DATABASE_URL is not set: run through jest.integration.config.ts',
    );
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  const config = testConfig(overrides);
  const app = await createApp({
    config,
    dataSource,
    logger: options.logger ?? pino({ level: 'silent' }),
    webRoot: options.webRoot ?? '/nonexistent',
  });
  speakFromOwnAddress(app);
  return { app, dataSource, config, close: () => app.close() };
}

/**
 * Failed attempts at secrets count per address for 15 minutes, and all test
 * files share one database: each test app's requests come from an address of
 * its own (unless a request names one), so one file's wrong passwords and
 * codes do not throttle the next file's sign-ins.
 */
function speakFromOwnAddress(app: NestFastifyApplication): void {
  const address = `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
  // app.inject is served by the HTTP adapter: give it the default address there.
  const adapter = app.getHttpAdapter() as unknown as {
    inject(options?: InjectOptions | string): unknown;
  };
  const inject = adapter.inject.bind(adapter);
  adapter.inject = (options) => {
    if (options === undefined) return inject();
    return inject(
      typeof options === 'string'
        ? { url: options, remoteAddress: address }
        : { remoteAddress: address, ...options },
    );
  };
}

/** A practice with an owner (and optionally more people); emails are unique per call. */
export async function buildPractice(
  dataSource: DataSource,
  options: {
    practitioners?: number;
    /**
     * Owners must use two-step sign-in. Most feature tests sign the owner in
     * with a password only, so by default the practice is marked as a
     * demonstration practice (the one place the rule is waived); the
     * two-step tests pass 'required'.
     */
    ownerMfa?: 'exempt' | 'required';
  } = {},
): Promise<{ owner: Practitioner; practitioners: Practitioner[] }> {
  const tag = randomUUID().slice(0, 8);
  const owner = await addPractitioner(dataSource, {
    email: `owner-${tag}@example.nl`,
    displayName: `Eigenaar ${tag}`,
    password: TEST_PASSWORD,
    role: 'owner',
    practiceName: `Praktijk ${tag}`,
  });
  if ((options.ownerMfa ?? 'exempt') === 'exempt')
    await dataSource
      .getRepository(Practice)
      .update({ id: owner.practiceId }, { demo: true });
  const practitioners: Practitioner[] = [];
  for (let i = 0; i < (options.practitioners ?? 0); i++) {
    practitioners.push(
      await addPractitioner(dataSource, {
        email: `p${i}-${tag}@example.nl`,
        displayName: `Behandelaar ${i} ${tag}`,
        password: TEST_PASSWORD,
        role: 'practitioner',
        practiceId: owner.practiceId,
      }),
    );
  }
  return { owner, practitioners };
}

export interface Session {
  cookie: string;
  xsrf: string;
  /** Headers for a state-changing request of this session. */
  headers: Record<string, string>;
}

/** Signs in through the API and returns what a browser would hold afterwards. */
export async function signIn(
  app: NestFastifyApplication,
  email: string,
  password = TEST_PASSWORD,
): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookies = response.cookies as { name: string; value: string }[];
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const xsrf = cookies.find((c) => c.name === XSRF_COOKIE)?.value ?? '';
  return { cookie, xsrf, headers: { cookie, 'x-xsrf-token': xsrf } };
}

/** A client through the API, with overrides; names are unique enough per call. */
export async function buildClient(
  app: NestFastifyApplication,
  session: Session,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; version: number; [key: string]: unknown }> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/clients',
    headers: session.headers,
    payload: {
      firstName: 'Jan',
      lastName: 'van der Berg',
      dateOfBirth: '1978-04-23',
      email: `jan-${randomUUID().slice(0, 8)}@example.nl`,
      ...overrides,
    },
  });
  if (response.statusCode !== 201)
    throw new Error(
      `buildClient failed: ${response.statusCode} ${response.body}`,
    );
  return response.json();
}

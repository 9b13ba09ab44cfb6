import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServer } from 'node:net';
import { ConfigError, configFromEnvironment } from './config/config';
import { resolveEmbeddedSecrets } from './config/secrets';
import { createApp } from './create-app';
import { EmbeddedDatabaseError } from './database/embedded-postgres';
import {
  MigrationError,
  openDatabase,
  type OpenDatabase,
} from './database/open-database';
import { createLogger } from './logging/logger';
import { DEMO_INTAKE_CLIENT, openDemoIntakeUrl } from './seed/demo-intake';
import { DEMO_LOGIN, seedDemoPractice } from './seed/demo-seed';

/** Errors whose message is the whole story: print one line, no stack. */
const EXPECTED = [ConfigError, EmbeddedDatabaseError, MigrationError];

async function main(): Promise<void> {
  const config = configFromEnvironment();
  const logger = createLogger(config.logLevel);
  await assertPortFree(config.host, config.port);

  const secrets = config.databaseUrl
    ? undefined
    : resolveEmbeddedSecrets(config);
  const runtime = {
    ...config,
    sessionSecret: config.sessionSecret ?? (secrets?.sessionSecret as string),
  };
  // What is running, for the signal handlers: filled in as the start proceeds.
  const running: { app?: NestFastifyApplication; database?: OpenDatabase } = {};
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Stopping');
    await running.app?.close().catch(() => undefined);
    await running.database
      ?.close()
      .catch((e) => logger.error({ err: e }, 'Database did not stop cleanly'));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  let database: OpenDatabase;
  try {
    database = await openDatabase(
      config,
      secrets?.databasePassword ?? '',
      logger,
    );
  } catch (error) {
    if (config.databaseUrl && !(error instanceof MigrationError)) {
      throw new StartError(
        `Cannot reach the database at DATABASE_URL (${describe(error)}). Is PostgreSQL running and the URL right?`,
      );
    }
    throw error;
  }
  running.database = database;
  const seeded = config.demoSeed
    ? await seedDemoPractice(database.dataSource, runtime.sessionSecret)
    : false;
  const app = await createApp({
    config: runtime,
    dataSource: database.dataSource,
    logger,
  });
  running.app = app;
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await database.close();
    throw (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
      ? portInUse(config.port)
      : error;
  }
  const url = `http://localhost:${config.port}`;
  console.log(`\nHerstelkompas is running at ${url}  (Ctrl-C stops it)`);
  if (config.demoSeed) {
    console.log(
      `Demo practice${seeded ? ' created' : ''}: sign in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`,
    );
    const intake = await openDemoIntakeUrl(
      database.dataSource,
      runtime.sessionSecret,
      config.publicUrl,
    );
    if (intake)
      console.log(
        `Demo intake as a client: ${intake}  (date of birth ${DEMO_INTAKE_CLIENT.shown})`,
      );
    console.log('');
  }
}

class StartError extends Error {}

function portInUse(port: number): StartError {
  return new StartError(
    `Port ${port} is already in use (is Herstelkompas already running?). Stop that process or start with another PORT.`,
  );
}

/** Checked before the database starts, so a second start fails at once instead of half-way. */
function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? portInUse(port) : error),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function describe(error: unknown): string {
  const code = (error as { code?: string })?.code;
  const text = error instanceof Error ? error.message : String(error);
  return code && !text.includes(code) ? `${code}: ${text}` : text;
}

main().catch((error: unknown) => {
  if (
    error instanceof StartError ||
    EXPECTED.some((type) => error instanceof type)
  ) {
    console.error(`Herstelkompas did not start. ${(error as Error).message}`);
  } else {
    console.error('Herstelkompas did not start:', error);
  }
  process.exit(1);
});

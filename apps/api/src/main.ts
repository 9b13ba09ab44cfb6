import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import cluster from 'node:cluster';
import { createServer } from 'node:net';
import type { DataSource } from 'typeorm';
import {
  ApiProcessesFailed,
  type ApiProcesses,
  startApiProcesses,
} from './cluster/primary';
import { runWorker } from './cluster/worker';
import {
  type AppConfig,
  ConfigError,
  configFromEnvironment,
} from './config/config';
import type { RuntimeConfig } from './config/config.module';
import { resolveEmbeddedSecrets } from './config/secrets';
import {
  EmbeddedDatabaseError,
  leaveStopSignalsToCaller,
} from './database/embedded-postgres';
import {
  MigrationError,
  openDatabase,
  type OpenDatabase,
} from './database/open-database';
import { createLogger, logFatalErrors } from './logging/logger';
import { DEMO_INTAKE_CLIENT, openDemoIntakeUrl } from './seed/demo-intake';
import { DEMO_LOGIN, seedDemoPractice } from './seed/demo-seed';

/** Errors whose message is the whole story: print one line, no stack. */
const EXPECTED = [
  ConfigError,
  EmbeddedDatabaseError,
  MigrationError,
  ApiProcessesFailed,
];

/**
 * Starts the product. The database (embedded or DATABASE_URL), migrations
 * and the demo seed happen once, here; then either this process serves
 * (API_PROCESSES=1) or it forks that many API processes sharing the port
 * (node:cluster) and stays their primary: it restarts one that dies, draws
 * the reports and stops them all, then the database, on SIGTERM/SIGINT.
 */
async function main(): Promise<void> {
  const config = configFromEnvironment();
  if (cluster.isWorker) return runWorker(config);
  const logger = createLogger(config.logLevel);
  logFatalErrors(logger);
  await assertPortFree(config.host, config.port);

  const secrets = config.databaseUrl
    ? undefined
    : resolveEmbeddedSecrets(config);
  const runtime = {
    ...config,
    sessionSecret: config.sessionSecret ?? (secrets?.sessionSecret as string),
  };
  // What is running, for the signal handlers: filled in as the start proceeds.
  const running: {
    app?: NestFastifyApplication;
    processes?: ApiProcesses;
    database?: OpenDatabase;
  } = {};
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Stopping');
    await running.app?.close().catch(() => undefined);
    await running.processes?.stop().catch(() => undefined);
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
  // Our stop handler stops the database, after the API has finished.
  leaveStopSignalsToCaller();
  const seeded = config.demoSeed
    ? await seedDemoPractice(database.dataSource, runtime.sessionSecret)
    : false;
  if (config.apiProcesses > 1) {
    try {
      running.processes = await startApiProcesses({
        config: runtime,
        databaseUrl: database.url,
        logger,
      });
    } catch (error) {
      stopping = true;
      await database.close();
      throw error;
    }
    await printStarted(config, runtime, database.dataSource, seeded);
    // The API processes hold their own connections; the primary needs none.
    await database.dataSource.destroy().catch(() => undefined);
    return;
  }
  // One process: the API runs here (its modules load only when they serve).
  const { createApp } = await import('./create-app');
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
  await printStarted(config, runtime, database.dataSource, seeded);
}

/** The start message, once per machine: the address, the demo login and intake link. */
async function printStarted(
  config: AppConfig,
  runtime: RuntimeConfig,
  dataSource: DataSource,
  seeded: boolean,
): Promise<void> {
  const url = `http://localhost:${config.port}`;
  console.log(`\nHerstelkompas is running at ${url}  (Ctrl-C stops it)`);
  if (config.demoSeed) {
    console.log(
      `Demo practice${seeded ? ' created' : ''}: sign in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`,
    );
    const intake = await openDemoIntakeUrl(
      dataSource,
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

import type { AppConfig } from '../config/config';
import { createDataSource } from '../database/data-source';
import { keepPoolErrorsFromEndingTheProcess } from '../database/pool-errors';
import { createLogger, flushLogs, logFatalErrors } from '../logging/logger';
import { sendToPrimary, type StartMessage, type ToWorker } from './messages';

/** A stop that takes longer than this (a hanging request) ends the process anyway. */
const STOP_TIMEOUT_MS = 15_000;

/**
 * One API process of a cluster: waits for the primary's start message
 * (database, secret, whether it works the job queue), builds the app and
 * listens on the shared port. The database, migrations, demo seed and the
 * start message belong to the primary.
 *
 * Stops gracefully when the primary says so (or on SIGTERM): the
 * server stops taking connections, requests in flight are answered, the job
 * queue lets a mail being sent finish, then the connections close. When the
 * primary is gone (killed), the process exits at once instead of lingering
 * with a port it can no longer be given connections on.
 */
export async function runWorker(config: AppConfig): Promise<void> {
  const start = await startMessage();
  const logger = createLogger(config.logLevel, { process: start.slot });
  logFatalErrors(logger);
  let stopping = false;
  let stopApp = async () => undefined as void;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.debug({ reason }, 'API process stopping');
    setTimeout(() => {
      logger.warn('API process did not stop in time: ending it');
      flushLogs(logger);
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
    void stopApp()
      .catch((error: unknown) =>
        logger.error({ err: error }, 'API process did not stop cleanly'),
      )
      .finally(() => process.exit(0));
  };
  process.on('message', (message: ToWorker) => {
    if (message?.type === 'stop') stop('primary');
  });
  // Ctrl-C reaches every process of the group: the primary stops the API
  // processes in order, so the signal itself is left to it.
  process.on('SIGINT', () => undefined);
  process.once('SIGTERM', () => stop('SIGTERM'));
  // Before node:cluster's own listener, which ends the process at once.
  process.prependOnceListener('disconnect', () => {
    if (stopping) return;
    logger.error('The primary process is gone: this API process exits');
    flushLogs(logger);
    process.exit(1);
  });

  const dataSource = createDataSource(start.databaseUrl);
  await dataSource.initialize();
  keepPoolErrorsFromEndingTheProcess(dataSource);
  stopApp = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
  };
  // The application's modules load here, in the API processes only.
  const { createApp } = await import('../create-app');
  const app = await createApp({
    config: {
      ...config,
      sessionSecret: start.sessionSecret,
      backgroundJobs: start.backgroundJobs,
    },
    dataSource,
    logger,
  });
  stopApp = async () => {
    await app.close();
    if (dataSource.isInitialized) await dataSource.destroy();
  };
  // Wake-ups for the job queue from the other processes (when this one works it).
  const { JobQueue } = await import('../jobs/job-queue');
  const jobs = app.get(JobQueue);
  process.on('message', (message: ToWorker) => {
    if (message?.type === 'jobs.wake') jobs.wake(message.name);
  });
  if (stopping) return;
  await app.listen({ port: config.port, host: config.host });
  sendToPrimary({ type: 'ready' });
}

function startMessage(): Promise<StartMessage> {
  return new Promise((resolve) => {
    const onMessage = (message: ToWorker) => {
      if (message?.type !== 'start') return;
      process.off('message', onMessage);
      resolve(message);
    };
    process.on('message', onMessage);
    // Started without a primary (or it died before sending): nothing to serve.
    process.once('disconnect', () => process.exit(1));
  });
}

import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import type { RuntimeConfig } from '../config/config.module';
import type { JobWakeMessage, StartMessage, ToPrimary } from './messages';
import { ReportHost } from './report-host';

/** A process that does not stop within this after being asked is killed. */
const STOP_TIMEOUT_MS = 20_000;
/** Pause before a process that died is started again (no tight crash loop). */
const RESTART_DELAY_MS = 1_000;

/** The slot whose process works the job queue. */
const JOBS_SLOT = 1;

export class ApiProcessesFailed extends Error {}

export interface ApiProcesses {
  /** Asks every process to finish what it is doing and stop; resolves when all have. */
  stop(): Promise<void>;
}

/**
 * The primary of a cluster: forks `config.apiProcesses` API processes that
 * listen on the one port (the primary hands out connections round robin),
 * restarts one that dies, relays job wake-ups to the process that works the
 * queue and draws every process's reports in its own pool. Resolves when
 * the first is listening (the product answers from then on, as with one
 * process); rejects when it fails to start.
 */
export async function startApiProcesses(options: {
  config: RuntimeConfig;
  databaseUrl: string;
  logger: Logger;
}): Promise<ApiProcesses> {
  const { config, databaseUrl, logger } = options;
  // Structured clone on the IPC channel: PDF bytes and dates as they are.
  cluster.setupPrimary({ serialization: 'advanced' });
  const reports = new ReportHost(config.reportWorkers);
  const bySlot = new Map<number, Worker>();
  let stopping = false;
  let serving = false;
  let failStart: (error: Error) => void = () => undefined;
  let firstReady: () => void = () => undefined;

  const fork = (slot: number) => {
    const worker = cluster.fork();
    bySlot.set(slot, worker);
    const start: StartMessage = {
      type: 'start',
      slot,
      databaseUrl,
      sessionSecret: config.sessionSecret,
      backgroundJobs: slot === JOBS_SLOT,
    };
    worker.send(start);
    worker.on('message', (message: ToPrimary) => {
      switch (message?.type) {
        case 'ready':
          if (serving) break;
          serving = true;
          firstReady();
          // The others start once the first serves: they do not compete with
          // it for the CPU while it starts, and it has created the job queues.
          for (let other = 2; other <= config.apiProcesses; other++)
            fork(other);
          break;
        case 'jobs.wake':
          forwardWake(message);
          break;
        case 'report.render':
          void reports.handle(worker, message);
          break;
      }
    });
    worker.once('exit', (code, signal) => {
      if (bySlot.get(slot) === worker) bySlot.delete(slot);
      if (stopping) return;
      if (!serving) {
        failStart(
          new ApiProcessesFailed(
            `API process ${slot} stopped while starting (exit code ${code ?? signal}).`,
          ),
        );
        return;
      }
      logger.warn(
        { process: slot, pid: worker.process.pid, code, signal },
        'API process stopped unexpectedly: starting a new one',
      );
      setTimeout(() => {
        if (!stopping) fork(slot);
      }, RESTART_DELAY_MS).unref();
    });
  };

  const forwardWake = (message: JobWakeMessage) => {
    const owner = bySlot.get(JOBS_SLOT);
    if (owner?.isConnected()) owner.send(message);
  };

  const stop = async () => {
    stopping = true;
    const workers = [...bySlot.values()];
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            const timer = setTimeout(() => {
              logger.warn(
                { pid: worker.process.pid },
                'API process did not stop in time: killing it',
              );
              worker.process.kill('SIGKILL');
            }, STOP_TIMEOUT_MS);
            worker.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            if (worker.isConnected()) worker.send({ type: 'stop' });
            else worker.process.kill('SIGTERM');
          }),
      ),
    );
    await reports.close();
  };

  const started = new Promise<void>((resolve, reject) => {
    firstReady = resolve;
    failStart = reject;
  });
  fork(1);
  try {
    await started;
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}

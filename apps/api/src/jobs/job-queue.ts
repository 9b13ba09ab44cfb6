import {
  Inject,
  Injectable,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import { relayJobWake } from '../cluster/messages';
import { APP_CONFIG, RuntimeConfig } from '../config/config.module';

/** The schema pg-boss creates, owns and upgrades; our migrations never touch it. */
export const JOB_SCHEMA = 'pgboss';

export type JobHandler<T> = (job: PgBoss.JobWithMetadata<T>) => Promise<void>;

export type StartHook = (boss: PgBoss) => Promise<void>;

interface Registration {
  handler: JobHandler<never>;
  queue: PgBoss.Queue;
  concurrency: number;
}

/** How a worker takes its jobs. */
export interface WorkOptions {
  /**
   * Jobs fetched together and handled side by side (default 1). Each job
   * still succeeds or fails (and is retried) on its own.
   */
  concurrency?: number;
}

/**
 * A durable job queue in the application's own database (pg-boss). Jobs are
 * inserted with the caller's transaction, so a job exists exactly when the
 * thing it is about was committed; a job taken by a process that dies runs
 * again when its time is up; one job is only ever held by one process.
 *
 * Of several API processes on one machine only one works the queue
 * (`backgroundJobs`): the mail pace (connections and mails side by side),
 * the start-up requeues and the follow-up sweep stay as they are with one
 * process. The others only insert jobs, and pass a wake-up on to it.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly registrations = new Map<string, Registration>();
  private readonly workers = new Map<string, string>();
  private readonly startHooks: StartHook[] = [];
  private boss?: PgBoss;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /** Called by features in onModuleInit, before the queue starts. */
  register<T>(
    name: string,
    queue: Omit<PgBoss.Queue, 'name'>,
    handler: JobHandler<T>,
    options: WorkOptions = {},
  ): void {
    this.registrations.set(name, {
      handler: handler as JobHandler<never>,
      queue: { name, ...queue },
      concurrency: Math.max(1, Math.floor(options.concurrency ?? 1)),
    });
  }

  /** Runs once the queue is up, before workers start (e.g. to re-create lost jobs). */
  afterStart(hook: StartHook): void {
    this.startHooks.push(hook);
  }

  async onApplicationBootstrap(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    const working = this.config.backgroundJobs;
    const boss = new PgBoss({
      connectionString: url,
      schema: JOB_SCHEMA,
      application_name: 'herstelkompas-jobs',
      // A process that only inserts jobs does so on the caller's connection.
      max: working ? 4 : 1,
      // Expiry, retention and archiving: done by the process that works the queue.
      supervise: working,
      // Expired (stuck) jobs are handed out again by this check.
      maintenanceIntervalSeconds: Math.max(
        1,
        Math.min(60, this.config.mail.retryDelaySeconds),
      ),
      schedule: false,
    });
    boss.on('error', () => undefined);
    await boss.start();
    this.boss = boss;
    if (!working) {
      await this.ensureQueues(boss);
      return;
    }
    for (const [name, { queue }] of this.registrations) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, queue);
      else await boss.updateQueue(name, queue);
    }
    for (const hook of this.startHooks) await hook(boss);
    for (const [name, { handler, concurrency }] of this.registrations) {
      // Known once work() answers; a batch handled before that is not followed at once.
      let id = '';
      id = await boss.work<never>(
        name,
        {
          includeMetadata: true,
          // One fetch (FOR UPDATE SKIP LOCKED) takes up to `concurrency` due
          // jobs; no other process can hold them meanwhile.
          batchSize: concurrency,
          pollingIntervalSeconds: this.config.production ? 2 : 0.5,
        },
        async (jobs) => {
          if (!jobs.length) return;
          try {
            await Promise.all(
              jobs.map(async (job) => {
                try {
                  await handler(job);
                } catch (error) {
                  // Only this job fails and is retried with its backoff;
                  // pg-boss completes the others once the batch is done.
                  await boss.fail(name, job.id, error as object);
                }
              }),
            );
          } finally {
            // pg-boss waits out the polling interval after every fetch; while
            // jobs are due, the next batch is fetched at once instead (a
            // thousand due reminders would otherwise take a thousand polls).
            boss.notifyWorker(id);
          }
        },
      );
      this.workers.set(name, id);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    // Lets a job that is being sent finish; what does not finish in time runs again later.
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /**
   * Inserts a job inside the caller's transaction: it is committed or rolled
   * back with everything else. `id` makes the insert idempotent.
   */
  async send(
    manager: EntityManager,
    name: string,
    data: object,
    options: { id: string; startAfter?: Date },
  ): Promise<void> {
    const boss = this.required();
    await boss.send(name, data, {
      id: options.id,
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      db: {
        executeSql: async (text: string, values: unknown[]) => {
          const runner = manager.queryRunner;
          if (!runner) throw new Error('Jobs are sent inside a transaction');
          const result = await runner.query(text, values, true);
          return { rows: result.records as unknown[] };
        },
      },
    });
  }

  /**
   * On a first start the processes start together: a queue the working
   * process has not created yet is created here, and one created meanwhile
   * by the other is fine.
   */
  private async ensureQueues(boss: PgBoss): Promise<void> {
    for (const [name, { queue }] of this.registrations) {
      if (await boss.getQueue(name)) continue;
      await boss.createQueue(name, queue).catch(async (error: unknown) => {
        if (!(await boss.getQueue(name))) throw error;
      });
    }
  }

  /** Fetch at once instead of at the next poll (after the caller's commit). */
  wake(name: string): void {
    if (!this.config.backgroundJobs) {
      relayJobWake(name);
      return;
    }
    const id = this.workers.get(name);
    if (id) this.boss?.notifyWorker(id);
  }

  private required(): PgBoss {
    if (!this.boss) throw new Error('The job queue has not started');
    return this.boss;
  }
}

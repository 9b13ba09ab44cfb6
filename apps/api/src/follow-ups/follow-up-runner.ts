import type { IntakeVariant } from '@herstelkompas/contracts';
import {
  Injectable,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { createHash } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Client } from '../clients/client.entity';
import { InvitationIssuer } from '../intake/invitation-issuer';
import { JobQueue } from '../jobs/job-queue';
import { Outbox } from '../mail/outbox';
import { Practitioner } from '../practices/practitioner.entity';
import { FollowUpSchedule } from './follow-up-schedule.entity';
import { amsterdamToday, dueInstant, nextDueDay } from './follow-up-time';

export const FOLLOW_UP_JOB = 'follow-up.invite';

/** How often schedules past their time are checked for a missing job. */
const SWEEP_MS = 10 * 60_000;

export interface FollowUpJob {
  scheduleId: string;
  revision: number;
  dueOn: string;
}

export type FollowUpOutcome =
  'invited' | 'open_invitation' | 'client_archived' | 'not_due' | 'gone';

/**
 * Makes a schedule's invitation when its day has come. One job per (schedule,
 * setting, due day), inserted with the change that asked for it; the run
 * locks the schedule row and checks it is still due on that day, then moves
 * it on in the same transaction. A second run of the same job, in this
 * process or another, waits for the lock and then finds nothing due.
 */
@Injectable()
export class FollowUpRunner implements OnModuleInit, OnApplicationShutdown {
  private sweeper?: ReturnType<typeof setInterval>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly issuer: InvitationIssuer,
    private readonly outbox: Outbox,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<FollowUpJob>(
      FOLLOW_UP_JOB,
      {
        retryLimit: 10,
        retryDelay: 60,
        retryBackoff: true,
        expireInSeconds: 300,
        retentionDays: 30,
      },
      async (job) => {
        await this.run(job.data);
      },
    );
    this.jobs.afterStart(async (boss) => {
      await this.requeue(boss);
      this.sweeper = setInterval(() => void this.sweep(), SWEEP_MS);
      this.sweeper.unref();
    });
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  /**
   * Schedules that came in without a job (a practice import) get it once
   * their time has come. The job id is fixed per day, so a schedule whose
   * job exists gets no second one.
   */
  async sweep(now = new Date()): Promise<void> {
    try {
      const due = await this.dataSource
        .getRepository(FollowUpSchedule)
        .createQueryBuilder('s')
        .where('s.next_due_on <= :today', { today: amsterdamToday(now) })
        .take(500)
        .getMany();
      for (const row of due)
        if (dueInstant(row.nextDueOn).getTime() <= now.getTime())
          await this.dataSource.transaction((m) => this.enqueue(m, row));
      if (due.length) this.jobs.wake(FOLLOW_UP_JOB);
    } catch {
      // The next sweep tries again; a stopped database is reported by health.
    }
  }

  /** The job for the schedule's next due day, inside the caller's transaction. */
  async enqueue(manager: EntityManager, row: FollowUpSchedule): Promise<void> {
    const data = this.jobOf(row);
    await this.jobs.send(manager, FOLLOW_UP_JOB, data, {
      id: jobId(data),
      startAfter: dueInstant(row.nextDueOn),
    });
  }

  /** Wakes the worker when a schedule is due at once (set for today after 08:00). */
  wakeIfDue(row: FollowUpSchedule, now = new Date()): void {
    if (dueInstant(row.nextDueOn).getTime() <= now.getTime())
      this.jobs.wake(FOLLOW_UP_JOB);
  }

  /**
   * A database restored from a backup has the schedules but not the job
   * queue: every schedule gets its job again; where it exists the same id
   * inserts nothing.
   */
  private async requeue(boss: PgBoss): Promise<void> {
    const rows = await this.dataSource.getRepository(FollowUpSchedule).find();
    for (const row of rows) {
      const data = this.jobOf(row);
      await boss.send(FOLLOW_UP_JOB, data, {
        id: jobId(data),
        startAfter: dueInstant(row.nextDueOn),
      });
    }
  }

  /** One run of the job; exported for tests that run it as two workers would. */
  async run(job: FollowUpJob, now = new Date()): Promise<FollowUpOutcome> {
    let mailed = false;
    const outcome = await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(FollowUpSchedule, {
        where: { id: job.scheduleId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) return 'gone';
      if (
        row.nextDueOn !== job.dueOn ||
        dueInstant(row.nextDueOn).getTime() > now.getTime()
      )
        return 'not_due';
      const client = await manager.findOneByOrFail(Client, {
        id: row.clientId,
      });
      if (client.status === 'archived') {
        await manager.delete(FollowUpSchedule, { id: row.id });
        return 'client_archived';
      }
      let result: FollowUpOutcome = 'open_invitation';
      if (!(await this.hasOpenInvitation(manager, client.id, row.variant))) {
        mailed = await this.invite(manager, row, client);
        result = 'invited';
      }
      await this.moveOn(manager, row, now);
      return result;
    });
    if (mailed) this.outbox.wake();
    return outcome;
  }

  private async invite(
    manager: EntityManager,
    row: FollowUpSchedule,
    client: Client,
  ): Promise<boolean> {
    // Without an address (removed since) the link is made to hand over.
    const byEmail = row.send === 'email' && Boolean(client.email?.trim());
    const created = await this.issuer.issue(manager, {
      client,
      practitionerId: client.responsiblePractitionerId,
      variant: row.variant,
      byEmail,
    });
    row.lastInvitationId = created.id;
    const setBy = await manager.findOneBy(Practitioner, {
      id: row.createdById,
    });
    // Made on the instruction of whoever set the schedule, by the schedule.
    await this.audit.recordAs(
      manager,
      {
        practiceId: row.practiceId,
        userId: setBy ? setBy.id : null,
        role: setBy ? setBy.role : null,
        ip: null,
        userAgent: null,
      },
      {
        event: 'intake.invite',
        action: 'C',
        part: 'intake',
        clientId: client.id,
        onBehalfOfId: client.responsiblePractitionerId,
        details: {
          invitationId: created.id,
          variant: row.variant,
          send: byEmail ? 'email' : 'link',
          by: 'follow_up_schedule',
          dueOn: row.nextDueOn,
        },
      },
    );
    return byEmail;
  }

  private async moveOn(
    manager: EntityManager,
    row: FollowUpSchedule,
    now: Date,
  ): Promise<void> {
    if (row.everyWeeks === null) {
      await manager.delete(FollowUpSchedule, { id: row.id });
      return;
    }
    row.lastRunOn = row.nextDueOn;
    row.nextDueOn = nextDueDay(row.nextDueOn, row.everyWeeks, now);
    await manager.save(row);
    await this.enqueue(manager, row);
  }

  private async hasOpenInvitation(
    manager: EntityManager,
    clientId: string,
    variant: IntakeVariant,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM intake_invitations
        WHERE client_id = $1 AND variant = $2 AND submitted_at IS NULL
          AND revoked_at IS NULL AND locked_at IS NULL AND expires_at > now()
        LIMIT 1`,
      [clientId, variant],
    );
    return rows.length > 0;
  }

  private jobOf(row: FollowUpSchedule): FollowUpJob {
    return {
      scheduleId: row.id,
      revision: row.revision,
      dueOn: row.nextDueOn,
    };
  }
}

/** The same schedule, setting and day always give the same job id. */
export function jobId(job: FollowUpJob): string {
  const hex = createHash('sha256')
    .update(`${job.scheduleId}:${job.revision}:${job.dueOn}`)
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

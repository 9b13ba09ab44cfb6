import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext } from '../common/request-context';
import {
  type AuditActor,
  type AuditEntry,
  LINE_COLUMNS,
  lineValues,
} from './audit.service';

/** Most lines in one statement: 12 parameters a line stays far below PostgreSQL's 65,535. */
const MAX_BATCH = 250;

interface Pending {
  values: unknown[];
  practiceId: string;
  done: () => void;
  failed: (error: unknown) => void;
}

/**
 * The access-log lines of reads, written in groups. A read appends its line
 * and waits; the lines that arrive while one group is being written go
 * together in the next, as one multi-row INSERT that is its own transaction.
 * The caller answers only after the statement holding its line has
 * committed, so no read is ever answered without its line, and a failed
 * write fails the read.
 *
 * The chain trigger still links every line (a row-level trigger sees the
 * rows inserted before it in the same statement). Its lock on a chain is
 * held for one short statement, not for a whole request's transaction, and
 * one statement of many lines takes it once per practice instead of once per
 * line. Lines are sorted by practice so that two processes writing groups for
 * the same practices always take their locks in the same order.
 *
 * Changes keep their line in their own transaction (AuditService.record):
 * a change and the line describing it commit or roll back together.
 */
@Injectable()
export class AuditLineBuffer implements OnApplicationShutdown {
  private readonly logger = new Logger('AccessLog');
  private queue: Pending[] = [];
  private writing: Promise<void> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** Resolves once the line is committed. */
  record(ctx: RequestContext, entry: AuditEntry): Promise<void> {
    return this.recordAs(
      {
        practiceId: ctx.practiceId,
        userId: ctx.practitionerId,
        role: ctx.role,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
      },
      entry,
    );
  }

  recordAs(actor: AuditActor, entry: AuditEntry): Promise<void> {
    return new Promise<void>((done, failed) => {
      this.queue.push({
        practiceId: actor.practiceId,
        values: lineValues(actor, entry),
        done,
        failed,
      });
      if (!this.writing) this.writing = this.drain();
    });
  }

  async onApplicationShutdown(): Promise<void> {
    while (this.writing) await this.writing;
  }

  /** Writes groups until the queue is empty; lines that come meanwhile join the next group. */
  private async drain(): Promise<void> {
    // Lines appended in the same turn of the event loop go in one group.
    await new Promise((next) => setImmediate(next));
    try {
      while (this.queue.length) {
        const group = this.queue.splice(0, MAX_BATCH);
        await this.write(group);
      }
    } finally {
      this.writing = null;
    }
  }

  private async write(group: Pending[]): Promise<void> {
    group.sort((a, b) =>
      a.practiceId < b.practiceId ? -1 : a.practiceId > b.practiceId ? 1 : 0,
    );
    try {
      await this.insert(group);
      for (const line of group) line.done();
    } catch (error) {
      if (group.length === 1) {
        group[0]?.failed(error);
        return;
      }
      // One bad line must not fail the reads beside it.
      this.logger.warn(
        `${group.length} lines refused together (${String(error)}): each again on its own`,
      );
      for (const line of group) {
        await this.insert([line]).then(line.done, line.failed);
      }
    }
  }

  private async insert(group: Pending[]): Promise<void> {
    const params: unknown[] = [];
    const rows = group.map((line) => {
      const start = params.length;
      params.push(...line.values);
      return `(${LINE_COLUMNS.map((_, i) => `$${start + i + 1}`).join(', ')})`;
    });
    await this.dataSource.query(
      `INSERT INTO audit_events (${LINE_COLUMNS.join(', ')}) VALUES ${rows.join(', ')}`,
      params,
    );
  }
}

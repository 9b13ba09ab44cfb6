import type { TimelineEvent } from '@herstelkompas/contracts';
import type { DomainId } from '@herstelkompas/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLineBuffer } from '../audit/audit-line-buffer';
import { ApiError } from '../common/api-error';
import { ClientAccess, UUID } from '../clients/client-access';
import { RequestContext } from '../common/request-context';
import { readTimeline } from './timeline-query';

/**
 * A client's history in one stream, newest first: intake links sent,
 * assessments, check-ins, red flags raised and handled, decisions, notes and
 * their addenda, goals, homework and reports. Each event names the item it
 * opens and carries a short plain-text excerpt.
 */
@Injectable()
export class TimelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly lines: AuditLineBuffer,
  ) {}

  async timeline(
    ctx: RequestContext,
    clientId: string,
    domain?: DomainId,
  ): Promise<TimelineEvent[]> {
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    if (!UUID.test(clientId)) throw new ApiError(404, 'not_found');
    const found = await readTimeline(manager, ctx, clientId);
    if (!found) throw await this.access.refusal(manager, clientId);
    await this.lines.record(ctx, {
      event: 'timeline.read',
      action: 'R',
      part: 'timeline',
      clientId: found.client.id,
      onBehalfOfId: found.client.responsiblePractitionerId,
    });
    // A stable sort: entries at the same instant keep their kind order.
    return found.events
      .filter((e) => !domain || e.domains.includes(domain))
      .sort((a, b) => b.at.localeCompare(a.at));
  }
}

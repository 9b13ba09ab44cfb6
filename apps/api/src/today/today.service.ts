import type { ClientStatus, HomeView } from '@herstelkompas/contracts';
import { CLIENT_STATUSES } from '@herstelkompas/contracts';
import {
  CHECK_IN_SILENCE_DAYS,
  checkInWorsening,
  compareAssessments,
  DOMAIN_IDS,
  type DomainId,
  formatPersonName,
  URGENCY_ORDER,
} from '@herstelkompas/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, LessThan } from 'typeorm';
import { Assessment } from '../assessments/assessment.entity';
import { AuditLineBuffer } from '../audit/audit-line-buffer';
import { ClientAccess } from '../clients/client-access';
import { Client } from '../clients/client.entity';
import { RequestContext } from '../common/request-context';
import { MailMessage } from '../mail/mail-message.entity';
import { RedFlagReview } from '../red-flags/red-flag-review.entity';
import { SessionNote } from '../session-notes/session-note.entity';

const UNSIGNED_AFTER_MS = 48 * 3600_000;
const LIST_LIMIT = 50;

/** What needs the practitioner today, over the clients they may see. */
@Injectable()
export class TodayService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly lines: AuditLineBuffer,
  ) {}

  async view(ctx: RequestContext, followUpWeeks: number): Promise<HomeView> {
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    const visible = () => this.access.query(manager, ctx);
    const ref = (c: Client) => ({
      clientId: c.id,
      displayName: formatPersonName(c),
    });

    const flagged = await visible()
      .andWhere('c.open_red_flag_count > 0')
      .orderBy('c.lastActivityAt', 'DESC')
      .take(LIST_LIMIT)
      .getMany();
    const reviews = flagged.length
      ? await manager.find(RedFlagReview, {
          where: {
            clientId: In(flagged.map((c) => c.id)),
            acknowledgedAt: IsNull(),
          },
        })
      : [];
    const mostUrgent = (clientId: string) =>
      URGENCY_ORDER.find((u) =>
        reviews.some((r) => r.clientId === clientId && r.flag.urgency === u),
      ) ?? 'gp_review';

    const since = new Date(Date.now() - followUpWeeks * 7 * 86_400_000);
    const due = await visible()
      .andWhere("c.status = 'active'")
      .andWhere('c.last_activity_at < :since', { since })
      .orderBy('c.lastActivityAt', 'ASC')
      .take(LIST_LIMIT)
      .getMany();

    const drafts = await manager.find(SessionNote, {
      where: {
        practiceId: ctx.practiceId,
        authorId: ctx.practitionerId,
        status: 'draft',
        createdAt: LessThan(new Date(Date.now() - UNSIGNED_AFTER_MS)),
      },
      order: { sessionDate: 'ASC' },
      take: LIST_LIMIT,
    });
    const draftClients = drafts.length
      ? await visible()
          .andWhere('c.id IN (:...ids)', {
            ids: [...new Set(drafts.map((d) => d.clientId))],
          })
          .getMany()
      : [];

    const view: HomeView = {
      openRedFlags: flagged.map((c) => ({
        ...ref(c),
        count: c.openRedFlagCount,
        mostUrgent: mostUrgent(c.id),
      })),
      intakesToReview: await this.intakesToReview(manager, ctx),
      unsignedNotes: drafts
        .filter((d) => draftClients.some((c) => c.id === d.clientId))
        .map((d) => ({
          ...ref(draftClients.find((c) => c.id === d.clientId) as Client),
          noteId: d.id,
          sessionDate: d.sessionDate.toISOString(),
        })),
      dueForFollowUp: due.map((c) => ({
        ...ref(c),
        lastActivityAt: c.lastActivityAt.toISOString(),
      })),
      noImprovement: await this.noImprovement(manager, ctx),
      undeliveredMail: await this.undeliveredMail(manager, ctx),
      checkInWorsening: await this.checkInWorsening(manager, ctx),
      checkInSilence: await this.checkInSilence(manager, ctx),
      followUpWeeks,
      practice:
        ctx.role === 'owner'
          ? await this.practice(manager, ctx.practiceId)
          : null,
    };
    // The home page lists clients by name: logged like a search.
    await this.lines.record(ctx, {
      event: 'home.read',
      action: 'E',
      part: 'home',
      details: {
        openRedFlags: view.openRedFlags.length,
        intakesToReview: view.intakesToReview.length,
        unsignedNotes: view.unsignedNotes.length,
        dueForFollowUp: view.dueForFollowUp.length,
        noImprovement: view.noImprovement.length,
        undeliveredMail: view.undeliveredMail.length,
        checkInWorsening: view.checkInWorsening.length,
        checkInSilence: view.checkInSilence.length,
      },
    });
    return view;
  }

  /**
   * Each client's latest check-in of the last two weeks against the one
   * before it (libs/domain's heuristic): pain, and the focus domains once
   * the practitioner confirmed a priority.
   */
  private async checkInWorsening(
    manager: EntityManager,
    ctx: RequestContext,
  ): Promise<HomeView['checkInWorsening']> {
    const [visibleSql, params] = this.access
      .query(manager, ctx)
      .select('c.id')
      .getQueryAndParameters();
    const scales = ['pain_now', ...DOMAIN_IDS, 'movement_safety'];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT l.id, l.client_id, l.submitted_at, cl.first_name, cl.last_name,
              CASE WHEN EXISTS (SELECT 1 FROM priority_decisions d WHERE d.client_id = l.client_id)
                   THEN cl.focus_domains ELSE '{}' END AS focus,
              ${scales.map((s) => `l.${s} AS l_${s}, p.${s} AS p_${s}`).join(', ')}
         FROM (SELECT DISTINCT ON (client_id) * FROM check_ins
                WHERE client_id IN (${visibleSql}) AND status = 'submitted'
                  AND submitted_at > now() - interval '${CHECK_IN_SILENCE_DAYS} days'
                ORDER BY client_id, submitted_at DESC) l
         JOIN LATERAL (SELECT * FROM check_ins p
                WHERE p.client_id = l.client_id AND p.status = 'submitted'
                  AND p.submitted_at < l.submitted_at
                ORDER BY p.submitted_at DESC LIMIT 1) p ON true
         JOIN clients cl ON cl.id = l.client_id
        ORDER BY l.submitted_at DESC`,
      params,
    );
    const values = (r: Record<string, unknown>, side: 'l' | 'p') => ({
      painNow: Number(r[`${side}_pain_now`]),
      movementSafety: Number(r[`${side}_movement_safety`]),
      domains: Object.fromEntries(
        DOMAIN_IDS.map((d) => [d, Number(r[`${side}_${d}`])]),
      ) as Record<DomainId, number>,
    });
    return rows
      .map((r) => ({
        clientId: r['client_id'] as string,
        displayName: formatPersonName({
          firstName: r['first_name'] as string,
          lastName: r['last_name'] as string,
        }),
        checkInId: r['id'] as string,
        submittedAt: new Date(r['submitted_at'] as string).toISOString(),
        worsened: checkInWorsening(
          values(r, 'p'),
          values(r, 'l'),
          r['focus'] as DomainId[],
        ),
      }))
      .filter((r) => r.worsened.length > 0)
      .slice(0, LIST_LIMIT);
  }

  /**
   * Clients in care who have used the portal for two weeks or more and sent
   * no check-in in the last two weeks; the longest silent first.
   */
  private async checkInSilence(
    manager: EntityManager,
    ctx: RequestContext,
  ): Promise<HomeView['checkInSilence']> {
    const rows: {
      id: string;
      first_name: string;
      last_name: string;
      last: Date | null;
    }[] = await this.access
      .query(manager, ctx)
      .select([
        'c.id AS id',
        'c.first_name AS first_name',
        'c.last_name AS last_name',
      ])
      .addSelect(
        `(SELECT max(k.submitted_at) FROM check_ins k WHERE k.client_id = c.id AND k.status = 'submitted')`,
        'last',
      )
      // In care: a client may use the portal before the first intake.
      .andWhere("c.status IN ('active', 'intake_pending')")
      .andWhere(
        `(SELECT min(pl.used_at) FROM portal_links pl WHERE pl.client_id = c.id) < now() - interval '${CHECK_IN_SILENCE_DAYS} days'`,
      )
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM check_ins k WHERE k.client_id = c.id AND k.status = 'submitted' AND k.submitted_at > now() - interval '${CHECK_IN_SILENCE_DAYS} days')`,
      )
      .orderBy('last', 'ASC', 'NULLS FIRST')
      .limit(LIST_LIMIT)
      .getRawMany();
    return rows.map((r) => ({
      clientId: r.id,
      displayName: formatPersonName({
        firstName: r.first_name,
        lastName: r.last_name,
      }),
      lastCheckInAt: r.last ? new Date(r.last).toISOString() : null,
    }));
  }

  /** Client mail given up on: shown until two weeks have passed. */
  private async undeliveredMail(
    manager: EntityManager,
    ctx: RequestContext,
  ): Promise<HomeView['undeliveredMail']> {
    const clients = this.access.query(manager, ctx).select('c.id');
    const rows = await manager
      .getRepository(MailMessage)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.client', 'client')
      .where(`m.client_id IN (${clients.getQuery()})`)
      .setParameters(clients.getParameters())
      .andWhere('m.practice_id = :practiceId', { practiceId: ctx.practiceId })
      .andWhere("m.status IN ('failed', 'refused')")
      .andWhere("m.updated_at > now() - interval '14 days'")
      .orderBy('m.updatedAt', 'DESC')
      .take(LIST_LIMIT)
      .getMany();
    return rows.map((m) => ({
      clientId: m.clientId as string,
      displayName: formatPersonName(m.client as Client),
      mailId: m.id,
      kind: m.kind,
      status: m.status as 'failed' | 'refused',
      recipient: m.recipient,
      error: m.lastError,
      at: m.updatedAt.toISOString(),
    }));
  }

  /** The latest intake of each client, when no priority decision has followed it yet. */
  private async intakesToReview(
    manager: EntityManager,
    ctx: RequestContext,
  ): Promise<HomeView['intakesToReview']> {
    // The visibility rule's own SQL and parameters ($1…), embedded as a sub-query.
    const [visibleSql, params] = this.access
      .query(manager, ctx)
      .select('c.id')
      .getQueryAndParameters();
    const rows: {
      client_id: string;
      id: string;
      submitted_at: Date;
      first_name: string;
      last_name: string;
    }[] = await manager.query(
      `SELECT a.client_id, a.id, a.submitted_at, cl.first_name, cl.last_name
         FROM (SELECT DISTINCT ON (client_id) client_id, id, submitted_at FROM assessments
                WHERE client_id IN (${visibleSql})
                ORDER BY client_id, submitted_at DESC) a
         JOIN clients cl ON cl.id = a.client_id
        WHERE NOT EXISTS (SELECT 1 FROM priority_decisions d WHERE d.client_id = a.client_id AND d.decided_at >= a.submitted_at)
        ORDER BY a.submitted_at ASC LIMIT ${LIST_LIMIT}`,
      params,
    );
    return rows.map((r) => ({
      clientId: r.client_id,
      displayName: formatPersonName({
        firstName: r.first_name,
        lastName: r.last_name,
      }),
      assessmentId: r.id,
      submittedAt: new Date(r.submitted_at).toISOString(),
    }));
  }

  /**
   * Active clients with a baseline and at least two follow-ups whose focus
   * domains show no notable improvement (libs/domain's compareAssessments):
   * "overweeg een andere aanpak of verwijzing".
   */
  private async noImprovement(
    manager: EntityManager,
    ctx: RequestContext,
  ): Promise<HomeView['noImprovement']> {
    const candidates = await this.access
      .query(manager, ctx)
      .andWhere("c.status = 'active'")
      .andWhere(
        '(SELECT count(*) FROM assessments a WHERE a.client_id = c.id) >= 3',
      )
      .take(200)
      .getMany();
    if (!candidates.length) return [];
    const assessments = await manager.find(Assessment, {
      where: { clientId: In(candidates.map((c) => c.id)) },
      order: { submittedAt: 'ASC' },
      select: {
        id: true,
        clientId: true,
        submittedAt: true,
        domainScores: true,
      },
    });
    return candidates
      .filter((client) => {
        const mine = assessments.filter((a) => a.clientId === client.id);
        const [first, last] = [mine[0], mine[mine.length - 1]];
        if (!first || !last || !client.focusDomains.length) return false;
        const change = compareAssessments(
          {
            id: first.id,
            date: first.submittedAt.toISOString(),
            domainScores: first.domainScores,
          },
          {
            id: last.id,
            date: last.submittedAt.toISOString(),
            domainScores: last.domainScores,
          },
        );
        return client.focusDomains.every(
          (d) =>
            !(
              change.domains[d].direction === 'improved' &&
              change.domains[d].notable
            ),
        );
      })
      .map((c) => ({
        clientId: c.id,
        displayName: formatPersonName(c),
        focusDomains: c.focusDomains,
      }))
      .slice(0, LIST_LIMIT);
  }

  private async practice(
    manager: EntityManager,
    practiceId: string,
  ): Promise<NonNullable<HomeView['practice']>> {
    const statuses: { status: ClientStatus; n: number }[] = await manager.query(
      'SELECT status, count(*)::int AS n FROM clients WHERE practice_id = $1 GROUP BY status',
      [practiceId],
    );
    const focus: { domain: DomainId; n: number }[] = await manager.query(
      `SELECT unnest(focus_domains) AS domain, count(*)::int AS n FROM clients
        WHERE practice_id = $1 AND status = 'active' GROUP BY 1`,
      [practiceId],
    );
    return {
      byStatus: Object.fromEntries(
        CLIENT_STATUSES.map((s) => [
          s,
          statuses.find((r) => r.status === s)?.n ?? 0,
        ]),
      ) as Record<ClientStatus, number>,
      focusDomainCounts: Object.fromEntries(
        DOMAIN_IDS.map((d) => [d, focus.find((r) => r.domain === d)?.n ?? 0]),
      ) as Record<DomainId, number>,
    };
  }
}

import type { TimelineEvent } from '@herstelkompas/contracts';
import { DOMAIN_IDS, DOMAINS, type DomainId } from '@herstelkompas/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Assessment } from '../assessments/assessment.entity';
import { AuditService } from '../audit/audit.service';
import { ClientAccess } from '../clients/client-access';
import { RequestContext } from '../common/request-context';
import { GoalRow } from '../goals/goal.entity';
import { practitionerNames } from '../practices/practitioner-names';
import { PriorityDecisionRow } from '../priority/priority-decision.entity';
import { SessionNoteRow } from '../session-notes/session-note.entity';

const SESSION_TYPE = {
  intake: { nl: 'intakegesprek', en: 'intake conversation' },
  coaching: { nl: 'coachingsessie', en: 'coaching session' },
  follow_up: { nl: 'vervolgafspraak', en: 'follow-up' },
  remote: { nl: 'telefoon/video', en: 'phone/video' },
} as const;

const names = (domains: readonly DomainId[], lang: 'nl' | 'en') =>
  domains.map((d) => DOMAINS[d].name[lang]).join(', ');

/** Assessments, decisions, notes and goals of one client in one stream, newest first. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
  ) {}

  async timeline(
    ctx: RequestContext,
    clientId: string,
    domain?: DomainId,
  ): Promise<TimelineEvent[]> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      const where = { clientId: client.id };
      const [assessments, decisions, notes, goals] = await Promise.all([
        manager.find(Assessment, {
          where,
          select: {
            id: true,
            submittedAt: true,
            variant: true,
            enteredByPractitionerId: true,
          },
        }),
        manager.find(PriorityDecisionRow, { where }),
        manager.find(SessionNoteRow, {
          where,
          select: {
            id: true,
            sessionDate: true,
            type: true,
            domains: true,
            status: true,
            authorId: true,
          },
        }),
        manager.find(GoalRow, { where }),
      ]);
      const ids = [
        ...assessments.map((a) => a.enteredByPractitionerId),
        ...decisions.map((d) => d.decidedById),
        ...notes.map((n) => n.authorId),
        ...goals.map((g) => g.createdById),
      ].filter((id): id is string => !!id);
      const name = await practitionerNames(manager, ids);
      const by = (id: string | null) =>
        id
          ? {
              id,
              displayName: name(id).displayName,
            }
          : null;

      const events: TimelineEvent[] = [
        ...assessments.map((a) => ({
          kind: 'assessment' as const,
          id: a.id,
          at: a.submittedAt.toISOString(),
          domains: [...DOMAIN_IDS],
          title:
            a.variant === 'baseline'
              ? { nl: 'Intake ingevuld', en: 'Intake completed' }
              : { nl: 'Vervolgmeting ingevuld', en: 'Follow-up completed' },
          by: by(a.enteredByPractitionerId),
        })),
        ...decisions.map((d) => ({
          kind: 'decision' as const,
          id: d.id,
          at: d.decidedAt.toISOString(),
          domains: d.focusDomains,
          title: {
            nl: `Focus gekozen: ${names(d.focusDomains, 'nl')}`,
            en: `Focus chosen: ${names(d.focusDomains, 'en')}`,
          },
          by: by(d.decidedById),
        })),
        ...notes.map((n) => ({
          kind: 'note' as const,
          id: n.id,
          at: n.sessionDate.toISOString(),
          domains: n.domains,
          title: {
            nl: `Sessienotitie, ${SESSION_TYPE[n.type].nl}${n.status === 'draft' ? ' (concept)' : ''}`,
            en: `Session note, ${SESSION_TYPE[n.type].en}${n.status === 'draft' ? ' (draft)' : ''}`,
          },
          by: by(n.authorId),
        })),
        ...goals.map((g) => ({
          kind: 'goal' as const,
          id: g.id,
          at: g.updatedAt.toISOString(),
          domains: [g.domain],
          title: {
            nl: `Doel ${DOMAINS[g.domain].name.nl}: ${g.description}`,
            en: `Goal ${DOMAINS[g.domain].name.en}: ${g.description}`,
          },
          by: by(g.createdById),
        })),
      ];
      await this.audit.record(manager, ctx, {
        event: 'timeline.read',
        action: 'R',
        part: 'timeline',
        clientId: client.id,
        onBehalfOfId: client.responsiblePractitionerId,
      });
      return events
        .filter((e) => !domain || e.domains.includes(domain))
        .sort((a, b) => b.at.localeCompare(a.at));
    });
  }
}

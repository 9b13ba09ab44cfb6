import type {
  GoalStatus,
  RedFlagAction,
  TimelineEvent,
} from '@herstelkompas/contracts';
import { DOMAIN_IDS, DOMAINS, type DomainId } from '@herstelkompas/domain';

import { type DataSource, In } from 'typeorm';
import { Assessment } from '../../src/assessments/assessment.entity';
import type { AuditLineBuffer } from '../../src/audit/audit-line-buffer';
import type { ClientAccess } from '../../src/clients/client-access';
import type { RequestContext } from '../../src/common/request-context';
import { Goal } from '../../src/goals/goal.entity';
import { HomeworkAssignment } from '../../src/homework/homework.entity';
import { IntakeInvitation } from '../../src/intake/intake-invitation.entity';
import { MailMessage } from '../../src/mail/mail-message.entity';
import { practitionerNames } from '../../src/practices/practitioner-names';
import { PriorityDecision } from '../../src/priority/priority-decision.entity';
import { RedFlagReview } from '../../src/red-flags/red-flag-review.entity';
import { CheckIn } from '../../src/check-ins/check-in.entity';
import { Report } from '../../src/reports/report.entity';
import { NoteAddendum } from '../../src/session-notes/note-addendum.entity';
import { SessionNote } from '../../src/session-notes/session-note.entity';
import { excerpt } from '../../src/timeline/excerpt';

const SESSION_TYPE = {
  intake: { nl: 'intakegesprek', en: 'intake conversation' },
  coaching: { nl: 'coachingsessie', en: 'coaching session' },
  follow_up: { nl: 'vervolgafspraak', en: 'follow-up' },
  remote: { nl: 'telefoon/video', en: 'phone/video' },
} as const;

const GOAL_STATUS: Record<GoalStatus, { nl: string; en: string }> = {
  proposed: { nl: 'voorgesteld', en: 'proposed' },
  active: { nl: 'actief', en: 'active' },
  achieved: { nl: 'behaald', en: 'achieved' },
  not_achieved: { nl: 'niet behaald', en: 'not achieved' },
  dropped: { nl: 'losgelaten', en: 'dropped' },
};

const FLAG_ACTION: Record<RedFlagAction, { nl: string; en: string }> = {
  gp_called: { nl: 'Huisarts gebeld', en: 'GP called' },
  referred: { nl: 'Doorverwezen', en: 'Referred' },
  client_informed: { nl: 'Cliënt geïnformeerd', en: 'Client informed' },
  no_action_needed: { nl: 'Geen actie nodig', en: 'No action needed' },
  other: { nl: 'Anders', en: 'Other' },
};

const names = (domains: readonly DomainId[], lang: 'nl' | 'en') =>
  domains.map((d) => DOMAINS[d].name[lang]).join(', ');

/**
 * The timeline as it was read through entities, one query per kind: kept
 * as the reference the plain-SQL read must match answer for answer.
 *
 * (Former description:)
 * A client's history in one stream, newest first: intake links sent,
 * assessments, red flags raised and handled, decisions, notes and their
 * addenda, goals and reports. Each event names the item it opens and carries
 * a short plain-text excerpt.
 */

export class ReferenceTimeline {
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
    const client = await this.access.find(manager, ctx, clientId);
    const where = { clientId: client.id };
    // No transaction holds one connection, so the independent reads go out
    // side by side: three round trips deep instead of a dozen.
    const [
      assessments,
      decisions,
      notes,
      goals,
      homework,
      invitations,
      flags,
      checkIns,
      reports,
    ] = await Promise.all([
      manager.find(Assessment, {
        where,
        select: {
          id: true,
          submittedAt: true,
          variant: true,
          enteredByPractitionerId: true,
        },
      }),
      manager.find(PriorityDecision, { where }),
      manager.find(SessionNote, {
        where,
        select: {
          id: true,
          sessionDate: true,
          type: true,
          domains: true,
          status: true,
          authorId: true,
          text: true,
        },
      }),
      manager.find(Goal, { where }),
      manager.find(HomeworkAssignment, { where }),
      manager.find(IntakeInvitation, {
        where,
        select: { id: true, createdAt: true, variant: true, createdById: true },
      }),
      manager.find(RedFlagReview, { where }),
      manager.find(CheckIn, {
        where: {
          ...where,
          practiceId: client.practiceId,
          status: 'submitted',
        },
        select: { id: true, submittedAt: true, painNow: true, note: true },
      }),
      manager.find(Report, {
        where,
        select: {
          id: true,
          generatedAt: true,
          generatedBy: true,
          fileName: true,
        },
      }),
    ]);
    const [addenda, mails] = await Promise.all([
      notes.length
        ? manager.find(NoteAddendum, {
            where: { noteId: In(notes.map((n) => n.id)) },
          })
        : [],
      invitations.length
        ? manager.find(MailMessage, {
            where: {
              practiceId: ctx.practiceId,
              kind: 'intake_invitation',
              intakeInvitationId: In(invitations.map((i) => i.id)),
            },
            select: { id: true, intakeInvitationId: true },
          })
        : [],
    ]);
    const mailed = new Set(mails.map((m) => m.intakeInvitationId));
    const ids = [
      ...assessments.map((a) => a.enteredByPractitionerId),
      ...decisions.map((d) => d.decidedById),
      ...notes.map((n) => n.authorId),
      ...addenda.map((a) => a.authorId),
      ...goals.map((g) => g.createdById),
      ...homework.map((h) => h.createdById),
      ...invitations.map((i) => i.createdById),
      ...flags.map((f) => f.acknowledgedById),
      ...reports.map((r) => r.generatedBy),
    ].filter((id): id is string => !!id);
    const name = await practitionerNames(manager, ids);
    const by = (id: string | null) =>
      id
        ? {
            id,
            displayName: name(id).displayName,
          }
        : null;
    const noteById = new Map(notes.map((n) => [n.id, n]));

    const events: TimelineEvent[] = [
      ...invitations.map((i) => {
        const variant =
          i.variant === 'baseline'
            ? { nl: 'Intake', en: 'Intake' }
            : { nl: 'Vervolgmeting', en: 'Follow-up' };
        const how = mailed.has(i.id)
          ? { nl: 'per e-mail verstuurd', en: 'sent by e-mail' }
          : { nl: 'als link gemaakt', en: 'made as a link' };
        return {
          kind: 'invitation' as const,
          id: i.id,
          at: i.createdAt.toISOString(),
          domains: [],
          title: {
            nl: `${variant.nl} ${how.nl}`,
            en: `${variant.en} ${how.en}`,
          },
          by: by(i.createdById),
          target: { kind: 'invitation' as const, id: i.id },
          excerpt: null,
        };
      }),
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
        target: { kind: 'assessment' as const, id: a.id },
        excerpt: null,
      })),
      // The client's own estimate, never shown as an intake or a score.
      ...checkIns.map((k) => ({
        kind: 'check_in' as const,
        id: k.id,
        at: (k.submittedAt as Date).toISOString(),
        domains: [...DOMAIN_IDS],
        title: {
          nl: `Check-in (eigen inschatting): pijn ${k.painNow}/10`,
          en: `Check-in (self-reported): pain ${k.painNow}/10`,
        },
        by: null,
        target: { kind: 'check_in' as const, id: k.id },
        excerpt: excerpt(k.note),
      })),
      ...flags.map((f) => ({
        kind: 'red_flag' as const,
        id: f.id,
        at: f.raisedAt.toISOString(),
        domains: [],
        title: {
          nl: `Rode vlag: ${f.flag.label.nl}`,
          en: `Red flag: ${f.flag.label.en}`,
        },
        by: null,
        target: { kind: 'red_flag' as const, id: f.id },
        excerpt: null,
      })),
      ...flags
        .filter((f) => f.acknowledgedAt)
        .map((f) => ({
          kind: 'red_flag_handled' as const,
          id: f.id,
          at: (f.acknowledgedAt as Date).toISOString(),
          domains: [],
          title: {
            nl: `Rode vlag afgehandeld: ${f.flag.label.nl}${f.action ? ` (${FLAG_ACTION[f.action].nl.toLowerCase()})` : ''}`,
            en: `Red flag handled: ${f.flag.label.en}${f.action ? ` (${FLAG_ACTION[f.action].en.toLowerCase()})` : ''}`,
          },
          by: by(f.acknowledgedById),
          target: { kind: 'red_flag' as const, id: f.id },
          excerpt: excerpt(f.note),
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
        target: { kind: 'decision' as const, id: d.id },
        excerpt: excerpt(d.reasonText),
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
        target: { kind: 'note' as const, id: n.id },
        excerpt: excerpt(n.text, true),
      })),
      ...addenda.map((a) => {
        const note = noteById.get(a.noteId) as SessionNote;
        return {
          kind: 'addendum' as const,
          id: a.id,
          at: a.createdAt.toISOString(),
          domains: note.domains,
          title: {
            nl: `Aanvulling op de sessienotitie, ${SESSION_TYPE[note.type].nl}`,
            en: `Addendum to the session note, ${SESSION_TYPE[note.type].en}`,
          },
          by: by(a.authorId),
          target: { kind: 'note' as const, id: note.id },
          excerpt: excerpt(a.text, true),
        };
      }),
      ...goals.map((g) => ({
        kind: 'goal' as const,
        id: g.id,
        at: g.updatedAt.toISOString(),
        domains: [g.domain],
        title: {
          nl: `Doel ${DOMAINS[g.domain].name.nl} (${GOAL_STATUS[g.status].nl})`,
          en: `Goal ${DOMAINS[g.domain].name.en} (${GOAL_STATUS[g.status].en})`,
        },
        by: by(g.createdById),
        target: { kind: 'goal' as const, id: g.id },
        excerpt: excerpt(g.description),
      })),
      ...homework.map((h) => ({
        kind: 'homework' as const,
        id: h.id,
        at: h.createdAt.toISOString(),
        domains: [h.domain],
        title: {
          nl: `Huiswerk toegewezen: ${DOMAINS[h.domain].name.nl}`,
          en: `Homework assigned: ${DOMAINS[h.domain].name.en}`,
        },
        by: by(h.createdById),
        target: { kind: 'homework' as const, id: h.id },
        excerpt: excerpt(h.title),
      })),
      ...reports.map((r) => ({
        kind: 'report' as const,
        id: r.id,
        at: r.generatedAt.toISOString(),
        domains: [],
        title: { nl: 'Rapportage gemaakt', en: 'Report made' },
        by: by(r.generatedBy),
        target: { kind: 'report' as const, id: r.id },
        excerpt: r.fileName,
      })),
    ];
    await this.lines.record(ctx, {
      event: 'timeline.read',
      action: 'R',
      part: 'timeline',
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
    });
    // The stated order: kind after kind as listed, within a kind by time
    // and then id (the reads per kind above had no ORDER BY).
    const kindOrder = [...new Set(events.map((e) => e.kind))];
    return events
      .sort(
        (a, b) =>
          kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
          a.at.localeCompare(b.at) ||
          a.id.localeCompare(b.id),
      )
      .filter((e) => !domain || e.domains.includes(domain))
      .sort((a, b) => b.at.localeCompare(a.at));
  }
}

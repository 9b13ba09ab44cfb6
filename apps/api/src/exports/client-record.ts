import { type EntityManager, In } from 'typeorm';
import { Appointment } from '../appointments/appointment.entity';
import { Assessment } from '../assessments/assessment.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { shownLine } from '../audit/shown-line';
import { ClientShare } from '../clients/client-share.entity';
import type { Client } from '../clients/client.entity';
import { Goal } from '../goals/goal.entity';
import {
  HomeworkAssignment,
  HomeworkCompletion,
} from '../homework/homework.entity';
import { IntakeInvitation } from '../intake/intake-invitation.entity';
import { PortalMessage } from '../portal/message.entity';
import { CheckIn } from '../check-ins/check-in.entity';
import { DailyLog } from '../check-ins/daily-log.entity';
import { Practice } from '../practices/practice.entity';
import { Practitioner } from '../practices/practitioner.entity';
import { PriorityDecision } from '../priority/priority-decision.entity';
import { RedFlagReview } from '../red-flags/red-flag-review.entity';
import type { NoteWithAddenda } from '../reports/report-data';
import { Report } from '../reports/report.entity';
import { NoteAddendum } from '../session-notes/note-addendum.entity';
import { SessionNote } from '../session-notes/session-note.entity';

/** A client's complete record as stored: what AVG art. 15 and 20 hand over. */
export interface ClientRecordData {
  /** When the export was made, ISO timestamp. */
  exportedAt: string;
  practice: Practice;
  client: Client;
  /** Everyone the record names (responsible, authors, loggers), by id. */
  people: Map<string, Practitioner>;
  shares: ClientShare[];
  invitations: IntakeInvitation[];
  /** Oldest first, as everything below. */
  assessments: Assessment[];
  decisions: PriorityDecision[];
  notes: NoteWithAddenda[];
  goals: Goal[];
  /** Oldest first by start: past and planned, cancelled ones too. */
  appointments: Appointment[];
  redFlags: RedFlagReview[];
  /** Portal messages both ways, oldest first. */
  messages: PortalMessage[];
  /** The client's own weekly check-ins (drafts too), oldest first: never intake scores. */
  checkIns: CheckIn[];
  /** The daily mini-log, oldest first. */
  dailyLogs: DailyLog[];
  /** Homework assigned, oldest first, ended ones too. */
  homework: HomeworkAssignment[];
  /** The client's daily ticks, oldest first by day. */
  homeworkCompletions: HomeworkCompletion[];
  /** Metadata only: the files themselves are not re-exported. */
  reports: Report[];
  accessLog: AuditEvent[];
}

const oldestFirst = <T extends string>(column: T) =>
  ({ [column]: 'ASC', id: 'ASC' }) as Record<T | 'id', 'ASC'>;

/** Loads every part of a visible client's record, one query per part. */
export async function loadClientRecord(
  manager: EntityManager,
  client: Client,
  exportedAt: Date,
): Promise<ClientRecordData> {
  const clientId = client.id;
  const where = { clientId };
  const practice = await manager.findOneByOrFail(Practice, {
    id: client.practiceId,
  });
  const shares = await manager.find(ClientShare, { where });
  const invitations = await manager.find(IntakeInvitation, {
    where,
    order: oldestFirst('createdAt'),
  });
  const assessments = await manager.find(Assessment, {
    where,
    order: oldestFirst('submittedAt'),
  });
  const decisions = await manager.find(PriorityDecision, {
    where,
    order: oldestFirst('decidedAt'),
  });
  const noteRows = await manager.find(SessionNote, {
    where,
    order: oldestFirst('sessionDate'),
  });
  const addenda = noteRows.length
    ? await manager.find(NoteAddendum, {
        where: { noteId: In(noteRows.map((n) => n.id)) },
        order: oldestFirst('createdAt'),
      })
    : [];
  const goals = await manager.find(Goal, {
    where,
    order: oldestFirst('createdAt'),
  });
  const appointments = await manager.find(Appointment, {
    where,
    order: oldestFirst('startAt'),
  });
  const redFlags = await manager.find(RedFlagReview, {
    where,
    order: oldestFirst('raisedAt'),
  });
  const messages = await manager.find(PortalMessage, {
    where: { practiceId: client.practiceId, clientId },
    order: oldestFirst('createdAt'),
  });
  const checkIns = await manager.find(CheckIn, {
    where: { practiceId: client.practiceId, clientId },
    order: oldestFirst('createdAt'),
  });
  const dailyLogs = await manager.find(DailyLog, {
    where: { practiceId: client.practiceId, clientId },
    order: oldestFirst('day'),
  });
  const homework = await manager.find(HomeworkAssignment, {
    where: { practiceId: client.practiceId, clientId },
    order: oldestFirst('createdAt'),
  });
  const homeworkCompletions = await manager.find(HomeworkCompletion, {
    where: { practiceId: client.practiceId, clientId },
    order: oldestFirst('doneOn'),
  });
  const reports = await manager.find(Report, {
    where,
    order: oldestFirst('generatedAt'),
  });
  const accessLog = (
    await manager.find(AuditEvent, {
      where: { practiceId: client.practiceId, clientId },
      order: oldestFirst('occurredAt'),
    })
  ).map((line) => shownLine(line, client.practiceId));
  const ids = new Set<string>(
    [
      client.responsiblePractitionerId,
      ...shares.map((s) => s.practitionerId),
      ...decisions.map((d) => d.decidedById),
      ...noteRows.map((n) => n.authorId),
      ...addenda.map((a) => a.authorId),
      ...goals.map((g) => g.createdById),
      ...appointments.map((a) => a.practitionerId),
      ...reports.map((r) => r.generatedBy),
      ...accessLog.flatMap((e) => [e.userId, e.onBehalfOfId]),
      ...redFlags.map((r) => r.acknowledgedById),
      ...assessments.map((a) => a.enteredByPractitionerId),
      ...invitations.map((i) => i.createdById),
      ...messages.map((m) => m.practitionerId),
      ...homework.map((h) => h.createdById),
    ].filter((id): id is string => typeof id === 'string'),
  );
  // Names and addresses only: password and invitation hashes stay behind.
  const people = await manager.find(Practitioner, {
    where: { id: In([...ids]) },
    select: { id: true, displayName: true, email: true },
  });
  return {
    exportedAt: exportedAt.toISOString(),
    practice,
    client,
    people: new Map(people.map((p) => [p.id, p])),
    shares,
    invitations,
    assessments,
    decisions,
    notes: noteRows.map((note) => ({
      note,
      addenda: addenda.filter((a) => a.noteId === note.id),
    })),
    goals,
    appointments,
    redFlags,
    messages,
    checkIns,
    dailyLogs,
    homework,
    homeworkCompletions,
    reports,
    accessLog,
  };
}

import type { PractitionerRef } from '@herstelkompas/contracts';
import { toAssessment } from '../assessments/assessment-mapper';
import { toClientDetail } from '../clients/client-mapper';
import type { ClientRecordData } from './client-record';

/** Version of the record.json layout; bump it when a field changes meaning. */
export const RECORD_FORMAT = 'herstelkompas-client-record/1';

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

/**
 * The client's complete record as plain JSON (AVG art. 15 and 20): the
 * profile and consent, invitations without their tokens, every assessment
 * with its raw answers and scores, decisions, notes with addenda, goals,
 * appointments, red-flag reviews, portal messages both ways, the client's own
 * check-ins and daily mini-log (apart from the assessments), the homework
 * assigned with the client's daily ticks, the reports made
 * (metadata) and the access log.
 */
export function recordJson(data: ClientRecordData) {
  const ref = (id: string | null): PractitionerRef | null =>
    id ? { id, displayName: data.people.get(id)?.displayName ?? '' } : null;
  const person = (id: string) => ref(id) as PractitionerRef;
  const { client } = data;
  const profile = toClientDetail(
    client,
    person(client.responsiblePractitionerId),
    data.shares.map((s) => person(s.practitionerId)),
  );
  return {
    format: RECORD_FORMAT,
    exportedAt: data.exportedAt,
    practice: { id: data.practice.id, name: data.practice.name },
    client: profile,
    consent: profile.consent,
    invitations: data.invitations.map((i) => ({
      id: i.id,
      variant: i.variant,
      instrument: { id: i.instrumentId, version: i.instrumentVersion },
      language: i.language,
      createdBy: ref(i.createdById),
      createdAt: i.createdAt.toISOString(),
      expiresAt: i.expiresAt.toISOString(),
      openedAt: iso(i.openedAt),
      consentAt: iso(i.consentAt),
      consentPrivacyVersion: i.consentPrivacyVersion,
      draftAnswers: i.draftAnswers,
      draftSavedAt: iso(i.draftSavedAt),
      submittedAt: iso(i.submittedAt),
      assessmentId: i.assessmentId,
      revokedAt: iso(i.revokedAt),
      lockedAt: iso(i.lockedAt),
    })),
    assessments: data.assessments.map((a) =>
      toAssessment(
        a,
        a.enteredByPractitionerId
          ? data.people.get(a.enteredByPractitionerId)?.displayName
          : undefined,
      ),
    ),
    priorityDecisions: data.decisions.map((d) => ({
      id: d.id,
      assessmentId: d.assessmentId,
      algorithmVersion: d.algorithmVersion,
      computedRanking: d.computedRanking,
      order: d.finalOrder,
      focusDomains: d.focusDomains,
      reasonCode: d.reasonCode,
      reasonText: d.reasonText,
      differsFromComputed: d.differsFromComputed,
      decidedBy: person(d.decidedById),
      decidedAt: d.decidedAt.toISOString(),
      supersedesId: d.supersedesId,
    })),
    sessionNotes: data.notes.map(({ note, addenda }) => ({
      id: note.id,
      sessionDate: note.sessionDate.toISOString(),
      durationMinutes: note.durationMinutes,
      type: note.type,
      domains: note.domains,
      painAtStart: note.painAtStart,
      text: note.text,
      homework: note.homework,
      nextSteps: note.nextSteps,
      includeInReport: note.includeInReport,
      status: note.status,
      author: person(note.authorId),
      signedAt: iso(note.signedAt),
      createdAt: note.createdAt.toISOString(),
      updatedAt: note.updatedAt.toISOString(),
      addenda: addenda.map((a) => ({
        id: a.id,
        text: a.text,
        author: person(a.authorId),
        createdAt: a.createdAt.toISOString(),
      })),
    })),
    goals: data.goals.map((g) => ({
      id: g.id,
      domain: g.domain,
      description: g.description,
      target: g.target,
      dueDate: g.dueDate,
      status: g.status,
      createdBy: person(g.createdById),
      createdAt: g.createdAt.toISOString(),
      updatedAt: g.updatedAt.toISOString(),
    })),
    appointments: data.appointments.map((a) => ({
      id: a.id,
      practitioner: person(a.practitionerId),
      start: a.startAt.toISOString(),
      end: a.endAt.toISOString(),
      durationMinutes: a.durationMinutes,
      type: a.type,
      location: a.location,
      status: a.status,
      note: a.note,
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
    })),
    redFlagReviews: data.redFlags.map((r) => ({
      id: r.id,
      assessmentId: r.assessmentId,
      checkInId: r.checkInId,
      flag: r.flag,
      raisedAt: r.raisedAt.toISOString(),
      acknowledgedAt: iso(r.acknowledgedAt),
      acknowledgedBy: ref(r.acknowledgedById),
      action: r.action,
      note: r.note,
    })),
    // `readAt`: when the other side first saw it (the practice for the
    // client's messages, the client for the practice's).
    portalMessages: data.messages.map((m) => ({
      id: m.id,
      sender: m.author,
      practitioner: ref(m.practitionerId),
      sentAt: m.createdAt.toISOString(),
      readAt: iso(m.readAt),
      text: m.text,
    })),
    // The client's own estimate between sessions, 0-10 per scale: kept
    // apart from the intake's assessments and never scored or ranked.
    checkIns: {
      kind: 'self_reported_check_in',
      validated: false,
      weekly: data.checkIns.map((c) => ({
        id: c.id,
        week: c.week,
        status: c.status,
        painNow: c.painNow,
        domains: {
          stress: c.stress,
          breathing: c.breathing,
          movement: c.movement,
          nutrition: c.nutrition,
          sleep: c.sleep,
          immune: c.immune,
        },
        movementSafety: c.movementSafety,
        homeworkDone: c.homeworkDone,
        note: c.note,
        redFlagsYes: c.redFlagsYes,
        submittedAt: iso(c.submittedAt),
        createdAt: c.createdAt.toISOString(),
        updatedAt: c.updatedAt.toISOString(),
      })),
      daily: data.dailyLogs.map((d) => ({
        id: d.id,
        day: d.day,
        pain: d.pain,
        sleepHours: d.sleepHours,
        createdAt: d.createdAt.toISOString(),
        updatedAt: d.updatedAt.toISOString(),
      })),
    },
    // What the practitioner assigned, in the words the client got, with the
    // days the client ticked off. A weekly check-in's `homeworkDone` names
    // these ids: the client's own summary, apart from the daily ticks.
    homework: data.homework.map((h) => ({
      id: h.id,
      exerciseId: h.exerciseId,
      domain: h.domain,
      title: h.title,
      instructions: h.instructions,
      frequency: h.frequency,
      timesPerWeek: h.timesPerWeek,
      startsOn: h.startsOn,
      endsOn: h.endsOn,
      status: h.status,
      endedOn: h.endedOn,
      sessionNoteId: h.sessionNoteId,
      assignedBy: person(h.createdById),
      createdAt: h.createdAt.toISOString(),
      updatedAt: h.updatedAt.toISOString(),
      completions: data.homeworkCompletions
        .filter((c) => c.assignmentId === h.id)
        .map((c) => ({
          id: c.id,
          on: c.doneOn,
          note: c.note,
          minutes: c.minutes,
          createdAt: c.createdAt.toISOString(),
        })),
    })),
    reports: data.reports.map((r) => ({
      id: r.id,
      kind: r.kind,
      generatedAt: r.generatedAt.toISOString(),
      generatedBy: person(r.generatedBy),
      options: r.options,
      fileName: r.fileName,
      sha256: r.sha256,
      sizeBytes: r.sizeBytes,
    })),
    accessLog: data.accessLog.map((e) => ({
      id: e.id,
      occurredAt: e.occurredAt.toISOString(),
      event: e.event,
      action: e.action,
      user: ref(e.userId),
      onBehalfOf: ref(e.onBehalfOfId),
      role: e.role,
      outcome: e.outcome,
      part: e.part,
      details: e.details,
    })),
  };
}

export type ClientRecordJson = ReturnType<typeof recordJson>;

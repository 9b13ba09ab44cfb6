import { type EntityManager, In } from 'typeorm';
import { Assessment } from '../assessments/assessment.entity';
import type { Client } from '../clients/client.entity';
import { Goal } from '../goals/goal.entity';
import { Practice } from '../practices/practice.entity';
import { Practitioner } from '../practices/practitioner.entity';
import { PriorityDecision } from '../priority/priority-decision.entity';
import { RedFlagReview } from '../red-flags/red-flag-review.entity';
import { NoteAddendum } from '../session-notes/note-addendum.entity';
import { SessionNote } from '../session-notes/session-note.entity';

/** A note with its addenda, oldest addendum first. */
export interface NoteWithAddenda {
  note: SessionNote;
  addenda: NoteAddendum[];
}

/** Everything a progress report is made from, as stored. */
export interface ReportData {
  practice: Practice;
  /** The client's responsible practitioner, named on the report. */
  practitioner: Practitioner;
  client: Client;
  /** Oldest first. */
  assessments: Assessment[];
  /** The current (newest) priority decision. */
  decision: PriorityDecision | null;
  goals: Goal[];
  /** Only the notes asked for, whatever their state: the mapping decides. */
  notes: NoteWithAddenda[];
  redFlags: RedFlagReview[];
}

/** Loads a visible client's record for a report, a fixed number of queries. */
export async function loadReportData(
  manager: EntityManager,
  client: Client,
  noteIds: readonly string[],
): Promise<ReportData> {
  const clientId = client.id;
  // One after the other: a pg connection runs one query at a time anyway.
  const practice = await manager.findOneByOrFail(Practice, {
    id: client.practiceId,
  });
  const practitioner = await manager.findOneByOrFail(Practitioner, {
    id: client.responsiblePractitionerId,
  });
  const assessments = await manager.find(Assessment, {
    where: { clientId },
    order: { submittedAt: 'ASC', id: 'ASC' },
  });
  const decision = await manager.findOne(PriorityDecision, {
    where: { clientId },
    order: { decidedAt: 'DESC' },
  });
  const goals = await manager.find(Goal, {
    where: { clientId },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  const redFlags = await manager.find(RedFlagReview, {
    where: { clientId },
    order: { raisedAt: 'ASC', id: 'ASC' },
  });
  return {
    practice,
    practitioner,
    client,
    assessments,
    decision,
    goals,
    notes: await loadNotes(manager, clientId, noteIds),
    redFlags,
  };
}

async function loadNotes(
  manager: EntityManager,
  clientId: string,
  noteIds: readonly string[],
): Promise<NoteWithAddenda[]> {
  if (noteIds.length === 0) return [];
  const notes = await manager.find(SessionNote, {
    where: { clientId, id: In([...noteIds]) },
    order: { sessionDate: 'ASC', id: 'ASC' },
  });
  const addenda = notes.length
    ? await manager.find(NoteAddendum, {
        where: { noteId: In(notes.map((n) => n.id)) },
        order: { createdAt: 'ASC', id: 'ASC' },
      })
    : [];
  return notes.map((note) => ({
    note,
    addenda: addenda.filter((a) => a.noteId === note.id),
  }));
}

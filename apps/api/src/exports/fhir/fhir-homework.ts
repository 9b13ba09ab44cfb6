import type {
  CarePlan,
  CarePlanActivity,
  Patient,
  Practitioner as FhirPractitioner,
  Timing,
} from 'fhir/r4';
import type { HomeworkAssignment } from '../../homework/homework.entity';
import type { ClientRecordData } from '../client-record';
import { domainConcept, reference } from './fhir-codes';

/** The last day an assignment ran: ending it early shortens the period. */
function lastDay(h: HomeworkAssignment): string {
  return h.endedOn && h.endedOn < h.endsOn ? h.endedOn : h.endsOn;
}

/** Every day, or so many times a week, within the period. */
function timing(h: HomeworkAssignment): Timing {
  return {
    repeat: {
      boundsPeriod: { start: h.startsOn, end: lastDay(h) },
      frequency: h.frequency === 'daily' ? 1 : (h.timesPerWeek ?? 1),
      period: 1,
      periodUnit: h.frequency === 'daily' ? 'd' : 'wk',
    },
  };
}

/**
 * Running, stopped early, finished or still to start, as of the export day.
 * `ended` before the period's end is `stopped` (the practitioner ended it).
 */
function activityStatus(
  h: HomeworkAssignment,
  today: string,
): NonNullable<CarePlanActivity['detail']>['status'] {
  if (h.status === 'ended' && (h.endedOn ?? h.endsOn) < h.endsOn)
    return 'stopped';
  if (lastDay(h) < today || h.status === 'ended') return 'completed';
  return h.startsOn > today ? 'not-started' : 'in-progress';
}

/**
 * Homework as one CarePlan per assignment (id = the assignment's id): an
 * order by the practitioner who assigned it, for the patient, with one
 * activity that says what, how often and when. Each day the client ticked
 * off is a progress annotation by the patient on that date, with the
 * client's note and minutes when given.
 */
export function homeworkPlans(
  data: ClientRecordData,
  subject: Patient,
  authors: Map<string, FhirPractitioner>,
): CarePlan[] {
  const today = data.exportedAt.slice(0, 10);
  return data.homework.map((h): CarePlan => {
    const author = authors.get(h.createdById);
    const status = activityStatus(h, today);
    const completions = data.homeworkCompletions.filter(
      (c) => c.assignmentId === h.id,
    );
    return {
      resourceType: 'CarePlan',
      id: h.id,
      status:
        status === 'stopped'
          ? 'revoked'
          : status === 'completed'
            ? 'completed'
            : 'active',
      intent: 'order',
      category: [{ text: 'Huiswerk' }],
      title: h.title,
      description: h.instructions,
      subject: reference(subject),
      period: { start: h.startsOn, end: lastDay(h) },
      created: h.createdAt.toISOString(),
      ...(author ? { author: reference(author) } : {}),
      activity: [
        {
          progress: completions.map((c) => ({
            authorReference: reference(subject),
            time: c.doneOn,
            text: [
              'Gedaan',
              c.minutes !== null ? `${c.minutes} min` : null,
              c.note,
            ]
              .filter((part) => part !== null)
              .join(' · '),
          })),
          detail: {
            kind: 'Task',
            code: domainConcept(h.domain),
            status,
            scheduledTiming: timing(h),
            performer: [reference(subject)],
            description: h.title,
          },
        },
      ],
    };
  });
}

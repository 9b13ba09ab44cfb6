import {
  EXERCISES,
  addCalendarDays,
  exerciseInstructions,
} from '@herstelkompas/domain';
import type { Cell } from './copy';
import {
  ANCHOR,
  planClient,
  practiceId,
  practitionerId,
  type Tier,
  uuidFor,
} from './rows';
import * as W from './words';

const DAY = 86_400_000;
const SEED = 20261208;
/** Kind numbers of the homework rows' ids (apart from rows.ts's and the check-ins'). */
const KIND_ASSIGNMENT = 21;
const KIND_COMPLETION = 22;
/** One active client in three has homework... */
const SHARE = 3;
/** ...one to three assignments, each starting in the ten weeks before the anchor. */
const MAX_ASSIGNMENTS = 3;
const NOTES = [
  'Ging goed.',
  'Vandaag wat korter gedaan.',
  'Lastig om tijd te vinden.',
  'Voelde ontspannen daarna.',
];

export const HOMEWORK_ASSIGNMENT_COLUMNS = [
  'id',
  'practice_id',
  'client_id',
  'exercise_id',
  'domain',
  'title',
  'instructions',
  'frequency',
  'times_per_week',
  'starts_on',
  'ends_on',
  'status',
  'ended_on',
  'session_note_id',
  'created_by_id',
  'created_at',
  'updated_at',
] as const;

export const HOMEWORK_COMPLETION_COLUMNS = [
  'id',
  'practice_id',
  'client_id',
  'assignment_id',
  'done_on',
  'note',
  'minutes',
  'created_at',
] as const;

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface PlannedAssignment {
  row: Cell[];
  ticks: { on: string; note: string | null; minutes: number | null }[];
}

/**
 * The homework of one active client in three, with the days ticked off up
 * to the anchor: daily exercises ticked on about six days in ten, weekly
 * ones about three times a week; one assignment in ten ended early. Both
 * row generators walk the same plan, so the ticks' assignment ids match.
 */
function* plans(tier: Tier): Generator<PlannedAssignment> {
  const today = dayOf(ANCHOR);
  let n = 0;
  for (let i = 0; i < tier.clients; i += SHARE) {
    const plan = planClient(tier, i);
    if (plan.status !== 'active') continue;
    const random = W.prng(SEED + i);
    const count = 1 + Math.floor(random() * MAX_ASSIGNMENTS);
    for (let a = 0; a < count; a++) {
      const exercise = EXERCISES[
        Math.floor(random() * EXERCISES.length)
      ] as (typeof EXERCISES)[number];
      const created = ANCHOR - Math.floor(7 + random() * 63) * DAY;
      const startsOn = dayOf(created);
      const endsOn = addCalendarDays(startsOn, 27 + Math.floor(random() * 29));
      const daily = random() < 0.6;
      const endedOn =
        random() < 0.1
          ? addCalendarDays(startsOn, 7 + Math.floor(random() * 14))
          : null;
      const last = [endsOn, endedOn ?? endsOn, today].sort()[0] as string;
      const ticks: PlannedAssignment['ticks'] = [];
      for (let on = startsOn; on <= last; on = addCalendarDays(on, 1))
        if (random() < (daily ? 0.6 : 0.43))
          ticks.push({
            on,
            note: random() < 0.1 ? W.pick(random, NOTES) : null,
            minutes:
              exercise.log === 'minutes'
                ? 10 + Math.floor(random() * 30)
                : null,
          });
      const at = new Date(created);
      yield {
        row: [
          uuidFor(KIND_ASSIGNMENT, n++),
          practiceId,
          plan.id,
          exercise.id,
          exercise.domain,
          exercise.title.nl,
          exerciseInstructions(exercise, 'nl'),
          daily ? 'daily' : 'weekly',
          daily ? null : 3,
          startsOn,
          endsOn,
          endedOn ? 'ended' : 'active',
          endedOn,
          null,
          practitionerId(plan.responsible),
          at,
          endedOn ? new Date(`${endedOn}T09:00:00Z`) : at,
        ],
        ticks,
      };
    }
  }
}

export function* homeworkAssignmentRows(tier: Tier): Generator<Cell[]> {
  for (const planned of plans(tier)) yield planned.row;
}

export function* homeworkCompletionRows(tier: Tier): Generator<Cell[]> {
  let n = 0;
  for (const { row, ticks } of plans(tier))
    for (const tick of ticks)
      yield [
        uuidFor(KIND_COMPLETION, n++),
        row[1] as string,
        row[2] as string,
        row[0] as string,
        tick.on,
        tick.note,
        tick.minutes,
        new Date(`${tick.on}T19:00:00Z`),
      ];
}

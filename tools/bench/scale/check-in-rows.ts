import { checkInWeek } from '@herstelkompas/domain';
import type { Cell } from './copy';
import { ANCHOR, planClient, practiceId, type Tier, uuidFor } from './rows';
import * as W from './words';

const DAY = 86_400_000;
const SEED = 20261207;
/** Kind numbers of the check-in rows' ids (apart from rows.ts's). */
const KIND_CHECK_IN = 20;
/** One active client in four sends weekly check-ins... */
const SHARE = 4;
/** ...over the four months before the anchor, skipping a week now and then. */
const WEEKS = 17;

export const CHECK_IN_COLUMNS = [
  'id',
  'practice_id',
  'client_id',
  'week',
  'status',
  'pain_now',
  'stress',
  'breathing',
  'movement',
  'nutrition',
  'sleep',
  'immune',
  'movement_safety',
  'homework_done',
  'note',
  'red_flags_yes',
  'submitted_at',
  'created_at',
  'updated_at',
] as const;

const clamp = (v: number) => Math.max(0, Math.min(10, Math.round(v)));

/**
 * Weekly check-ins for one active client in four: a slow drift downwards
 * (recovery) with week-to-week noise, so some pairs worsen by 2 or more.
 */
export function* checkInRows(tier: Tier): Generator<Cell[]> {
  let n = 0;
  for (let i = 0; i < tier.clients; i += SHARE) {
    const plan = planClient(tier, i);
    if (plan.status !== 'active') continue;
    const random = W.prng(SEED + i);
    const start = Array.from({ length: 8 }, () => 3 + random() * 6);
    for (let week = WEEKS; week >= 1; week--) {
      if (random() < 0.15) continue;
      // Within the anchor's weekday (a Sunday) in Amsterdam: a whole day's
      // spread would reach Monday, the next ISO week, where the week before
      // may already have its one check-in.
      const at = new Date(
        ANCHOR - week * 7 * DAY + Math.floor((random() * DAY) / 3),
      );
      const drift = (WEEKS - week) * 0.15;
      const v = start.map((s) => clamp(s - drift + (random() - 0.5) * 3));
      yield [
        uuidFor(KIND_CHECK_IN, n++),
        practiceId,
        plan.id,
        checkInWeek(at),
        'submitted',
        ...v.slice(0, 7),
        // Movement feels safer as the rest eases.
        clamp(10 - (v[7] as number)),
        [],
        null,
        [],
        at,
        at,
        at,
      ];
    }
  }
}

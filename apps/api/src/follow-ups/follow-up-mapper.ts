import type { FollowUpSchedule as FollowUpScheduleDto } from '@herstelkompas/contracts';
import { dueInstant } from './follow-up-time';
import type { FollowUpSchedule } from './follow-up-schedule.entity';

export function toFollowUpSchedule(row: FollowUpSchedule): FollowUpScheduleDto {
  return {
    clientId: row.clientId,
    everyWeeks: row.everyWeeks,
    on: row.onDate,
    variant: row.variant,
    send: row.send,
    nextDueOn: row.nextDueOn,
    nextDueAt: dueInstant(row.nextDueOn).toISOString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

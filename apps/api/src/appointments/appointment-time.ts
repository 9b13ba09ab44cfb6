import {
  addCalendarDays,
  amsterdamDayStart,
  isCalendarDate,
  parseAmsterdamDateTime,
} from '@herstelkompas/domain';
import { ValidationFailed } from '../common/api-error';

/** A start time as sent: an instant, or a 400 on the field that says why not. */
export function readStart(
  text: string,
  field = 'start',
  now = new Date(),
): Date {
  const read = parseAmsterdamDateTime(text);
  if (read.kind === 'nonexistent')
    throw new ValidationFailed([{ field, code: 'start_nonexistent' }]);
  if (read.kind === 'invalid')
    throw new ValidationFailed([{ field, code: 'invalid_date_time' }]);
  if (read.instant.getTime() <= now.getTime())
    throw new ValidationFailed([{ field, code: 'start_in_past' }]);
  return read.instant;
}

/**
 * A range bound: a `YYYY-MM-DD` day in Amsterdam (`from` at its first
 * moment, `to` including the whole day), or a date-time taken as is.
 */
export function readBound(
  text: string | undefined,
  field: 'from' | 'to',
): Date | null {
  if (text === undefined) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    if (!isCalendarDate(text))
      throw new ValidationFailed([{ field, code: 'invalid_date' }]);
    return amsterdamDayStart(field === 'to' ? addCalendarDays(text, 1) : text);
  }
  const read = parseAmsterdamDateTime(text);
  if (read.kind === 'nonexistent')
    throw new ValidationFailed([{ field, code: 'start_nonexistent' }]);
  if (read.kind === 'invalid')
    throw new ValidationFailed([{ field, code: 'invalid_date_time' }]);
  return read.instant;
}

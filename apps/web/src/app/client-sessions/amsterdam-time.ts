import { formatDate } from '@angular/common';
import { amsterdamOffset } from '../core/i18n/locale-format';

/** An instant as the practitioner types it: dd-mm-jjjj and HH:mm, Amsterdam. */
export function toAmsterdamParts(iso: string): { date: string; time: string } {
  const moment = new Date(iso);
  const offset = amsterdamOffset(moment);
  return {
    date: formatDate(moment, 'dd-MM-yyyy', 'en', offset),
    time: formatDate(moment, 'HH:mm', 'en', offset),
  };
}

/**
 * A calendar date (`2026-11-25`) and a time (`14:30`) on the clock in
 * Amsterdam, as a UTC instant. The offset is looked up for that moment, so
 * summer time is right on either side of the switch.
 */
export function fromAmsterdam(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(
    year ?? 0,
    (month ?? 1) - 1,
    day ?? 1,
    hour ?? 0,
    minute ?? 0,
  );
  let instant = wall - offsetMinutes(new Date(wall)) * 60_000;
  // Near a switch the first guess can sit on the other side of it.
  instant = wall - offsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant).toISOString();
}

/** `HH:mm` (or `H:mm`, `HH.mm`) as `HH:mm`; null when it is not a time. */
export function parseTime(text: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${match[2]}`;
}

function offsetMinutes(moment: Date): number {
  const match = /^([+-])(\d{2})(\d{2})$/.exec(amsterdamOffset(moment));
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

import { formatDate, formatNumber, registerLocaleData } from '@angular/common';
import localeEn from '@angular/common/locales/en';
import localeNl from '@angular/common/locales/nl';
import { Injectable, inject } from '@angular/core';
import { I18n } from './i18n';

registerLocaleData(localeNl, 'nl');
registerLocaleData(localeEn, 'en');

/** Every time on screen is Amsterdam time, wherever the browser is. */
export const TIME_ZONE = 'Europe/Amsterdam';

export type DateStyle =
  'date' | 'time' | 'dateTime' | 'weekdayDate' | 'dayHeading';

// One numeric date format for both languages (dd-mm-jjjj), 24-hour clock.
const PATTERNS: Record<DateStyle, string> = {
  date: 'dd-MM-yyyy',
  time: 'HH:mm',
  dateTime: 'dd-MM-yyyy HH:mm',
  weekdayDate: 'EEEE dd-MM-yyyy',
  // "maandag 7 december": how an agenda names its days.
  dayHeading: 'EEEE d MMMM',
};

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  timeZoneName: 'longOffset',
});

/**
 * Amsterdam's UTC offset at that instant, as Angular wants it ("+0200").
 * Angular's formatDate takes offsets, not zone names, so summer time has to be
 * looked up per date.
 */
export function amsterdamOffset(date: Date): string {
  const name =
    offsetFormat.formatToParts(date).find((p) => p.type === 'timeZoneName')
      ?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? `${match[1]}${match[2]}${match[3]}` : '+0000';
}

/** The hour (0-23) in Amsterdam at that instant. */
export function amsterdamHour(date: Date): number {
  return Number(formatDate(date, 'H', 'en', amsterdamOffset(date)));
}

/** Dates and numbers in the current language, dates in Amsterdam time. */
@Injectable({ providedIn: 'root' })
export class LocaleFormat {
  private readonly i18n = inject(I18n);

  date(value: Date | string | number, style: DateStyle = 'date'): string {
    const date = new Date(value);
    return formatDate(
      date,
      PATTERNS[style],
      this.i18n.language(),
      amsterdamOffset(date),
    );
  }

  /** `digits` as Angular's digitsInfo, e.g. '1.0-1' → 72,5 in Dutch. */
  number(value: number, digits?: string): string {
    return formatNumber(value, this.i18n.language(), digits);
  }

  /** True when both instants fall on the same calendar day in Amsterdam. */
  sameDay(a: Date, b: Date): boolean {
    const day = (d: Date) =>
      formatDate(d, 'yyyy-MM-dd', 'en', amsterdamOffset(d));
    return day(a) === day(b);
  }
}

import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import { toCalendarDate } from '../i18n/dates';
import {
  type AssessmentSnapshot,
  PAIN_MEASURES,
  type PainMeasureKey,
} from './change-types';
import { painValue } from './compare-assessments';

/** One value of a measure at one assessment. */
export interface TrendPoint {
  readonly assessmentId: string;
  readonly date: string;
  readonly value: number | null;
}

/** Per-domain and pain series, oldest first, for charts. */
export interface TrendSeries {
  readonly assessments: readonly {
    readonly id: string;
    readonly date: string;
  }[];
  readonly domains: Readonly<Record<DomainId, readonly TrendPoint[]>>;
  readonly pain: Readonly<Record<PainMeasureKey, readonly TrendPoint[]>>;
}

/** Orders assessments by date, oldest first; the id breaks ties. */
export function sortByDate<T extends Pick<AssessmentSnapshot, 'id' | 'date'>>(
  assessments: readonly T[],
): T[] {
  for (const { date } of assessments) {
    toCalendarDate(date); // throws a RangeError on a malformed date
  }
  return [...assessments].sort(
    (a, b) =>
      Date.parse(a.date) - Date.parse(b.date) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Trend series for any number of assessments, ordered by date, so the
 * "chain reaction" the approach expects can be seen rather than assumed.
 *
 * @throws RangeError when a date is not a valid ISO date or timestamp.
 */
export function trendSeries(
  assessments: readonly AssessmentSnapshot[],
): TrendSeries {
  const sorted = sortByDate(assessments);
  const point = (a: AssessmentSnapshot, value: number | null): TrendPoint => ({
    assessmentId: a.id,
    date: a.date,
    value,
  });
  return {
    assessments: sorted.map(({ id, date }) => ({ id, date })),
    domains: Object.fromEntries(
      DOMAIN_IDS.map((domain) => [
        domain,
        sorted.map((a) => point(a, a.domainScores[domain].score)),
      ]),
    ) as Record<DomainId, TrendPoint[]>,
    pain: Object.fromEntries(
      PAIN_MEASURES.map((measure) => [
        measure,
        sorted.map((a) => point(a, painValue(a.pain, measure))),
      ]),
    ) as Record<PainMeasureKey, TrendPoint[]>,
  };
}

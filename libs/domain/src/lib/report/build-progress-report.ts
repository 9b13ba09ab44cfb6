import {
  type AssessmentSnapshot,
  PAIN_MEASURES,
  type PainMeasureKey,
} from '../change/change-types';
import {
  type AssessmentComparison,
  compareAssessments,
  painValue,
} from '../change/compare-assessments';
import { sortByDate } from '../change/trend-series';
import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import { DOMAINS } from '../domains/domains';
import { toCalendarDate } from '../i18n/dates';
import { ageOn } from '../people/age';
import { formatPersonName } from '../people/person-name';
import { BAND_LABELS, bandFor } from '../scoring/bands';
import { buildHeadlines } from './headlines';
import {
  focusSection,
  goalRows,
  letterSection,
  noteRows,
  redFlagSection,
} from './report-sections';
import {
  CONFIDENTIAL,
  NO_SCORE,
  PAIN_MEASURE_LABELS,
  REPORT_DISCLAIMER,
  REPORT_TITLES,
  changeLabel,
} from './report-labels';
import type {
  ProgressReport,
  ProgressReportInput,
  ReportDomainRow,
  ReportPain,
  ReportRadarSeries,
  ReportScoreCell,
} from './report-types';

function scoreCell(score: number | null): ReportScoreCell {
  const band = bandFor(score);
  return {
    score,
    band,
    bandLabel: band === null ? NO_SCORE : BAND_LABELS[band],
  };
}

function domainRows(
  baseline: AssessmentSnapshot,
  latest: AssessmentSnapshot | null,
  comparison: AssessmentComparison | null,
): ReportDomainRow[] {
  return DOMAIN_IDS.map((domain) => {
    const { name, colour, icon } = DOMAINS[domain];
    const change = comparison ? comparison.domains[domain] : null;
    return {
      domain,
      name,
      colour,
      icon,
      baseline: scoreCell(baseline.domainScores[domain].score),
      latest: latest ? scoreCell(latest.domainScores[domain].score) : null,
      change,
      changeLabel: change
        ? changeLabel(change.direction, change.notable)
        : null,
    };
  });
}

function radarSeries(
  baseline: AssessmentSnapshot,
  latest: AssessmentSnapshot | null,
): ReportRadarSeries[] {
  const scores = (a: AssessmentSnapshot) =>
    Object.fromEntries(
      DOMAIN_IDS.map((domain) => [domain, a.domainScores[domain].score]),
    ) as Record<DomainId, number | null>;
  const series: ReportRadarSeries[] = [
    {
      id: 'baseline',
      label: { nl: 'Start', en: 'Start' },
      scores: scores(baseline),
    },
  ];
  if (latest) {
    series.push({
      id: 'latest',
      label: { nl: 'Nu', en: 'Now' },
      scores: scores(latest),
    });
  }
  return series;
}

function painSection(
  input: ProgressReportInput,
  baseline: AssessmentSnapshot,
  latest: AssessmentSnapshot | null,
  comparison: AssessmentComparison | null,
): ReportPain | null {
  const painFocusOff = input.options?.painFocusOff ?? false;
  if (painFocusOff && input.audience === 'client') {
    return null;
  }
  const measures: readonly PainMeasureKey[] = painFocusOff
    ? ['nprsAverage']
    : PAIN_MEASURES;
  return {
    mode: painFocusOff ? 'collapsed' : 'full',
    rows: measures.map((measure) => ({
      measure,
      label: PAIN_MEASURE_LABELS[measure],
      baseline: painValue(baseline.pain, measure),
      latest: latest ? painValue(latest.pain, measure) : null,
      change: comparison ? comparison.pain[measure] : null,
    })),
  };
}

function headerSection(
  input: ProgressReportInput,
  baseline: AssessmentSnapshot | undefined,
  latest: AssessmentSnapshot | null,
): ProgressReport['header'] {
  const generatedOn = toCalendarDate(input.generatedOn);
  return {
    practiceName: input.practice.name.trim(),
    practitionerName: formatPersonName(input.practitioner),
    clientName: formatPersonName(input.client),
    clientDateOfBirth: toCalendarDate(input.client.dateOfBirth),
    clientAge: ageOn(input.client.dateOfBirth, generatedOn),
    generatedOn,
    period: baseline
      ? {
          from: toCalendarDate(baseline.date),
          to: toCalendarDate((latest ?? baseline).date),
        }
      : null,
    measurements: input.assessments.length,
  };
}

/**
 * Turns a client's assessments, current priority decision, goals and selected
 * notes into what a progress report shows: header, baseline-versus-latest
 * table with band words and change, radar series, pain outcome, focus with
 * the practitioner's reason and a plain explanation per domain, goals, notes
 * and headline changes in plain words. Texts come in both languages; the
 * renderer picks one. Pure: the same input always gives the same report.
 *
 * @throws RangeError on a malformed date.
 */
export function buildProgressReport(
  input: ProgressReportInput,
): ProgressReport {
  const sorted = sortByDate(input.assessments);
  const [baseline, ...later] = sorted;
  const latest = later.pop() ?? null;
  const comparison =
    baseline && latest ? compareAssessments(baseline, latest) : null;
  return {
    audience: input.audience,
    title: REPORT_TITLES[input.audience],
    confidentiality: CONFIDENTIAL,
    disclaimer: REPORT_DISCLAIMER,
    header: headerSection(input, baseline, latest),
    letter: letterSection(input),
    domains: baseline ? domainRows(baseline, latest, comparison) : [],
    radar: baseline ? radarSeries(baseline, latest) : [],
    pain: baseline ? painSection(input, baseline, latest, comparison) : null,
    focus: focusSection(input),
    goals: goalRows(input),
    notes: noteRows(input),
    closing: input.closing?.trim() || null,
    headlines: buildHeadlines({
      audience: input.audience,
      assessmentCount: sorted.length,
      comparison,
      painFocusOff: input.options?.painFocusOff ?? false,
      redFlags: input.redFlags ?? [],
    }),
    redFlags: redFlagSection(input),
  };
}

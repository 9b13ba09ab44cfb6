// Public API of @herstelkompas/domain: pure TypeScript, no framework.

export * from './lib/i18n/localized';
export * from './lib/i18n/dates';
export * from './lib/i18n/amsterdam-time';

export * from './lib/domains/domain-ids';
export * from './lib/domains/domains';

export * from './lib/instruments/instrument-types';
export * from './lib/instruments/answers';
export * from './lib/instruments/enable-when';
export * from './lib/instruments/quantitative-mappings';
export * from './lib/instruments/recall-periods';
export * from './lib/instruments/registry';
export * from './lib/instruments/usable-answer';
export {
  HERSTELKOMPAS_FOLLOW_UP_V1,
  HERSTELKOMPAS_FOLLOW_UP_V2,
  HERSTELKOMPAS_INTAKE_V1,
  HERSTELKOMPAS_INTAKE_V2,
} from './lib/instruments/herstelkompas/definitions';
export { SAFETY_113_NOTICE } from './lib/instruments/herstelkompas/items-stress';
export { BREATHING_MEDICAL_CHECK_NOTICE } from './lib/instruments/herstelkompas/items-breathing';
export { BREATHING_MEDICAL_NOTICE_V2 } from './lib/instruments/herstelkompas/v2/domain-items';
export { PREFERENCE_ITEM_ID } from './lib/instruments/herstelkompas/items-preference';

export * from './lib/text/text-characters';

export * from './lib/validation/check-answer';
export * from './lib/validation/answer-messages';
export * from './lib/validation/validate-answers';

export * from './lib/scoring/algorithm-version';
export * from './lib/scoring/rounding';
export * from './lib/scoring/bands';
export * from './lib/scoring/item-values';
export * from './lib/scoring/item-group-score';
export * from './lib/scoring/domain-scores';
export * from './lib/scoring/pain-scores';

export * from './lib/red-flags/red-flag-texts';
export * from './lib/red-flags/derive-red-flags';
export * from './lib/red-flags/detect-red-flags';

export * from './lib/ranking/ranking-types';
export * from './lib/ranking/rank-domains';

export * from './lib/assessment/score-assessment';

export * from './lib/decisions/reason-codes';
export * from './lib/decisions/decision-types';
export * from './lib/decisions/validate-decision';
export * from './lib/decisions/build-decision';

export * from './lib/change/change-types';
export * from './lib/change/compare-assessments';
export * from './lib/change/trend-series';

export * from './lib/report/report-types';
export * from './lib/report/report-labels';
export * from './lib/report/radar-geometry';
export * from './lib/report/report-texts';
export * from './lib/report/build-progress-report';
export * from './lib/report/report-input';
export * from './lib/report/report-format';
export * from './lib/report/note-markdown';

export * from './lib/people/person-name';
export * from './lib/people/age';

export * from './lib/change/wins-first';
export * from './lib/lessons/lesson-types';
export * from './lib/lessons/lessons';
export * from './lib/check-in/check-in-questions';
export * from './lib/check-in/check-in-week';
export * from './lib/check-in/check-in-red-flags';
export * from './lib/check-in/check-in-signals';
export * from './lib/homework/exercise-types';
export * from './lib/homework/exercises';
export * from './lib/homework/adherence';

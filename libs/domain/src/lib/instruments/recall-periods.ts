import type { Localized } from '../i18n/localized';
import type { RecallPeriod } from './instrument-types';

/** How each recall period reads in a step intro. */
export const RECALL_PERIOD_LABELS: Readonly<Record<RecallPeriod, Localized>> = {
  now: { nl: 'op dit moment', en: 'right now' },
  past_week: { nl: 'de afgelopen week', en: 'the past week' },
  past_2_weeks: { nl: 'de afgelopen 2 weken', en: 'the past 2 weeks' },
  past_3_months: { nl: 'de afgelopen 3 maanden', en: 'the past 3 months' },
  none: { nl: 'geen vaste periode', en: 'no fixed period' },
};

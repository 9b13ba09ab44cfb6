import type { ChangeDirection, PainMeasureKey } from '../change/change-types';
import type { Localized } from '../i18n/localized';
import type { GoalStatus, ReportAudience } from './report-types';

export const REPORT_TITLES: Readonly<Record<ReportAudience, Localized>> = {
  client: { nl: 'Jouw voortgang', en: 'Your progress' },
  referrer: { nl: 'Voortgangsverslag', en: 'Progress report' },
};

export const CONFIDENTIAL: Localized = {
  nl: 'Vertrouwelijk',
  en: 'Confidential',
};

export const REPORT_DISCLAIMER: Localized = {
  nl: 'De domeinscores (0-100, hoger is meer verstoord) komen uit een screenings- en gespreksinstrument: niet gevalideerd en geen diagnose. De indeling licht, matig en sterk verstoord is een vuistregel.',
  en: 'The domain scores (0-100, higher is more disturbed) come from a screening and conversation tool: not validated and not a diagnosis. The low, moderate and high bands are a rule of thumb.',
};

export const NO_SCORE: Localized = {
  nl: 'onvoldoende gegevens',
  en: 'insufficient data',
};

export const GOAL_STATUS_LABELS: Readonly<Record<GoalStatus, Localized>> = {
  proposed: { nl: 'voorgesteld', en: 'proposed' },
  active: { nl: 'actief', en: 'active' },
  achieved: { nl: 'behaald', en: 'achieved' },
  not_achieved: { nl: 'niet behaald', en: 'not achieved' },
  dropped: { nl: 'gestopt', en: 'dropped' },
};

export const PAIN_MEASURE_LABELS: Readonly<Record<PainMeasureKey, Localized>> =
  {
    nprsNow: { nl: 'Pijn nu (0-10)', en: 'Pain now (0-10)' },
    nprsAverage: {
      nl: 'Gemiddelde pijn afgelopen week (0-10)',
      en: 'Average pain past week (0-10)',
    },
    nprsWorst: {
      nl: 'Ergste pijn afgelopen week (0-10)',
      en: 'Worst pain past week (0-10)',
    },
    interference: {
      nl: 'Belemmering door pijn (0-10)',
      en: 'Interference from pain (0-10)',
    },
    activityEffortMean: {
      nl: 'Moeite met eigen activiteiten (0-10)',
      en: 'Effort of own activities (0-10)',
    },
    beliefs: { nl: 'Pijnopvattingen (0-100)', en: 'Pain beliefs (0-100)' },
  };

/** Change in words; "notable" uses the thresholds of compareAssessments. */
export function changeLabel(
  direction: ChangeDirection,
  notable: boolean,
): Localized {
  switch (direction) {
    case 'improved':
      return notable
        ? { nl: 'duidelijk verbeterd', en: 'clearly improved' }
        : { nl: 'iets verbeterd', en: 'slightly improved' };
    case 'worsened':
      return notable
        ? { nl: 'duidelijk verslechterd', en: 'clearly worse' }
        : { nl: 'iets verslechterd', en: 'slightly worse' };
    case 'unchanged':
      return { nl: 'gelijk gebleven', en: 'unchanged' };
    case 'unknown':
      return { nl: 'niet te vergelijken', en: 'cannot be compared' };
  }
}

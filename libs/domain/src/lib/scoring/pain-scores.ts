import type { Localized } from '../i18n/localized';
import type { Answers } from '../instruments/answers';
import type {
  InstrumentDefinition,
  InstrumentItem,
  PainItemMeasure,
} from '../instruments/instrument-types';
import { usableAnswer } from '../instruments/usable-answer';
import {
  type ItemGroupScore,
  isKeyed,
  scoreItemGroup,
} from './item-group-score';
import { round1 } from './rounding';

/** How the mind-body indicators are labelled for practitioners. */
export const MIND_BODY_LABEL: Localized = {
  nl: 'Aanwijzingen voor neuroplastische pijn (geen diagnose)',
  en: 'Indications of neuroplastic pain (not a diagnosis)',
};

/** One patient-specific activity (PSK/PSFS style). */
export interface ActivityScore {
  readonly label: string;
  /** Effort 0-10 (0 = no effort, 10 = impossible), or `null` if not rated. */
  readonly effort: number | null;
}

/** Mind-body indicators: counted, never a disturbance score. */
export interface MindBodyProfile {
  readonly label: Localized;
  /** Indicators answered "yes". */
  readonly count: number;
  readonly answered: number;
  readonly total: number;
  readonly indicators: readonly {
    readonly itemId: string;
    readonly present: boolean | null;
  }[];
}

/**
 * The pain outcome (domain.md 4.2): shown above the ranking, never ranked
 * with the six domains.
 */
export interface PainScores {
  /** NPRS 0-10 now, average past week, worst past week. */
  readonly nprsNow: number | null;
  readonly nprsAverage: number | null;
  readonly nprsWorst: number | null;
  /** Interference with work, household and social life, 0-10. */
  readonly interference: number | null;
  /** The activities the client named, in form order. */
  readonly activities: readonly ActivityScore[];
  /** Mean effort of the rated activities, one decimal. */
  readonly activityEffortMean: number | null;
  /** Pain-beliefs sub-score 0-100 (B4 reversed), same 60 % rule as domains. */
  readonly beliefs: ItemGroupScore;
  readonly mindBody: MindBodyProfile;
}

function numberFor(
  items: readonly InstrumentItem[],
  answers: Answers,
  measure: PainItemMeasure,
  slot?: number,
): number | null {
  const item = items.find((i) => i.measure === measure && i.slot === slot);
  const value = item ? usableAnswer(item, answers) : undefined;
  return typeof value === 'number' ? value : null;
}

function activitiesFrom(
  items: readonly InstrumentItem[],
  answers: Answers,
): ActivityScore[] {
  return items
    .filter((item) => item.measure === 'activity_label')
    .flatMap((item) => {
      const label = usableAnswer(item, answers);
      if (typeof label !== 'string') {
        return [];
      }
      return [
        {
          label: label.trim(),
          effort: numberFor(items, answers, 'activity_effort', item.slot),
        },
      ];
    });
}

function mindBodyFrom(
  items: readonly InstrumentItem[],
  answers: Answers,
): MindBodyProfile {
  const indicators = items
    .filter((item) => item.module === 'mind_body')
    .map((item) => {
      const value = usableAnswer(item, answers);
      return {
        itemId: item.id,
        present: typeof value === 'boolean' ? value : null,
      };
    });
  return {
    label: MIND_BODY_LABEL,
    count: indicators.filter((i) => i.present === true).length,
    answered: indicators.filter((i) => i.present !== null).length,
    total: indicators.length,
    indicators,
  };
}

/** Scores the pain module, beliefs and mind-body indicators. */
export function scorePain(
  definition: InstrumentDefinition,
  answers: Answers,
): PainScores {
  const { items } = definition;
  const activities = activitiesFrom(items, answers);
  const efforts = activities.flatMap((a) =>
    a.effort === null ? [] : [a.effort],
  );
  return {
    nprsNow: numberFor(items, answers, 'nprs_now'),
    nprsAverage: numberFor(items, answers, 'nprs_average'),
    nprsWorst: numberFor(items, answers, 'nprs_worst'),
    interference: numberFor(items, answers, 'interference'),
    activities,
    activityEffortMean:
      efforts.length > 0
        ? round1(efforts.reduce((sum, e) => sum + e, 0) / efforts.length)
        : null,
    beliefs: scoreItemGroup(
      items.filter((item) => item.module === 'beliefs').filter(isKeyed),
      answers,
    ),
    mindBody: mindBodyFrom(items, answers),
  };
}

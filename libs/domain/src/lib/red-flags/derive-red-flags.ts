import type { Localized } from '../i18n/localized';
import { parseCalendarDate } from '../i18n/dates';
import type { Answers } from '../instruments/answers';
import type {
  DerivedRedFlagRuleId,
  InstrumentDefinition,
  RedFlagCondition,
  RedFlagUrgency,
} from '../instruments/instrument-types';

/** Item asking how long the back pain has lasted (HIST1). */
export const PAIN_DURATION_ITEM_ID = 'HIST1';
/** Red-flag-screen item asking about vascular risk factors (no flag alone). */
export const VASCULAR_RISK_ITEM_ID = 'RF-VASC';

/**
 * What `detectRedFlags` may know besides the answers, so that age criteria
 * are derived and never asked again (domain.md 3).
 */
export interface RedFlagContext {
  /** The client's date of birth from the client record (ISO date). */
  readonly dateOfBirth?: string | null;
  /** When the questionnaire was filled in (ISO date or timestamp). */
  readonly assessedOn?: string | null;
}

/** A flag derived from the context and the answers, before sorting. */
export interface DerivedFlag {
  readonly itemId: string;
  readonly condition: RedFlagCondition;
  readonly urgency: RedFlagUrgency;
  readonly label: Localized;
  /** What it was derived from: `dateOfBirth` and item ids. */
  readonly derivedFrom: readonly string[];
}

/** What the rules read: the facts, already taken from answers and context. */
interface Facts {
  readonly dateOfBirth: string;
  readonly assessedOn: string;
  readonly answers: Answers;
  readonly purpose: InstrumentDefinition['purpose'];
  /** Ids of positive red-flag items per suspected condition. */
  readonly positive: ReadonlyMap<RedFlagCondition, readonly string[]>;
}

/** Months of pain per HIST1 answer: [shortest, longest] (null: open-ended). */
const DURATION_MONTHS: Readonly<
  Record<string, readonly [number, number | null]>
> = {
  less_than_3_months: [0, 3],
  '3_to_12_months': [3, 12],
  '1_to_5_years': [12, 60],
  more_than_5_years: [60, null],
};

/**
 * Age in whole years, `monthsEarlier` months before `date`. Never throws for
 * a moment before birth: it is then negative.
 */
export function ageMonthsEarlier(
  dateOfBirth: string,
  date: string,
  monthsEarlier: number,
): number {
  const birth = parseCalendarDate(dateOfBirth);
  const on = parseCalendarDate(date);
  const months =
    on.year * 12 +
    on.month -
    (birth.year * 12 + birth.month) -
    (on.day < birth.day ? 1 : 0) -
    monthsEarlier;
  return Math.floor(months / 12);
}

const AGE_REASON = {
  nl: 'afgeleid uit geboortedatum en duur van de klacht',
  en: 'derived from date of birth and duration of the complaint',
};
const AGE_ANSWERS_REASON = {
  nl: 'afgeleid uit geboortedatum en antwoorden',
  en: 'derived from date of birth and answers',
};

function durationOf(facts: Facts): readonly [number, number | null] | null {
  const answer = facts.answers[PAIN_DURATION_ITEM_ID];
  return typeof answer === 'string' ? (DURATION_MONTHS[answer] ?? null) : null;
}

const ageNow = (facts: Facts): number =>
  ageMonthsEarlier(facts.dateOfBirth, facts.assessedOn, 0);

type Rule = (facts: Facts) => DerivedFlag | null;

/** KNGF/NHG: first onset after 50. Only when the onset is surely after 50. */
const onsetAfter50: Rule = (facts) => {
  const duration = durationOf(facts);
  const longest = duration?.[1];
  if (longest === undefined || longest === null) return null;
  const ageAtEarliestOnset = ageMonthsEarlier(
    facts.dateOfBirth,
    facts.assessedOn,
    longest,
  );
  if (ageAtEarliestOnset < 50) return null;
  return {
    itemId: 'AGE-ONSET-50',
    condition: 'malignancy',
    urgency: 'gp_review',
    label: {
      nl: `Rugpijn voor het eerst na het 50e jaar (${AGE_REASON.nl})`,
      en: `First onset of back pain after age 50 (${AGE_REASON.en})`,
    },
    derivedFrom: ['dateOfBirth', PAIN_DURATION_ITEM_ID],
  };
};

/**
 * Axial spondyloarthritis: onset before 45, lasting over 3 months, with at
 * least one inflammatory feature answered "yes".
 */
const onsetBefore45Inflammatory: Rule = (facts) => {
  const duration = durationOf(facts);
  const features = facts.positive.get('inflammatory') ?? [];
  if (!duration || duration[0] < 3 || features.length === 0) return null;
  const ageAtLatestOnset = ageMonthsEarlier(
    facts.dateOfBirth,
    facts.assessedOn,
    duration[0],
  );
  if (ageAtLatestOnset >= 45) return null;
  return {
    itemId: 'AGE-ONSET-45-INFLAM',
    condition: 'inflammatory',
    urgency: 'gp_review',
    label: {
      nl: `Begin vóór het 45e jaar, langer dan 3 maanden, met kenmerken van een ontstekingsbeeld (${AGE_REASON.nl})`,
      en: `Onset before age 45, lasting over 3 months, with inflammatory features (${AGE_REASON.en})`,
    },
    derivedFrom: ['dateOfBirth', PAIN_DURATION_ITEM_ID, ...features],
  };
};

/**
 * Vertebral fracture: 70 or older with a fracture risk answered "yes". KNGF
 * names women over 70; sex is not recorded, so this holds for everyone.
 */
const age70FractureRisk: Rule = (facts) => {
  const risks = facts.positive.get('fracture') ?? [];
  if (risks.length === 0 || ageNow(facts) < 70) return null;
  return {
    itemId: 'AGE-70-FRACTURE',
    condition: 'fracture',
    urgency: 'gp_review',
    label: {
      nl: `70 jaar of ouder met een risico op een wervelfractuur (${AGE_ANSWERS_REASON.nl}; geslacht wordt niet vastgelegd)`,
      en: `Aged 70 or over with a risk of vertebral fracture (${AGE_ANSWERS_REASON.en}; sex is not recorded)`,
    },
    derivedFrom: ['dateOfBirth', ...risks],
  };
};

/**
 * Vascular (aneurysm): 50 or older with vascular risk factors. With a
 * vascular sign (throbbing belly, sudden severe pain) the GP reviews it;
 * without one it is advice to watch for those signs.
 */
const age50VascularRisk: Rule = (facts) => {
  if (facts.answers[VASCULAR_RISK_ITEM_ID] !== true || ageNow(facts) < 50) {
    return null;
  }
  const signs = facts.positive.get('vascular') ?? [];
  const withSign = signs.length > 0;
  // The advice is given once, with the first questionnaire; later only a
  // vascular sign brings it back.
  if (!withSign && facts.purpose !== 'baseline') return null;
  return {
    itemId: 'AGE-50-VASC',
    condition: 'vascular',
    urgency: withSign ? 'gp_review' : 'advice',
    label: withSign
      ? {
          nl: `50 jaar of ouder met vaatrisico en een vaatsignaal: denk aan een aneurysma (${AGE_ANSWERS_REASON.nl})`,
          en: `Aged 50 or over with vascular risk and a vascular sign: consider an aneurysm (${AGE_ANSWERS_REASON.en})`,
        }
      : {
          nl: `50 jaar of ouder met vaatrisico: let op plotselinge pijn of een kloppend gevoel in de buik (${AGE_ANSWERS_REASON.nl})`,
          en: `Aged 50 or over with vascular risk: watch for sudden pain or a throbbing belly (${AGE_ANSWERS_REASON.en})`,
        },
    derivedFrom: ['dateOfBirth', VASCULAR_RISK_ITEM_ID, ...signs],
  };
};

const RULES: Readonly<Record<DerivedRedFlagRuleId, Rule>> = {
  onset_after_50: onsetAfter50,
  onset_before_45_inflammatory: onsetBefore45Inflammatory,
  age_70_fracture_risk: age70FractureRisk,
  age_50_vascular_risk: age50VascularRisk,
};

/**
 * The derived red flags of an instrument (its `derivedRedFlags`), from the
 * date of birth, the date of the questionnaire and the answers. None without
 * a date of birth or date.
 */
export function deriveRedFlags(
  definition: InstrumentDefinition,
  answers: Answers,
  positive: ReadonlyMap<RedFlagCondition, readonly string[]>,
  context: RedFlagContext = {},
): DerivedFlag[] {
  const { dateOfBirth, assessedOn } = context;
  if (!dateOfBirth || !assessedOn) return [];
  const facts: Facts = {
    dateOfBirth,
    assessedOn,
    answers,
    purpose: definition.purpose,
    positive,
  };
  return (definition.derivedRedFlags ?? []).flatMap((id) => {
    const flag = RULES[id](facts);
    return flag ? [flag] : [];
  });
}

import { LANGUAGES, type Localized } from '../../i18n/localized';
import { ALGORITHM_VERSION } from '../../scoring/algorithm-version';
import { deepFreeze } from '../../util/deep-freeze';
import type {
  DerivedRedFlagRuleId,
  InstrumentDefinition,
  InstrumentLicence,
} from '../instrument-types';
import {
  BELIEFS_STEP,
  DOMAIN_STEPS,
  HISTORY_STEP,
  PAIN_STEP,
  PREFERENCE_STEP,
  RED_FLAGS_STEP,
  type StepWithItems,
} from './steps';
import {
  BELIEFS_STEP_V2,
  DOMAIN_STEPS_V2,
  FOLLOW_UP_RED_FLAGS_STEP_V2,
  HISTORY_STEP_V2,
  PAIN_STEP_V2,
  PREFERENCE_STEP_V2,
  RED_FLAGS_STEP_V2,
} from './v2/steps';

/** Shown with every intake and result (domain.md 4.1). */
const SCREENING_TOOL: InstrumentDefinition['classification'] = {
  validated: false,
  label: {
    nl: 'Screenings- en gespreksinstrument: niet gevalideerd en geen diagnose.',
    en: 'Screening and conversation tool: not validated and not a diagnosis.',
  },
};

const OWN_WORDING: InstrumentLicence = {
  status: 'own_wording',
  source: {
    nl: 'Eigen formulering van Herstelkompas naar de constructen van het 6-domeinenmodel (geen Physis-vragenlijst). PIJN1-3 volgen de NPRS (publiek domein); de rode vlaggen volgen KNGF 2021 en NHG.',
    en: 'Own Herstelkompas wording after the constructs of the 6-domain model (not the Physis questionnaire). PIJN1-3 follow the NPRS (public domain); the red flags follow KNGF 2021 and NHG.',
  },
};

function instrument(
  id: string,
  purpose: InstrumentDefinition['purpose'],
  texts: { title: Localized; description: Localized },
  steps: readonly StepWithItems[],
  v2?: { derivedRedFlags: readonly DerivedRedFlagRuleId[] },
): InstrumentDefinition {
  return deepFreeze({
    id,
    version: v2 ? 2 : 1,
    purpose,
    ...texts,
    classification: SCREENING_TOOL,
    languages: [...LANGUAGES],
    recallPeriod: 'past_2_weeks',
    licence: OWN_WORDING,
    algorithmVersion: ALGORITHM_VERSION,
    ...(v2 ? { derivedRedFlags: [...v2.derivedRedFlags] } : {}),
    steps: steps.map((entry) => entry.step),
    items: steps.flatMap((entry) => entry.items),
  });
}

/**
 * The default first intake, `herstelkompas-intake` v1 (domain.md 4.2): the six
 * domains, pain, beliefs and mind-body, history, red flags and preference.
 */
export const HERSTELKOMPAS_INTAKE_V1: InstrumentDefinition = instrument(
  'herstelkompas-intake',
  'baseline',
  {
    title: { nl: 'Intake Herstelkompas', en: 'Herstelkompas intake' },
    description: {
      nl: 'Vragen over de zes domeinen, je pijn en je gezondheid. Samen met je behandelaar bepaal je daarna waar je begint.',
      en: 'Questions about the six domains, your pain and your health. Afterwards you and your practitioner decide together where to start.',
    },
  },
  [
    ...DOMAIN_STEPS,
    PAIN_STEP,
    BELIEFS_STEP,
    HISTORY_STEP,
    RED_FLAGS_STEP,
    PREFERENCE_STEP,
  ],
);

/**
 * The shorter follow-up, `herstelkompas-follow-up` v1: the six domains, the
 * pain module (with beliefs and mind-body) and the red flags again; no
 * history and no preference.
 */
export const HERSTELKOMPAS_FOLLOW_UP_V1: InstrumentDefinition = instrument(
  'herstelkompas-follow-up',
  'follow_up',
  {
    title: { nl: 'Vervolgmeting Herstelkompas', en: 'Herstelkompas follow-up' },
    description: {
      nl: 'Een kortere vragenlijst om te zien wat er sinds de vorige keer veranderd is.',
      en: 'A shorter questionnaire to see what has changed since last time.',
    },
  },
  [...DOMAIN_STEPS, PAIN_STEP, BELIEFS_STEP, RED_FLAGS_STEP],
);

/** Towards the client the questionnaire has one name: "vragenlijst". */
const QUESTIONNAIRE_TITLE: Localized = {
  nl: 'Vragenlijst Herstelkompas',
  en: 'Herstelkompas questionnaire',
};

/**
 * `herstelkompas-intake` v2, after the clinical review: the red-flag screen
 * is the first step, one symptom cluster per item with its own time frame,
 * age criteria derived from the date of birth; the domain items keep their
 * constructs, keying and answer formats, so they score exactly as in v1.
 * Assessments made with v1 keep v1.
 */
export const HERSTELKOMPAS_INTAKE_V2: InstrumentDefinition = instrument(
  'herstelkompas-intake',
  'baseline',
  {
    title: QUESTIONNAIRE_TITLE,
    description: {
      nl: 'Vragen over je gezondheid, de zes domeinen en je pijn. Daarna bepaal je met je behandelaar waar je begint.',
      en: 'Questions about your health, the six domains and your pain. Afterwards you and your practitioner decide where to start.',
    },
  },
  [
    RED_FLAGS_STEP_V2,
    ...DOMAIN_STEPS_V2,
    PAIN_STEP_V2,
    BELIEFS_STEP_V2,
    HISTORY_STEP_V2,
    PREFERENCE_STEP_V2,
  ],
  {
    derivedRedFlags: [
      'onset_after_50',
      'onset_before_45_inflammatory',
      'age_70_fracture_risk',
      'age_50_vascular_risk',
    ],
  },
);

/**
 * `herstelkompas-follow-up` v2: the red-flag screen first (history items as
 * "new since last time", plus worsening despite the care), then the six
 * domains and the pain module. Onset criteria belong to the first
 * questionnaire; the fracture and vascular age criteria are derived again.
 */
export const HERSTELKOMPAS_FOLLOW_UP_V2: InstrumentDefinition = instrument(
  'herstelkompas-follow-up',
  'follow_up',
  {
    title: QUESTIONNAIRE_TITLE,
    description: {
      nl: 'Dezelfde vragenlijst als de vorige keer, iets korter: zo zie je wat er sindsdien veranderd is.',
      en: 'The same questionnaire as last time, a little shorter: so you can see what has changed since then.',
    },
  },
  [
    FOLLOW_UP_RED_FLAGS_STEP_V2,
    ...DOMAIN_STEPS_V2,
    PAIN_STEP_V2,
    BELIEFS_STEP_V2,
  ],
  { derivedRedFlags: ['age_70_fracture_risk', 'age_50_vascular_risk'] },
);

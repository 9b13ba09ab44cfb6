import type { DomainId } from '../domains/domain-ids';
import type { Language, Localized } from '../i18n/localized';
import type { QuantitativeMappingId } from './quantitative-mappings';

/**
 * Instrument definitions are versioned plain data: JSON-serialisable, no
 * functions, no Dates. Behaviour (transforms, mappings) is looked up by name,
 * so a stored definition can be read back and scored years later.
 */

/** A 0-10 rating with a labelled anchor at both ends. Answer: integer. */
export interface ScaleAnswerType {
  readonly kind: 'scale';
  readonly min: number;
  readonly max: number;
  readonly anchors: { readonly min: Localized; readonly max: Localized };
}

/** A count or amount with a unit. Answer: number. */
export interface NumberAnswerType {
  readonly kind: 'number';
  readonly unit: Localized;
  readonly min: number;
  readonly max: number;
  /** Whether only whole numbers are accepted (days, times, glasses). */
  readonly integer: boolean;
}

/** One answer option of a choice item. */
export interface ChoiceOption {
  /** Stable id stored as the answer. */
  readonly id: string;
  readonly label: Localized;
}

/** Pick exactly one option. Answer: the option id. */
export interface SingleChoiceAnswerType {
  readonly kind: 'single_choice';
  readonly options: readonly ChoiceOption[];
}

/** Pick up to `maxSelections` options. Answer: array of option ids. */
export interface MultiChoiceAnswerType {
  readonly kind: 'multi_choice';
  readonly options: readonly ChoiceOption[];
  readonly maxSelections: number;
}

/** Yes or no. Answer: boolean. */
export interface YesNoAnswerType {
  readonly kind: 'yes_no';
}

/** Free text. Answer: string of at most `maxLength` characters. */
export interface FreeTextAnswerType {
  readonly kind: 'free_text';
  readonly maxLength: number;
  /** A hint for the form: several lines rather than one. */
  readonly multiline: boolean;
}

/** How an item is answered. */
export type AnswerType =
  | ScaleAnswerType
  | NumberAnswerType
  | SingleChoiceAnswerType
  | MultiChoiceAnswerType
  | YesNoAnswerType
  | FreeTextAnswerType;

/** Kind of answer an item takes. */
export type AnswerKind = AnswerType['kind'];

/**
 * How an answer becomes a 0-10 disturbance value `s`: normal (`s = x`),
 * reversed (`s = max + min - x`) or a named quantitative mapping.
 */
export type Keying =
  | { readonly kind: 'normal' }
  | { readonly kind: 'reversed' }
  | { readonly kind: 'mapping'; readonly mapping: QuantitativeMappingId };

/**
 * One condition on an earlier answer. A condition on an unanswered item (or
 * one answered "prefer not to say") is false.
 */
export type EnableCondition =
  | { readonly itemId: string; readonly operator: 'answered' }
  | {
      readonly itemId: string;
      readonly operator: 'equals';
      readonly value: string | number | boolean;
    }
  | {
      readonly itemId: string;
      readonly operator: 'in';
      readonly values: readonly (string | number)[];
    };

/** Parts of an instrument that are not one of the six domains. */
export type ItemModule =
  | 'pain'
  | 'activities'
  | 'beliefs'
  | 'mind_body'
  | 'history'
  | 'red_flags'
  | 'preference';

/** What a pain-module item measures, so scoring finds it by meaning. */
export type PainItemMeasure =
  | 'nprs_now'
  | 'nprs_average'
  | 'nprs_worst'
  | 'interference'
  | 'activity_label'
  | 'activity_effort';

/** Time frame the client is asked to think about. */
export type RecallPeriod =
  'now' | 'past_week' | 'past_2_weeks' | 'past_3_months' | 'none';

/** How urgently a red flag needs medical attention. */
export type RedFlagUrgency = 'urgent_same_day' | 'gp_review' | 'advice';

/** The suspected condition behind a red flag (KNGF 2021 / NHG groups). */
export type RedFlagCondition =
  | 'cauda_equina'
  | 'neurological_deficit'
  | 'infection'
  | 'malignancy'
  | 'fracture'
  | 'inflammatory'
  | 'vascular'
  | 'sleep_apnoea'
  | 'unexplained_symptoms'
  | 'worsening_despite_care'
  | 'gut_feeling';

/** One combination rule: see {@link RedFlagRule.raiseWhen}. */
export interface RedFlagRaiseRule {
  readonly itemIds: readonly string[];
  readonly urgency: RedFlagUrgency;
}

/**
 * Red flags derived from the client record (date of birth) together with the
 * answers, never asked again (domain.md 3, "age criteria are derived"). An
 * instrument lists the ones that apply to it; the rules live in
 * `derive-red-flags`.
 */
export type DerivedRedFlagRuleId =
  | 'onset_after_50'
  | 'onset_before_45_inflammatory'
  | 'age_70_fracture_risk'
  | 'age_50_vascular_risk';

/**
 * What a positive answer to an item means medically. Yes/no items are
 * positive on "yes"; other items when the answer is at least `minValue`.
 */
export interface RedFlagRule {
  readonly condition: RedFlagCondition;
  readonly urgency: RedFlagUrgency;
  /** Short label for the practitioner's banner. */
  readonly label: Localized;
  /** For non-yes/no items: the lowest answer that counts as positive. */
  readonly minValue?: number;
  /**
   * Combination rule: when any of these items is also positive, the flag is
   * raised to `urgency` (KNGF: combinations raise the probability). Several
   * rules may be given; the highest urgency that applies wins.
   */
  readonly raiseWhen?: RedFlagRaiseRule | readonly RedFlagRaiseRule[];
}

/**
 * One question. Exactly one of `domain` and `module` is set. Items with a
 * `domain` and a `keying` are scored; a domain item without `keying` (SLA-F,
 * IMM-F) is a flag and is never part of a score.
 */
export interface InstrumentItem {
  readonly id: string;
  readonly domain?: DomainId;
  readonly module?: ItemModule;
  readonly text: Localized;
  /** Extra explanation under the question. */
  readonly help?: Localized;
  readonly answer: AnswerType;
  readonly keying?: Keying;
  /** Weight in the domain score; 1 when absent. */
  readonly weight?: number;
  /** Must be answered (when enabled) before the intake can be submitted. */
  readonly required: boolean;
  /** Whether "wil ik liever niet zeggen" may be chosen. */
  readonly allowPreferNotToSay: boolean;
  /** All conditions must hold for the item to be shown and counted. */
  readonly enableWhen?: readonly EnableCondition[];
  /** Overrides the step's and the instrument's recall period. */
  readonly recallPeriod?: RecallPeriod;
  /** Safety text always shown with the item (e.g. 113 near emotional items). */
  readonly safetyNotice?: Localized;
  readonly measure?: PainItemMeasure;
  /** For patient-specific activities: which of the activities (1-3). */
  readonly slot?: number;
  readonly redFlag?: RedFlagRule;
}

/** Which kind of screen a step is. */
export type StepKind =
  'domain' | 'pain' | 'beliefs' | 'history' | 'red_flags' | 'preference';

/** One screen of the intake: a question group with a title and an intro. */
export interface InstrumentStep {
  readonly id: string;
  readonly kind: StepKind;
  /** Set for domain steps, for the domain's colour and icon. */
  readonly domain?: DomainId;
  readonly title: Localized;
  readonly intro: Localized;
  readonly recallPeriod: RecallPeriod;
  readonly itemIds: readonly string[];
}

/** Whether the practice may use the wording, and where it comes from. */
export interface InstrumentLicence {
  readonly status: 'own_wording' | 'public_domain' | 'licensed_by_practice';
  readonly source: Localized;
  /** The practice's licence reference for licensed instruments. */
  readonly reference?: string;
}

/** A complete, versioned questionnaire. */
export interface InstrumentDefinition {
  readonly id: string;
  readonly version: number;
  /** First measurement or a later one. */
  readonly purpose: 'baseline' | 'follow_up';
  readonly title: Localized;
  readonly description: Localized;
  /** What kind of instrument this is, shown with every result. */
  readonly classification: {
    readonly validated: boolean;
    readonly label: Localized;
  };
  readonly languages: readonly Language[];
  /** Default recall period; steps and items may override it. */
  readonly recallPeriod: RecallPeriod;
  readonly licence: InstrumentLicence;
  /** Version of the scoring rules the instrument is built for. */
  readonly algorithmVersion: string;
  /**
   * Red flags derived from the date of birth and the answers (none when
   * absent). They need the context argument of `detectRedFlags`.
   */
  readonly derivedRedFlags?: readonly DerivedRedFlagRuleId[];
  readonly steps: readonly InstrumentStep[];
  readonly items: readonly InstrumentItem[];
}

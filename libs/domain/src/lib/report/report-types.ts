import type { Change, PainMeasureKey } from '../change/change-types';
import type { AssessmentSnapshot } from '../change/change-types';
import type { PriorityDecision } from '../decisions/decision-types';
import type { ReasonCode } from '../decisions/reason-codes';
import type { DomainId } from '../domains/domain-ids';
import type { Localized } from '../i18n/localized';
import type { RedFlagUrgency } from '../instruments/instrument-types';
import type { PersonName } from '../people/person-name';
import type { Band } from '../scoring/bands';

/** Who reads the report: the client (warm) or a GP/referrer (concise). */
export type ReportAudience = 'client' | 'referrer';

/** Where a goal stands: the same five statuses the API stores. */
export type GoalStatus =
  'proposed' | 'active' | 'achieved' | 'not_achieved' | 'dropped';

/** A goal as the report needs it (the API maps its goals to this). */
export interface ReportGoalInput {
  readonly title: string;
  readonly domain?: DomainId | null;
  readonly status: GoalStatus;
  /** ISO date. */
  readonly targetDate?: string | null;
}

/** A session note selected for the report: only its summary is shown. */
export interface ReportNoteInput {
  /** ISO date or timestamp of the session. */
  readonly date: string;
  readonly summary: string;
}

/** A red flag with its follow-up, for the referrer report. */
export interface ReportRedFlagInput {
  readonly label: Localized;
  readonly urgency: RedFlagUrgency;
  /** ISO date or timestamp when it was reported. */
  readonly raisedOn: string;
  /** What was done, in the practitioner's words. */
  readonly followUp?: string | null;
  readonly resolved: boolean;
}

/** The complaint, the referral and the GP, as on the client's record. */
export interface ReportReferralInput {
  readonly painLocation?: string | null;
  readonly painDuration?: string | null;
  readonly referredBy?: string | null;
  readonly gp?: {
    readonly name: string | null;
    readonly practice: string | null;
  } | null;
}

/**
 * The parts of the letter to a referrer that a progress report has no place
 * for: to whom, about whom and why.
 */
export interface ReportLetter {
  /** The GP from the client's record; null when no GP is known. */
  readonly addressee: {
    readonly name: string | null;
    readonly practice: string | null;
  } | null;
  /** "Betreft: Anna de Vries, geboren 12-03-1980". */
  readonly subject: Localized;
  /** The complaint in one sentence, or null when nothing is on the record. */
  readonly complaint: Localized | null;
  /** Who referred, as typed, or null. */
  readonly referredBy: string | null;
}

/** Everything {@link buildProgressReport} needs. */
export interface ProgressReportInput {
  readonly audience: ReportAudience;
  /** ISO date or timestamp the report is made. */
  readonly generatedOn: string;
  readonly practice: { readonly name: string };
  readonly practitioner: PersonName;
  readonly client: PersonName & { readonly dateOfBirth: string };
  /** The client's assessments, in any order. */
  readonly assessments: readonly AssessmentSnapshot[];
  /** The current priority decision, if one was made. */
  readonly decision?: Pick<
    PriorityDecision,
    'focusDomains' | 'reasonCode' | 'reasonText' | 'differsFromComputed'
  > | null;
  readonly goals?: readonly ReportGoalInput[];
  readonly notes?: readonly ReportNoteInput[];
  readonly redFlags?: readonly ReportRedFlagInput[];
  /**
   * The practitioner's closing words, shown as typed at the end; in the
   * letter to a referrer, the question or advice to the GP.
   */
  readonly closing?: string | null;
  /** The complaint and who referred, as on the client's record. */
  readonly referral?: ReportReferralInput | null;
  readonly options?: {
    /**
     * The practitioner deliberately keeps attention off pain: the client
     * report leaves the pain section out, the referrer report shows only the
     * average pain.
     */
    readonly painFocusOff?: boolean;
  };
}

/** A score with its band in words. */
export interface ReportScoreCell {
  /** One decimal, or null when there were too few answers. */
  readonly score: number | null;
  readonly band: Band | null;
  /** "matig verstoord", or "onvoldoende gegevens" without a score. */
  readonly bandLabel: Localized;
}

/** One row of the baseline-versus-latest table. */
export interface ReportDomainRow {
  readonly domain: DomainId;
  readonly name: Localized;
  readonly colour: string;
  readonly icon: string;
  readonly baseline: ReportScoreCell;
  /** `null` while there is only one assessment. */
  readonly latest: ReportScoreCell | null;
  readonly change: Change | null;
  readonly changeLabel: Localized | null;
}

/** One pain measure, baseline versus latest. */
export interface ReportPainRow {
  readonly measure: PainMeasureKey;
  readonly label: Localized;
  readonly baseline: number | null;
  readonly latest: number | null;
  readonly change: Change | null;
}

/** The pain outcome: all measures, or only average pain when collapsed. */
export interface ReportPain {
  readonly mode: 'full' | 'collapsed';
  readonly rows: readonly ReportPainRow[];
}

/**
 * A focus domain with its explanation: plain je-language for the client, a
 * short third-person clinical line for a referrer.
 */
export interface ReportFocusDomain {
  readonly domain: DomainId;
  readonly name: Localized;
  readonly colour: string;
  readonly icon: string;
  readonly explanation: Localized;
}

/** The focus the practitioner chose, and why. */
export interface ReportFocus {
  readonly domains: readonly ReportFocusDomain[];
  readonly reasonCode: ReasonCode;
  readonly reasonLabel: Localized;
  /** The practitioner's own words. */
  readonly reasonText: string | null;
  /** The practitioner changed the computed priority. */
  readonly chosenByPractitioner: boolean;
}

/** A radar series: 0-100 per domain, ready for {@link radarGeometry}. */
export interface ReportRadarSeries {
  readonly id: 'baseline' | 'latest';
  readonly label: Localized;
  readonly scores: Readonly<Record<DomainId, number | null>>;
}

/** The data a progress report shows, in both languages. */
export interface ProgressReport {
  readonly audience: ReportAudience;
  readonly title: Localized;
  readonly confidentiality: Localized;
  readonly disclaimer: Localized;
  readonly header: {
    readonly practiceName: string;
    readonly practitionerName: string;
    readonly clientName: string;
    readonly clientDateOfBirth: string;
    readonly clientAge: number;
    readonly generatedOn: string;
    /** First and latest assessment dates, or null without assessments. */
    readonly period: { readonly from: string; readonly to: string } | null;
    /** How many measurements the report covers; 1 is a baseline only. */
    readonly measurements: number;
  };
  /** Referrer only (null for clients): addressee, subject and complaint. */
  readonly letter: ReportLetter | null;
  /** Canonical order; empty without assessments. */
  readonly domains: readonly ReportDomainRow[];
  readonly radar: readonly ReportRadarSeries[];
  readonly pain: ReportPain | null;
  readonly focus: ReportFocus | null;
  readonly goals: readonly {
    readonly title: string;
    readonly domain: DomainId | null;
    readonly domainName: Localized | null;
    readonly status: GoalStatus;
    readonly statusLabel: Localized;
    readonly targetDate: string | null;
  }[];
  readonly notes: readonly {
    readonly date: string;
    readonly summary: string;
  }[];
  /** The practitioner's closing words, or null when there are none. */
  readonly closing: string | null;
  /** The main changes in plain words, most important first. */
  readonly headlines: readonly Localized[];
  /** Referrer only (null for clients): red flags and their follow-up. */
  readonly redFlags:
    | readonly {
        readonly label: Localized;
        readonly urgency: RedFlagUrgency;
        readonly urgencyLabel: Localized;
        readonly raisedOn: string;
        readonly followUp: string | null;
        readonly resolved: boolean;
      }[]
    | null;
}

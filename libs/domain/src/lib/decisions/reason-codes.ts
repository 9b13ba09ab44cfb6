import type { Localized } from '../i18n/localized';

/** Why a practitioner confirmed or changed the computed priority. */
export const REASON_CODES = [
  'CLINICAL_JUDGEMENT',
  'CLIENT_PREFERENCE',
  'RED_FLAG_REFERRAL',
  'INSUFFICIENT_DATA',
  'CHAIN_REACTION_HYPOTHESIS',
  'OTHER',
] as const;

/** One of {@link REASON_CODES}. */
export type ReasonCode = (typeof REASON_CODES)[number];

/** The reason codes in words. */
export const REASON_CODE_LABELS: Readonly<Record<ReasonCode, Localized>> = {
  CLINICAL_JUDGEMENT: { nl: 'Klinische afweging', en: 'Clinical judgement' },
  CLIENT_PREFERENCE: { nl: 'Voorkeur van de cliënt', en: 'Client preference' },
  RED_FLAG_REFERRAL: {
    nl: 'Rode vlag of verwijzing',
    en: 'Red flag or referral',
  },
  INSUFFICIENT_DATA: { nl: 'Onvoldoende gegevens', en: 'Insufficient data' },
  CHAIN_REACTION_HYPOTHESIS: {
    nl: 'Verwachte kettingreactie',
    en: 'Expected chain reaction',
  },
  OTHER: { nl: 'Anders', en: 'Other' },
};

/** Whether a value is a known reason code. */
export function isReasonCode(value: unknown): value is ReasonCode {
  return (REASON_CODES as readonly unknown[]).includes(value);
}

import type { Localized } from '../i18n/localized';
import {
  type DecisionErrorCodes,
  type DecisionField,
  REASON_TEXT_MAX_LENGTH,
} from './decision-types';

/** Concise, practitioner-facing messages per field and code. */
export const DECISION_MESSAGES: {
  readonly [F in DecisionField]: Readonly<
    Record<DecisionErrorCodes[F], Localized>
  >;
} = {
  order: {
    wrong_type: {
      nl: 'Geef de volgorde op als lijst van domeinen.',
      en: 'Give the order as a list of domains.',
    },
    unknown_domain: {
      nl: 'De volgorde bevat een onbekend domein.',
      en: 'The order contains an unknown domain.',
    },
    duplicate_domain: {
      nl: 'Elk domein mag maar één keer in de volgorde staan.',
      en: 'Each domain may appear only once in the order.',
    },
    incomplete_order: {
      nl: 'Zet alle zes domeinen in de volgorde.',
      en: 'Put all six domains in the order.',
    },
  },
  focusDomains: {
    wrong_type: {
      nl: 'Geef de focusdomeinen op als lijst.',
      en: 'Give the focus domains as a list.',
    },
    too_few: {
      nl: 'Kies minstens één focusdomein.',
      en: 'Choose at least one focus domain.',
    },
    too_many: {
      nl: 'Kies hoogstens drie focusdomeinen.',
      en: 'Choose at most three focus domains.',
    },
    unknown_domain: {
      nl: 'Kies de focusdomeinen uit de zes domeinen.',
      en: 'Choose the focus domains from the six domains.',
    },
    duplicate_domain: {
      nl: 'Kies elk focusdomein maar één keer.',
      en: 'Choose each focus domain only once.',
    },
    not_in_order: {
      nl: 'Een focusdomein moet ook in de volgorde staan.',
      en: 'A focus domain must also be in the order.',
    },
  },
  reasonCode: {
    required: { nl: 'Kies een reden.', en: 'Choose a reason.' },
    unknown_reason_code: {
      nl: 'Kies een van de redenen uit de lijst.',
      en: 'Choose one of the reasons from the list.',
    },
  },
  reasonText: {
    wrong_type: {
      nl: 'Vul de toelichting in als tekst.',
      en: 'Enter the explanation as text.',
    },
    required: {
      nl: 'Licht kort toe waarom je afwijkt van de berekende volgorde of focus.',
      en: 'Briefly explain why you differ from the computed order or focus.',
    },
    too_long: {
      nl: `Houd de toelichting onder de ${REASON_TEXT_MAX_LENGTH + 1} tekens.`,
      en: `Keep the explanation under ${REASON_TEXT_MAX_LENGTH + 1} characters.`,
    },
  },
};

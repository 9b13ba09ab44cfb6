import { type Localized, formatNumber } from '../i18n/localized';
import type { InstrumentItem } from '../instruments/instrument-types';
import type { AnswerErrorCode } from './check-answer';

/**
 * Friendly, client-facing messages (Dutch with "je"). They say what to do,
 * never only what went wrong.
 */

const WRONG_TYPE: Readonly<
  Record<InstrumentItem['answer']['kind'], Localized>
> = {
  scale: {
    nl: 'Kies een getal op de schaal.',
    en: 'Please choose a number on the scale.',
  },
  number: { nl: 'Vul hier een getal in.', en: 'Please enter a number here.' },
  single_choice: {
    nl: 'Kies een van de antwoorden.',
    en: 'Please choose one of the answers.',
  },
  multi_choice: {
    nl: 'Kies een of meer antwoorden uit de lijst.',
    en: 'Please choose one or more answers from the list.',
  },
  yes_no: { nl: 'Kies ja of nee.', en: 'Please choose yes or no.' },
  free_text: { nl: 'Vul hier tekst in.', en: 'Please enter text here.' },
};

function rangeMessage(item: InstrumentItem): Localized {
  const { answer } = item;
  if (answer.kind !== 'scale' && answer.kind !== 'number') {
    return WRONG_TYPE[answer.kind];
  }
  const unit = answer.kind === 'number' ? answer.unit : undefined;
  const build = (language: 'nl' | 'en'): string => {
    const min = formatNumber(answer.min, language);
    const max = formatNumber(answer.max, language);
    const suffix = unit ? ` (${unit[language]})` : '';
    return language === 'nl'
      ? `Kies een getal van ${min} tot en met ${max}${suffix}.`
      : `Please choose a number from ${min} to ${max}${suffix}.`;
  };
  return { nl: build('nl'), en: build('en') };
}

/** The message for an error on an item (or on an unknown item id). */
export function answerErrorMessage(
  code: AnswerErrorCode,
  item: InstrumentItem | undefined,
): Localized {
  if (item === undefined) {
    return {
      nl: 'Deze vraag hoort niet bij deze vragenlijst.',
      en: 'This question is not part of this questionnaire.',
    };
  }
  switch (code) {
    case 'out_of_range':
      return rangeMessage(item);
    case 'not_integer':
      return {
        nl: 'Vul een heel getal in, zonder komma.',
        en: 'Please enter a whole number.',
      };
    case 'unknown_option':
      return {
        nl: 'Dit antwoord hoort niet bij deze vraag. Kies een van de getoonde antwoorden.',
        en: 'This answer does not belong to this question. Please choose one of the answers shown.',
      };
    case 'duplicate_choice':
      return {
        nl: 'Je hebt hetzelfde antwoord twee keer gekozen. Kies elk antwoord maar één keer.',
        en: 'You chose the same answer twice. Please choose each answer only once.',
      };
    case 'too_many_choices':
      return item.answer.kind === 'multi_choice'
        ? {
            nl: `Kies er hoogstens ${item.answer.maxSelections}.`,
            en: `Please choose at most ${item.answer.maxSelections}.`,
          }
        : WRONG_TYPE[item.answer.kind];
    case 'too_long':
      return item.answer.kind === 'free_text'
        ? {
            nl: `Je antwoord is wat te lang: gebruik hoogstens ${item.answer.maxLength} tekens.`,
            en: `Your answer is a bit too long: please use at most ${item.answer.maxLength} characters.`,
          }
        : WRONG_TYPE[item.answer.kind];
    case 'invalid_characters':
      return item.answer.kind === 'free_text' && item.answer.multiline
        ? {
            nl: 'Je antwoord bevat een teken dat hier niet kan, zoals een onzichtbaar stuurteken. Typ het antwoord gewoon in het veld.',
            en: 'Your answer contains a character that cannot be used here, such as an invisible control character. Please type the answer into the field.',
          }
        : {
            nl: 'Gebruik één regel tekst, zonder onzichtbare tekens of stuurtekens.',
            en: 'Please use one line of text, without invisible or control characters.',
          };
    case 'not_allowed':
      return {
        nl: "Bij deze vraag kun je 'wil ik liever niet zeggen' niet kiezen, omdat we het antwoord echt nodig hebben. Kies een antwoord.",
        en: "'Prefer not to say' is not possible for this question, because we really need the answer. Please choose an answer.",
      };
    case 'disabled_item':
      return {
        nl: 'Deze vraag is niet van toepassing na je eerdere antwoorden. Laat hem leeg.',
        en: 'This question does not apply after your earlier answers. Please leave it empty.',
      };
    case 'required':
      return {
        nl: 'Wil je deze vraag nog beantwoorden? Hij is nodig om de vragenlijst af te ronden.',
        en: 'Please answer this question; it is needed to complete the questionnaire.',
      };
    default:
      // wrong_type, and any code that does not fit this kind of item: a hint
      // about what the question expects is the most useful answer.
      return WRONG_TYPE[item.answer.kind];
  }
}

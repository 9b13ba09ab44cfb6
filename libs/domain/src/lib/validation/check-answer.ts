import { type AnswerValue, PREFER_NOT_TO_SAY } from '../instruments/answers';
import type {
  AnswerType,
  ChoiceOption,
  InstrumentItem,
} from '../instruments/instrument-types';
import { isMultiLineText, isSingleLineText } from '../text/text-characters';

/** Why an answer was refused. */
export type AnswerErrorCode =
  | 'unknown_item'
  | 'wrong_type'
  | 'not_integer'
  | 'out_of_range'
  | 'unknown_option'
  | 'duplicate_choice'
  | 'too_many_choices'
  | 'too_long'
  | 'invalid_characters'
  | 'not_allowed'
  | 'disabled_item'
  | 'required';

/** Problems a value itself can have, whatever the other answers are. */
export type ValueErrorCode = Exclude<
  AnswerErrorCode,
  'unknown_item' | 'disabled_item' | 'required'
>;

/** Length in characters as people count them (code points, not UTF-16). */
export function textLength(text: string): number {
  return [...text].length;
}

function checkNumber(
  value: AnswerValue,
  { min, max, integer }: { min: number; max: number; integer: boolean },
): ValueErrorCode | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return 'wrong_type';
  }
  if (integer && !Number.isInteger(value)) {
    return 'not_integer';
  }
  return value < min || value > max ? 'out_of_range' : null;
}

const hasOption = (options: readonly ChoiceOption[], id: string): boolean =>
  options.some((option) => option.id === id);

function checkMultiChoice(
  value: AnswerValue,
  answer: Extract<AnswerType, { kind: 'multi_choice' }>,
): ValueErrorCode | null {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    return 'wrong_type';
  }
  if (!value.every((id: string) => hasOption(answer.options, id))) {
    return 'unknown_option';
  }
  if (new Set(value).size !== value.length) {
    return 'duplicate_choice';
  }
  return value.length > answer.maxSelections ? 'too_many_choices' : null;
}

function checkByType(
  answer: AnswerType,
  value: AnswerValue,
): ValueErrorCode | null {
  switch (answer.kind) {
    case 'scale':
      return checkNumber(value, { ...answer, integer: true });
    case 'number':
      return checkNumber(value, answer);
    case 'single_choice':
      if (typeof value !== 'string') {
        return 'wrong_type';
      }
      return hasOption(answer.options, value) ? null : 'unknown_option';
    case 'multi_choice':
      return checkMultiChoice(value, answer);
    case 'yes_no':
      return typeof value === 'boolean' ? null : 'wrong_type';
    case 'free_text':
      if (typeof value !== 'string') {
        return 'wrong_type';
      }
      if (
        !(answer.multiline ? isMultiLineText(value) : isSingleLineText(value))
      )
        return 'invalid_characters';
      return textLength(value) > answer.maxLength ? 'too_long' : null;
  }
}

/**
 * Checks one answered value against its item: type, whole numbers, range,
 * options, length and "prefer not to say". Gives `null` when it is fine.
 */
export function checkAnswerValue(
  item: Pick<InstrumentItem, 'answer' | 'allowPreferNotToSay'>,
  value: AnswerValue,
): ValueErrorCode | null {
  if (value === PREFER_NOT_TO_SAY) {
    return item.allowPreferNotToSay ? null : 'not_allowed';
  }
  return checkByType(item.answer, value);
}

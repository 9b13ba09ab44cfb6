/**
 * The answer stored when a client chooses "wil ik liever niet zeggen" on an
 * item that allows it. It counts as unanswered when scoring.
 */
export const PREFER_NOT_TO_SAY = 'prefer_not_to_say';

/**
 * One answer as JSON: scale and number -> number; single choice -> option id;
 * yes/no -> boolean; free text -> string; multi-choice -> option ids; or
 * {@link PREFER_NOT_TO_SAY}.
 */
export type AnswerValue = number | string | boolean | readonly string[];

/**
 * All answers of one intake by item id. A missing key, `undefined` or `null`
 * means unanswered.
 */
export type Answers = Readonly<Record<string, AnswerValue | null | undefined>>;

/**
 * Whether a value holds an answer. Blank text and an empty selection count as
 * unanswered too: that is what an emptied form field sends.
 */
export function hasAnswer(
  value: AnswerValue | null | undefined,
): value is AnswerValue {
  if (value === null || value === undefined) {
    return false;
  }
  if (typeof value === 'string') {
    return value.trim() !== '';
  }
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  return true;
}

/** Whether the value is a real answer, not empty and not "prefer not to say". */
export function isSubstantiveAnswer(
  value: AnswerValue | null | undefined,
): value is AnswerValue {
  return hasAnswer(value) && value !== PREFER_NOT_TO_SAY;
}

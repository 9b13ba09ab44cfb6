import {
  type AnswerValue,
  type Answers,
  type InstrumentItem,
  type ItemStatus,
  type ItemValue,
  type Language,
  PREFER_NOT_TO_SAY,
  formatNumber,
} from '@herstelkompas/domain';

/** One row behind a domain score: the question, the answer, its 0-10 value. */
export interface AnswerRow {
  itemId: string;
  question: string;
  /** The answer as the client gave it, or null when there is none. */
  answer: string | null;
  status: ItemStatus;
  /** The disturbance value s (0-10) that went into the score. */
  value: number | null;
}

/** The words for yes and no in the current language. */
export interface YesNoWords {
  yes: string;
  no: string;
}

function describeAnswer(
  item: InstrumentItem,
  raw: AnswerValue,
  language: Language,
  words: YesNoWords,
): string {
  const { answer } = item;
  switch (answer.kind) {
    case 'scale':
      return typeof raw === 'number'
        ? formatNumber(raw, language)
        : String(raw);
    case 'number':
      return typeof raw === 'number'
        ? `${formatNumber(raw, language)} ${answer.unit[language]}`
        : String(raw);
    case 'single_choice':
      return (
        answer.options.find((o) => o.id === raw)?.label[language] ?? String(raw)
      );
    case 'multi_choice': {
      const ids: readonly string[] = Array.isArray(raw) ? raw : [String(raw)];
      return ids
        .map((id) => answer.options.find((o) => o.id === id)?.label[language])
        .filter((label): label is string => !!label)
        .join(', ');
    }
    case 'yes_no':
      return raw === true ? words.yes : raw === false ? words.no : String(raw);
    case 'free_text':
      return String(raw);
  }
}

/**
 * The rows behind a domain score, in the order of the instrument. The item
 * text comes from the instrument definition the assessment was scored with,
 * so a later version of the form cannot change what is shown.
 */
export function answerRows(
  values: readonly ItemValue[],
  items: readonly InstrumentItem[],
  answers: Answers,
  language: Language,
  words: YesNoWords,
): AnswerRow[] {
  return values.map((value) => {
    const item = items.find((i) => i.id === value.itemId);
    const raw = answers[value.itemId];
    const answered =
      raw !== null && raw !== undefined && raw !== PREFER_NOT_TO_SAY;
    return {
      itemId: value.itemId,
      question: item?.text[language] ?? value.itemId,
      answer:
        item && answered ? describeAnswer(item, raw, language, words) : null,
      status: value.status,
      value: value.value,
    };
  });
}

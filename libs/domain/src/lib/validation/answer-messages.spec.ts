import type { InstrumentItem } from '../instruments/instrument-types';
import { HERSTELKOMPAS_INTAKE_V1 } from '../instruments/herstelkompas/definitions';
import { answerErrorMessage } from './answer-messages';
import type { AnswerErrorCode } from './check-answer';

const item = (id: string): InstrumentItem => {
  const found = HERSTELKOMPAS_INTAKE_V1.items.find((i) => i.id === id);
  if (!found) {
    throw new Error(id);
  }
  return found;
};

describe('answerErrorMessage', () => {
  const codes: AnswerErrorCode[] = [
    'unknown_item',
    'wrong_type',
    'not_integer',
    'out_of_range',
    'unknown_option',
    'duplicate_choice',
    'too_many_choices',
    'too_long',
    'not_allowed',
    'disabled_item',
    'required',
  ];

  it.each(codes)('has a message in both languages for %s', (code) => {
    const message = answerErrorMessage(code, item('VOORKEUR'));
    expect(message.nl).toMatch(/\.$/);
    expect(message.en).toMatch(/\.$/);
  });

  it('says an unknown item is not part of the questionnaire', () => {
    expect(answerErrorMessage('unknown_item', undefined).nl).toBe(
      'Deze vraag hoort niet bij deze vragenlijst.',
    );
  });

  it.each([
    ['STR1', 'wrong_type', 'Kies een getal op de schaal.'],
    ['BEW2', 'wrong_type', 'Vul hier een getal in.'],
    ['IMM1', 'wrong_type', 'Kies een van de antwoorden.'],
    ['RF-FEVER', 'wrong_type', 'Kies ja of nee.'],
    ['HIST3', 'wrong_type', 'Vul hier tekst in.'],
    ['VOORKEUR', 'wrong_type', 'Kies een of meer antwoorden uit de lijst.'],
    ['STR1', 'out_of_range', 'Kies een getal van 0 tot en met 10.'],
    [
      'BEW2',
      'out_of_range',
      'Kies een getal van 0 tot en met 24 (uur per dag).',
    ],
    ['VOORKEUR', 'too_many_choices', 'Kies er hoogstens 2.'],
  ] as const)('tells what %s expects on %s', (id, code, nl) => {
    expect(answerErrorMessage(code, item(id)).nl).toBe(nl);
  });

  it.each([
    ['HIST3', 'out_of_range', 'Vul hier tekst in.'],
    ['STR1', 'too_long', 'Kies een getal op de schaal.'],
    ['IMM1', 'too_many_choices', 'Kies een van de antwoorden.'],
  ] as const)(
    'falls back to what the question expects when %s gets a code that does not fit (%s)',
    (id, code, nl) => {
      expect(answerErrorMessage(code, item(id)).nl).toBe(nl);
    },
  );
});

describe('answerErrorMessage for invisible or control characters', () => {
  const multiLine = HERSTELKOMPAS_INTAKE_V1.items.find(
    (i) => i.id === 'HIST3',
  ) as InstrumentItem;
  const singleLine: InstrumentItem = {
    ...multiLine,
    answer: { kind: 'free_text', maxLength: 80, multiline: false },
  };

  it('asks for the answer typed into the field on a multi-line question', () => {
    expect(answerErrorMessage('invalid_characters', multiLine).nl).toMatch(
      /onzichtbaar stuurteken/,
    );
  });

  it('asks for one line of text on a single-line question', () => {
    expect(answerErrorMessage('invalid_characters', singleLine).nl).toBe(
      'Gebruik één regel tekst, zonder onzichtbare tekens of stuurtekens.',
    );
  });
});

import { checkAnswerValue } from '../validation/check-answer';
import { answerErrorMessage } from '../validation/answer-messages';
import type { InstrumentItem } from '../instruments/instrument-types';
import { isMultiLineText, isSingleLineText } from './text-characters';

describe('which characters a text may hold', () => {
  it.each([
    ['BEL', 'Jan\u0007'],
    ['ESC', 'Jan\u001B[31m'],
    ['CR', 'Jan\rBakker'],
    ['LF', 'Jan\nBakker'],
    ['TAB', 'Jan\tBakker'],
    ['DEL', 'Jan\u007F'],
    ['NEL (C1)', 'Jan\u0085'],
    ['right-to-left override', 'Jan\u202Enaaj'],
    ['right-to-left isolate', 'Jan\u2067x'],
    ['right-to-left mark', 'Jan\u200Fx'],
    ['zero-width space', 'Ja\u200Bn'],
    ['zero-width joiner', 'Ja\u200Dn'],
    ['word joiner', 'Ja\u2060n'],
    ['byte-order mark', 'Ja\uFEFFn'],
    ['soft hyphen', 'Ja\u00ADn'],
    ['line separator', 'Jan\u2028Bakker'],
    ['paragraph separator', 'Jan\u2029Bakker'],
  ])('refuses %s in a single line', (_name, text) => {
    expect(isSingleLineText(text)).toBe(false);
  });

  it.each([
    "Zoë O'Brien",
    'Ğüñter van der Berg-Müller',
    'שלום',
    'مرحبا',
    '김민준',
    'jan+tag@example.nl',
  ])('accepts %s in a single line', (text) => {
    expect(isSingleLineText(text)).toBe(true);
  });

  it('keeps line feeds, tabs, emoji and direction marks in multi-line text', () => {
    expect(isMultiLineText('Regel een\nRegel twee\tmet tab')).toBe(true);
    expect(isMultiLineText('👩🏽‍⚕️ en שלום\u200F')).toBe(true);
  });

  it.each([
    ['CR', 'a\r\nb'],
    ['BEL', 'a\u0007'],
    ['ESC', 'a\u001B[2J'],
    ['right-to-left override', 'a\u202Eb'],
    ['left-to-right isolate', 'a\u2066b'],
    ['byte-order mark', 'a\uFEFFb'],
    ['line separator', 'a\u2028b'],
  ])('refuses %s in multi-line text', (_name, text) => {
    expect(isMultiLineText(text)).toBe(false);
  });

  it("refuses them in the intake's free-text answers, by the item's kind", () => {
    const item = (multiline: boolean) =>
      ({
        answer: { kind: 'free_text', maxLength: 100, multiline },
        allowPreferNotToSay: false,
      }) as Pick<InstrumentItem, 'answer' | 'allowPreferNotToSay'>;
    expect(checkAnswerValue(item(true), 'Pijn\nsinds maart')).toBeNull();
    expect(checkAnswerValue(item(true), 'Pijn\u202E')).toBe(
      'invalid_characters',
    );
    expect(checkAnswerValue(item(false), 'Pijn\nsinds maart')).toBe(
      'invalid_characters',
    );
    expect(
      answerErrorMessage('invalid_characters', item(false) as InstrumentItem)
        .nl,
    ).toMatch(/één regel/);
  });
});

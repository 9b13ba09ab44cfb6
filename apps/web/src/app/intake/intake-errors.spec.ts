import {
  HERSTELKOMPAS_INTAKE_V1,
  validateAnswers,
} from '@herstelkompas/domain';
import {
  firstStepWithError,
  itemErrorsFromDetails,
  itemErrorsFromValidation,
} from './intake-errors';

describe('intake errors', () => {
  it('maps answers.<itemId> to that question and keeps the rest apart', () => {
    const result = itemErrorsFromDetails([
      { field: 'answers.RF-CAUDA', code: 'required', message: 'Nodig' },
      { field: 'answers.PIJN5-1-EFFORT', code: 'required', message: 'Ook' },
      { field: 'step', code: 'unknown_step', message: 'Onbekende stap' },
    ]);
    expect(result.byItem).toEqual({
      'RF-CAUDA': 'Nodig',
      'PIJN5-1-EFFORT': 'Ook',
    });
    expect(result.other).toEqual(['Onbekende stap']);
  });

  it('keeps the first message when one question has several', () => {
    const { byItem } = itemErrorsFromDetails([
      { field: 'answers.STR1', code: 'wrong_type', message: 'Eerste' },
      { field: 'answers.STR1', code: 'out_of_range', message: 'Tweede' },
    ]);
    expect(byItem).toEqual({ STR1: 'Eerste' });
  });

  it('finds the first step, in form order, that holds a question with an error', () => {
    const ids = (names: string[]) =>
      HERSTELKOMPAS_INTAKE_V1.steps[
        firstStepWithError(HERSTELKOMPAS_INTAKE_V1, names)
      ]?.id;
    expect(ids(['RF-GUT', 'PIJN2'])).toBe('pain');
    expect(ids(['VOORKEUR', 'ADM3'])).toBe('breathing');
    expect(firstStepWithError(HERSTELKOMPAS_INTAKE_V1, ['NOPE'])).toBe(-1);
  });

  it("uses libs/domain's own messages before sending", () => {
    const check = validateAnswers(HERSTELKOMPAS_INTAKE_V1, {});
    const byItem = itemErrorsFromValidation(check.errors);
    expect(byItem['PIJN1']).toEqual(
      expect.objectContaining({
        nl: expect.any(String),
        en: expect.any(String),
      }),
    );
    expect(byItem['STR1']).toBeUndefined();
  });
});

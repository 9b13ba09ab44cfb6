import {
  HERSTELKOMPAS_INTAKE_V1,
  PREFER_NOT_TO_SAY,
} from '@herstelkompas/domain';
import {
  applyAnswer,
  clearDisabledAnswers,
  knownAnswers,
  stepProgress,
  visibleItems,
} from './answer-rules';

const DEF = HERSTELKOMPAS_INTAKE_V1;
const step = (id: string) => {
  const found = DEF.steps.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('answer rules', () => {
  it('clears a follow-up answer when its condition turns false', () => {
    const answers = { HIST4: true, HIST5: 'Slijtage, zei de arts' };
    const result = applyAnswer(DEF, answers, 'HIST4', false);
    expect(result.answers).toEqual({ HIST4: false });
    expect(result.cleared).toEqual(['HIST5']);
  });

  it('clears a chain: the effort goes with the activity it rates', () => {
    const answers = { 'PIJN5-1-LABEL': 'Wandelen', 'PIJN5-1-EFFORT': 6 };
    const result = applyAnswer(DEF, answers, 'PIJN5-1-LABEL', null);
    expect(result.answers).toEqual({});
    expect(result.cleared).toEqual(['PIJN5-1-EFFORT']);
  });

  it('treats "prefer not to say" as no ground for a follow-up', () => {
    const answers = { IMM1: '2', IMM2: 'more_than_2_weeks' };
    const result = applyAnswer(DEF, answers, 'IMM1', PREFER_NOT_TO_SAY);
    expect(result.answers).toEqual({ IMM1: PREFER_NOT_TO_SAY });
  });

  it('keeps answers whose questions are still shown', () => {
    const answers = { IMM1: '1', IMM2: 'less_than_1_week', STR1: 4 };
    expect(clearDisabledAnswers(DEF, answers)).toEqual({
      answers,
      cleared: [],
    });
  });

  it('removes an empty answer instead of storing it', () => {
    expect(applyAnswer(DEF, { HIST3: 'x' }, 'HIST3', '   ').answers).toEqual(
      {},
    );
  });

  it('drops answers to questions the instrument does not have', () => {
    expect(knownAnswers(DEF, { STR1: 3, OLD9: 2 })).toEqual({ STR1: 3 });
  });

  it('shows a follow-up only when its condition holds', () => {
    const ids = (answers: Record<string, string>) =>
      visibleItems(DEF, step('immune'), answers).map((item) => item.id);
    expect(ids({})).not.toContain('IMM2');
    expect(ids({ IMM1: '0' })).not.toContain('IMM2');
    expect(ids({ IMM1: '3_or_more' })).toContain('IMM2');
  });

  it('counts answered, shown and still-needed questions per step', () => {
    const progress = stepProgress(DEF, step('pain'), {
      PIJN1: 4,
      PIJN4: 3,
      'PIJN5-1-LABEL': 'Fietsen',
    });
    // PIJN1-4, three activity names and the effort of the named one.
    expect(progress).toEqual({ answered: 3, total: 8, missingRequired: 3 });
  });
});

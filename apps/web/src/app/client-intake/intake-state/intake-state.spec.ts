import { describeIntake } from './intake-state';

describe('describeIntake without a link', () => {
  const words = (hasAssessment: boolean) => ({
    hasAssessment,
    t: (key: string) => key,
    date: (iso: string) => iso,
  });

  it('says no intake was sent when there is nothing yet', () => {
    expect(describeIntake(null, words(false)).parts).toEqual([
      'clientIntake.state.none',
    ]);
  });

  it('says a measurement is on record when one came in without a link', () => {
    const view = describeIntake(null, words(true));
    expect(view.parts).toEqual(['clientIntake.state.noneWithAssessment']);
    expect(view.resend).toBe(false);
  });
});

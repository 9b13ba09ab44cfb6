import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as dutch from '@zxcvbn-ts/language-nl-be';
import { passwordEstimatorOptions, scorePassword } from './password-estimator';
import { PASSWORD_PRODUCT_WORDS, PASSWORD_SCORE_MAX_CHARS } from './security';

describe('passwordEstimatorOptions', () => {
  const options = passwordEstimatorOptions({ common, dutch });
  const estimator = new ZxcvbnFactory(options);

  it('adds the product words to the Dutch and common word lists', () => {
    expect(options.dictionary?.['userInputs']).toEqual([
      ...PASSWORD_PRODUCT_WORDS,
    ]);
    expect(Object.keys(options.dictionary ?? {})).toEqual(
      expect.arrayContaining([
        ...Object.keys(common.dictionary),
        ...Object.keys(dutch.dictionary),
      ]),
    );
  });

  it('scores a product word low and a long random phrase high', () => {
    expect(scorePassword(estimator, 'herstelkompas')).toBeLessThan(3);
    expect(scorePassword(estimator, 'vZ8#qLm2!tRw9$kP')).toBe(4);
  });

  it('judges only the first characters of a very long password', () => {
    const judged = 'a'.repeat(PASSWORD_SCORE_MAX_CHARS);
    const calls: string[] = [];
    scorePassword(
      {
        check: (password: string) => {
          calls.push(password);
          return estimator.check(password);
        },
      },
      `${judged}tail`,
    );
    expect(calls).toEqual([judged]);
  });

  it('weighs the caller\u2019s own words against the password', () => {
    const password = 'Zwartewaterkade1987';
    expect(
      scorePassword(estimator, password, ['zwartewaterkade', '1987']),
    ).toBeLessThan(scorePassword(estimator, password));
  });
});

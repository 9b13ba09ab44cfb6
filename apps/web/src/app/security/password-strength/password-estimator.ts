import {
  passwordEstimatorOptions,
  scorePassword,
} from '@herstelkompas/contracts';

/** zxcvbn's 0-4 score of a password, as the API judges it. */
export type Estimator = (password: string) => number;

let loading: Promise<Estimator> | undefined;

/**
 * The estimator and its word lists are large: they load on first use (a
 * separate chunk), not with the app, and only on the password screens.
 * The options are the API's: both take them from @herstelkompas/contracts.
 */
export function loadEstimator(): Promise<Estimator> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-nl-be'),
  ]).then(([core, common, dutch]) => {
    const zxcvbn = new core.ZxcvbnFactory(
      passwordEstimatorOptions({ common, dutch }),
    );
    return (password: string) => scorePassword(zxcvbn, password);
  });
  return loading;
}

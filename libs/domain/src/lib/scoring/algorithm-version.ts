/**
 * Version of the scoring, counting and ranking rules (domain.md 4.3-4.4).
 * Stored with every score and decision; change it whenever a rule changes so
 * old results stay explainable.
 */
export const ALGORITHM_VERSION = 'intake-v1.0';

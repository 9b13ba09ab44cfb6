import { type DomainId, isDomainId } from '../domains/domain-ids';
import type { Answers } from '../instruments/answers';
import type { InstrumentDefinition } from '../instruments/instrument-types';
import { usableAnswer } from '../instruments/usable-answer';
import { rankDomains } from '../ranking/rank-domains';
import type { DomainRanking, RankOptions } from '../ranking/ranking-types';
import type { RedFlagContext } from '../red-flags/derive-red-flags';
import { type RedFlag, detectRedFlags } from '../red-flags/detect-red-flags';
import { ALGORITHM_VERSION } from '../scoring/algorithm-version';
import { type DomainScores, scoreDomains } from '../scoring/domain-scores';
import { type PainScores, scorePain } from '../scoring/pain-scores';

/** Options of {@link scoreAssessment}. */
export type ScoreAssessmentOptions = Pick<
  RankOptions,
  'focusCount' | 'canonicalOrder'
> & {
  /** Overrides the preference read from the instrument's preference item. */
  readonly preferredDomains?: readonly DomainId[];
  /** Date of birth and date, for the instrument's derived red flags. */
  readonly redFlagContext?: RedFlagContext;
};

/** Everything computed from one completed (or draft) intake. */
export interface AssessmentResult {
  readonly domainScores: DomainScores;
  readonly pain: PainScores;
  /** Positive red flags, most urgent first. */
  readonly redFlags: readonly RedFlag[];
  readonly ranking: DomainRanking;
  readonly algorithmVersion: string;
}

/**
 * The client's preferred starting domains, read from the instrument's
 * preference item (none when it is missing, unanswered or declined).
 */
export function preferredDomainsFrom(
  definition: InstrumentDefinition,
  answers: Answers,
): DomainId[] {
  const item = definition.items.find((i) => i.module === 'preference');
  const value = item ? usableAnswer(item, answers) : undefined;
  return Array.isArray(value) ? value.filter(isDomainId) : [];
}

/**
 * Scores an intake in one go: domain scores, pain outcome, red flags and the
 * ranking. Every red flag found is treated as open, so any urgent or
 * GP-review flag marks the ranking "pending medical clearance".
 */
export function scoreAssessment(
  definition: InstrumentDefinition,
  answers: Answers,
  options: ScoreAssessmentOptions = {},
): AssessmentResult {
  const domainScores = scoreDomains(definition, answers);
  const { redFlagContext, ...rankOptions } = options;
  const redFlags = detectRedFlags(definition, answers, redFlagContext);
  const ranking = rankDomains(domainScores, {
    ...rankOptions,
    preferredDomains:
      rankOptions.preferredDomains ?? preferredDomainsFrom(definition, answers),
    openRedFlags: redFlags,
  });
  return {
    domainScores,
    pain: scorePain(definition, answers),
    redFlags,
    ranking,
    algorithmVersion: ALGORITHM_VERSION,
  };
}

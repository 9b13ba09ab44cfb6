import type { DomainId } from '../domains/domain-ids';
import { domainNameInText } from '../domains/domains';
import {
  type Language,
  type Localized,
  formatNumber,
  joinList,
  localize,
} from '../i18n/localized';
import { minimumAnsweredFor } from '../scoring/item-group-score';
import {
  type Candidate,
  type Criterion,
  criterionValue,
  decidingCriterion,
} from './tie-breakers';

/**
 * Reasons are short and factual, for practitioners: they name the numbers
 * that decided, so the ranking can be checked by hand.
 */

function highItemsText(count: number, language: Language): string {
  if (count === 0) {
    return language === 'nl' ? 'geen items ≥ 7' : 'no items ≥ 7';
  }
  return `${count} ${count === 1 ? 'item' : 'items'} ≥ 7`;
}

function pointsText(points: number, language: Language): string {
  const unit =
    language === 'nl'
      ? points === 1
        ? 'punt'
        : 'punten'
      : points === 1
        ? 'point'
        : 'points';
  return `${points} ${unit}`;
}

/**
 * Reason for a scored domain that shares its score with no other: the top
 * one is "hoogste score (72), 4 items ≥ 7"; the others also say how far they
 * are below the domain above, e.g. "score 70 (4 punten onder stress), ...".
 */
export function soleScoreReason(
  candidate: Candidate,
  above: Candidate | undefined,
): Localized {
  return localize((language) => {
    const items = highItemsText(candidate.highItems, language);
    if (above === undefined) {
      const label = language === 'nl' ? 'hoogste score' : 'highest score';
      return `${label} (${candidate.rounded}), ${items}`;
    }
    const gap = pointsText(above.rounded - candidate.rounded, language);
    const name = domainNameInText(above.domain)[language];
    const below =
      language === 'nl' ? `${gap} onder ${name}` : `${gap} below ${name}`;
    return `score ${candidate.rounded} (${below}), ${items}`;
  });
}

function comparison(
  criterion: 'high_items' | 'max_item',
  own: Candidate,
  other: Candidate,
  language: Language,
): string {
  const a = formatNumber(criterionValue(criterion, own), language);
  const b = formatNumber(criterionValue(criterion, other), language);
  const versus = language === 'nl' ? 'tegen' : 'vs';
  return `(${a} ${versus} ${b})`;
}

const PHRASES: Readonly<
  Record<Criterion, { above: Localized; below: Localized }>
> = {
  // Tied domains share their score, so the score never decides a tie.
  score: { above: { nl: '', en: '' }, below: { nl: '', en: '' } },
  high_items: {
    above: { nl: 'meer hoge items', en: 'more high items' },
    below: { nl: 'minder hoge items', en: 'fewer high items' },
  },
  max_item: {
    above: { nl: 'hoger hoogste item', en: 'higher top item' },
    below: { nl: 'lager hoogste item', en: 'lower top item' },
  },
  preference: {
    above: { nl: 'voorkeur van de cliënt', en: "client's preference" },
    below: { nl: 'cliënt koos', en: 'client chose' },
  },
  canonical_order: {
    above: {
      nl: 'vaste volgorde (geen inhoudelijk verschil)',
      en: 'fixed order (no clinical difference)',
    },
    below: {
      nl: 'vaste volgorde (geen inhoudelijk verschil)',
      en: 'fixed order (no clinical difference)',
    },
  },
};

function tieBreakText(
  own: Candidate,
  other: Candidate,
  above: boolean,
  language: Language,
): string {
  const criterion = decidingCriterion(own, other);
  const phrase = PHRASES[criterion][above ? 'above' : 'below'][language];
  if (criterion === 'high_items' || criterion === 'max_item') {
    return `${phrase} ${comparison(criterion, own, other, language)}`;
  }
  if (criterion === 'preference' && !above) {
    return `${phrase} ${domainNameInText(other.domain)[language]}`;
  }
  return phrase;
}

/**
 * Reason for a domain that shares its whole-number score: which tie-breaker
 * put it above (or below) its neighbour in the tie, e.g. "gelijk aan slaap:
 * beide 58 in hele punten; meer hoge items (3 tegen 2)".
 */
export function tiedReason(
  own: Candidate,
  tiedWith: readonly DomainId[],
  neighbour: Candidate,
  above: boolean,
): Localized {
  return localize((language) => {
    const names = joinList(
      tiedWith.map((domain) => domainNameInText(domain)[language]),
      language,
    );
    // The ranking compares whole points: 41,9 and 42,2 are both 42. Saying
    // so keeps a tie from looking like a mistake next to a precise number.
    const many = tiedWith.length > 1;
    const same =
      language === 'nl'
        ? `${many ? 'allemaal' : 'beide'} ${own.rounded} in hele punten`
        : `${many ? 'all' : 'both'} ${own.rounded} in whole points`;
    const tied = language === 'nl' ? 'gelijk aan' : 'tied with';
    const decided = tieBreakText(own, neighbour, above, language);
    return `${tied} ${names}: ${same}; ${decided}`;
  });
}

/** Reason for a domain without a score. */
export function insufficientReason(answered: number, total: number): Localized {
  const minimum = minimumAnsweredFor(total);
  return {
    nl: `onvoldoende gegevens (${answered} van ${total} beantwoord, minstens ${minimum} nodig)`,
    en: `insufficient data (${answered} of ${total} answered, at least ${minimum} needed)`,
  };
}

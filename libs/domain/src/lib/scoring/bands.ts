import type { Localized } from '../i18n/localized';

/** Display band of a 0-100 score (heuristic, not validated). */
export type Band = 'low' | 'moderate' | 'high';

/** The band words; colour never carries the band alone (ui.md). */
export const BAND_LABELS: Readonly<Record<Band, Localized>> = {
  low: { nl: 'licht verstoord', en: 'low disturbance' },
  moderate: { nl: 'matig verstoord', en: 'moderate disturbance' },
  high: { nl: 'sterk verstoord', en: 'high disturbance' },
};

/**
 * The band of a one-decimal score: below 30 low, below 60 moderate, else
 * high. `null` (insufficient data) has no band.
 */
export function bandFor(score: number | null): Band | null {
  if (score === null) {
    return null;
  }
  if (score < 30) {
    return 'low';
  }
  return score < 60 ? 'moderate' : 'high';
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreAssessment } from '../../assessment/score-assessment';
import type { Answers } from '../answers';
import { getInstrument } from '../registry';
import {
  HERSTELKOMPAS_FOLLOW_UP_V1,
  HERSTELKOMPAS_FOLLOW_UP_V2,
  HERSTELKOMPAS_INTAKE_V1,
  HERSTELKOMPAS_INTAKE_V2,
} from './definitions';
import { itemById } from './builders';

/** FNV-1a over the JSON text: a fingerprint that any change to v1 breaks. */
function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

describe('instrument versions', () => {
  it('keeps the v1 definitions exactly as they were released', () => {
    expect(fingerprint(HERSTELKOMPAS_INTAKE_V1)).toBe('c78fe6e8');
    expect(fingerprint(HERSTELKOMPAS_FOLLOW_UP_V1)).toBe('4f54724d');
  });

  it('gives v2 to whoever asks for the latest, and v1 by its number', () => {
    expect(getInstrument('herstelkompas-intake')).toBe(HERSTELKOMPAS_INTAKE_V2);
    expect(getInstrument('herstelkompas-follow-up')).toBe(
      HERSTELKOMPAS_FOLLOW_UP_V2,
    );
    expect(getInstrument('herstelkompas-intake', 1)).toBe(
      HERSTELKOMPAS_INTAKE_V1,
    );
    expect(getInstrument('herstelkompas-follow-up', 1)).toBe(
      HERSTELKOMPAS_FOLLOW_UP_V1,
    );
  });

  it('scores a stored v1 assessment exactly as when it was recorded', () => {
    const stored = JSON.parse(
      readFileSync(join(__dirname, 'fixtures/scored-intake-v1.json'), 'utf8'),
    ) as { answers: Answers; result: ReturnType<typeof scoreAssessment> };
    const definition = getInstrument('herstelkompas-intake', 1);
    if (!definition) throw new Error('v1 is no longer registered');
    const again = scoreAssessment(definition, stored.answers);
    expect(again.domainScores).toEqual(stored.result.domainScores);
    expect(again.pain).toEqual(stored.result.pain);
    expect(again.ranking).toEqual(stored.result.ranking);
    expect(again.algorithmVersion).toBe(stored.result.algorithmVersion);
    // The v1 red-flag rules stand; only the urgent wording is the new one.
    const rules = (flags: typeof again.redFlags) =>
      flags.map(({ itemId, condition, urgency, label, raisedBy }) => ({
        itemId,
        condition,
        urgency,
        label,
        raisedBy,
      }));
    expect(rules(again.redFlags)).toEqual(rules(stored.result.redFlags));
  });

  it('scores the same answers identically under v1 and v2', () => {
    const { answers } = JSON.parse(
      readFileSync(join(__dirname, 'fixtures/scored-intake-v1.json'), 'utf8'),
    ) as { answers: Answers };
    const v1 = scoreAssessment(HERSTELKOMPAS_INTAKE_V1, answers);
    const v2 = scoreAssessment(HERSTELKOMPAS_INTAKE_V2, answers);
    expect(v2.domainScores).toEqual(v1.domainScores);
    expect(v2.pain).toEqual(v1.pain);
  });

  it('finds an item by id, and refuses an unknown one', () => {
    const items = HERSTELKOMPAS_INTAKE_V2.items;
    expect(itemById(items, 'STR1').id).toBe('STR1');
    expect(() => itemById(items, 'NOPE')).toThrow(RangeError);
  });
});

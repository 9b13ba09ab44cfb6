import {
  HERSTELKOMPAS_FOLLOW_UP_V1,
  HERSTELKOMPAS_FOLLOW_UP_V2,
  HERSTELKOMPAS_INTAKE_V1,
  HERSTELKOMPAS_INTAKE_V2,
} from './herstelkompas/definitions';
import { BUILT_IN_INSTRUMENTS, getInstrument } from './registry';

describe('getInstrument', () => {
  it('lists the intake and the follow-up as built-in instruments', () => {
    expect(BUILT_IN_INSTRUMENTS).toEqual([
      HERSTELKOMPAS_INTAKE_V1,
      HERSTELKOMPAS_FOLLOW_UP_V1,
      HERSTELKOMPAS_INTAKE_V2,
      HERSTELKOMPAS_FOLLOW_UP_V2,
    ]);
  });

  it('finds an instrument by id and version', () => {
    expect(getInstrument('herstelkompas-intake', 1)).toBe(
      HERSTELKOMPAS_INTAKE_V1,
    );
    expect(getInstrument('herstelkompas-follow-up', 1)).toBe(
      HERSTELKOMPAS_FOLLOW_UP_V1,
    );
  });

  it('gives the latest version when no version is asked for', () => {
    expect(getInstrument('herstelkompas-intake')).toBe(HERSTELKOMPAS_INTAKE_V2);
  });

  it.each([
    ['herstelkompas-intake', 3],
    ['physis', 1],
    ['physis', undefined],
  ])('gives undefined for unknown %s v%p', (id, version) => {
    expect(getInstrument(id, version)).toBeUndefined();
  });
});

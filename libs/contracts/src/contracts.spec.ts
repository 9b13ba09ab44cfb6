import { DOMAIN_IDS } from '@herstelkompas/domain';
import {
  CLIENT_SORTS,
  CLIENT_STATUSES,
  GOAL_STATUSES,
  INTAKE_VARIANTS,
  LEGAL_BASES,
  MAX_PAGE_SIZE,
  DEFAULT_PAGE_SIZE,
  RED_FLAG_ACTIONS,
  SESSION_TYPES,
  type DomainId,
} from './index';

describe('contracts', () => {
  it.each([
    ['CLIENT_STATUSES', CLIENT_STATUSES],
    ['CLIENT_SORTS', CLIENT_SORTS],
    ['GOAL_STATUSES', GOAL_STATUSES],
    ['INTAKE_VARIANTS', INTAKE_VARIANTS],
    ['LEGAL_BASES', LEGAL_BASES],
    ['RED_FLAG_ACTIONS', RED_FLAG_ACTIONS],
    ['SESSION_TYPES', SESSION_TYPES],
  ])('lists each value of %s once', (_name, values) => {
    expect(new Set(values).size).toBe(values.length);
    expect(values.length).toBeGreaterThan(0);
  });

  it('offers every sort both ways', () => {
    for (const sort of CLIENT_SORTS.filter((s) => !s.startsWith('-'))) {
      expect(CLIENT_SORTS).toContain(`-${sort}`);
    }
  });

  it('uses the domain ids of libs/domain', () => {
    const ids: readonly DomainId[] = DOMAIN_IDS;
    expect(ids).toEqual([
      'stress',
      'breathing',
      'movement',
      'nutrition',
      'sleep',
      'immune',
    ]);
  });

  it('keeps the default page within the bound', () => {
    expect(DEFAULT_PAGE_SIZE).toBeLessThanOrEqual(MAX_PAGE_SIZE);
  });
});

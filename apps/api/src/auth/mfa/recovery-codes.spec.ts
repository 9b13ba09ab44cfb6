import {
  hashRecoveryCode,
  newRecoveryCodes,
  normaliseRecoveryCode,
} from './recovery-codes';

describe('recovery codes', () => {
  it('makes ten different codes in groups of four', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes)
      expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){2}$/);
  });

  it('hashes a code the same however it is typed, and differently per key', () => {
    const key = 'k'.repeat(40);
    expect(hashRecoveryCode('k7qm 3xtp-w9rd', key)).toBe(
      hashRecoveryCode('K7QM-3XTP-W9RD', key),
    );
    expect(hashRecoveryCode('K7QM-3XTP-W9RD', key)).not.toBe(
      hashRecoveryCode('K7QM-3XTP-W9RD', 'x'.repeat(40)),
    );
    expect(normaliseRecoveryCode(' ab-cd ')).toBe('ABCD');
  });
});

import {
  codeForStep,
  groupSecret,
  matchTotp,
  newTotpSecret,
  otpauthUri,
  stepAt,
} from './totp';

describe('TOTP (RFC 6238, SHA1, 6 digits, 30 s)', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-11-25T10:00:15Z');
  const step = stepAt(now);

  it('matches the RFC 6238 test vector for SHA1', () => {
    // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s → 94287082 (8 digits; 6 → 287082).
    const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    expect(codeForStep(rfcSecret, 1)).toBe('287082');
  });

  it.each([
    [-1, true],
    [0, true],
    [1, true],
    [-2, false],
    [2, false],
  ])('a code %i step(s) away is accepted: %s', (offset, accepted) => {
    const found = matchTotp(
      secret,
      codeForStep(secret, step + offset),
      now,
      null,
    );
    expect(found).toBe(accepted ? step + offset : null);
  });

  it('refuses a code whose step was used already, and any earlier one', () => {
    const code = codeForStep(secret, step);
    expect(matchTotp(secret, code, now, null)).toBe(step);
    expect(matchTotp(secret, code, now, step)).toBeNull();
    expect(
      matchTotp(secret, codeForStep(secret, step - 1), now, step),
    ).toBeNull();
    expect(matchTotp(secret, codeForStep(secret, step + 1), now, step)).toBe(
      step + 1,
    );
  });

  it('refuses anything that is not six digits, and tolerates a space', () => {
    const code = codeForStep(secret, step);
    expect(
      matchTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now, null),
    ).toBe(step);
    expect(matchTotp(secret, '12345', now, null)).toBeNull();
    expect(matchTotp(secret, 'abcdef', now, null)).toBeNull();
  });

  it('writes an otpauth URI with issuer, SHA1, 6 digits and 30 s', () => {
    const uri = otpauthUri('JBSWY3DPEHPK3PXP', 'sanne@praktijk.nl');
    expect(uri).toMatch(
      /^otpauth:\/\/totp\/Herstelkompas:sanne%40praktijk\.nl\?/,
    );
    expect(uri).toContain('secret=JBSWY3DPEHPK3PXP');
    expect(uri).toContain('algorithm=SHA1');
    expect(uri).toContain('digits=6');
    expect(uri).toContain('period=30');
  });

  it('groups the secret in fours for typing', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
  });
});

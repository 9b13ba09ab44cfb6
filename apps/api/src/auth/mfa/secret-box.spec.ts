import { SecretBox } from './secret-box';

describe('SecretBox (AES-256-GCM, key by HKDF)', () => {
  const box = new SecretBox('a-session-secret-of-at-least-32-chars!!');

  it('opens what it sealed', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('seals the same text differently each time (random IV)', () => {
    expect(box.seal('same')).not.toBe(box.seal('same'));
  });

  it('refuses altered text and text sealed with another key', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    const parts = sealed.split(':');
    const body = Buffer.from(parts[3] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => box.open(parts.join(':'))).toThrow();
    const other = new SecretBox('another-secret-of-at-least-32-chars!!!!');
    expect(() => other.open(sealed)).toThrow();
  });
});

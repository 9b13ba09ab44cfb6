describe('password strength', () => {
  let loaded: string[];

  beforeEach(() => {
    jest.resetModules();
    loaded = [];
    for (const name of [
      '@zxcvbn-ts/language-common',
      '@zxcvbn-ts/language-nl-be',
    ]) {
      jest.doMock(name, () => {
        loaded.push(name);
        return jest.requireActual(name);
      });
    }
  });

  const load = () =>
    jest.requireActual<typeof import('./password-strength')>(
      './password-strength',
    );

  it('reads the word lists on the first check, not when the module loads', () => {
    const strength = load();
    expect(loaded).toEqual([]);
    expect(strength.isAcceptablePassword('wachtwoord123')).toBe(false);
    expect(loaded.sort()).toEqual([
      '@zxcvbn-ts/language-common',
      '@zxcvbn-ts/language-nl-be',
    ]);
  });

  it('judges the same on the first check and later ones, and reads the lists once', () => {
    const strength = load();
    const first = [
      strength.passwordScore('herstelkompas1'),
      strength.passwordScore('Zeven vrolijke reigers 42!'),
    ];
    expect(first[0]).toBeLessThan(first[1]);
    expect(strength.passwordScore('herstelkompas1')).toBe(first[0]);
    expect(loaded).toHaveLength(2);
  });
});

import {
  clearLocalDraft,
  localDraftKey,
  localIsNewer,
  readLocalDraft,
  writeLocalDraft,
} from './local-draft';

const TOKEN = 'Zx81-secret-token-abcdef';

describe('local draft', () => {
  beforeEach(() => localStorage.clear());

  it('names its key after a fingerprint of the token, not the token', () => {
    const key = localDraftKey(TOKEN);
    expect(key).toMatch(/^hk\.intake\.[0-9a-f]+$/);
    expect(key).not.toContain(TOKEN);
    expect(key).not.toContain(TOKEN.slice(-8));
    expect(localDraftKey(TOKEN)).toBe(key);
    expect(localDraftKey(`${TOKEN}x`)).not.toBe(key);
  });

  it('stores, reads and clears the answers of one link', () => {
    const draft = {
      answers: { STR1: 3 },
      step: 'stress',
      changedAt: '2026-11-20T10:00:00.000Z',
    };
    writeLocalDraft(localStorage, TOKEN, draft);
    expect(readLocalDraft(localStorage, TOKEN)).toEqual(draft);
    expect(readLocalDraft(localStorage, 'other')).toBeNull();
    clearLocalDraft(localStorage, TOKEN);
    expect(readLocalDraft(localStorage, TOKEN)).toBeNull();
  });

  it('ignores a damaged copy', () => {
    localStorage.setItem(localDraftKey(TOKEN), '{"answers":');
    expect(readLocalDraft(localStorage, TOKEN)).toBeNull();
    localStorage.setItem(localDraftKey(TOKEN), '{"answers":[]}');
    expect(readLocalDraft(localStorage, TOKEN)).toBeNull();
  });

  it.each([
    ['2026-11-20T10:00:01.000Z', '2026-11-20T10:00:00.000Z', true],
    ['2026-11-20T10:00:00.000Z', '2026-11-20T10:00:00.000Z', false],
    ['2026-11-20T09:00:00.000Z', '2026-11-20T10:00:00.000Z', false],
    ['2026-11-20T09:00:00.000Z', null, true],
  ])(
    'a copy changed at %s is newer than a draft saved at %s: %s',
    (changedAt, savedAt, newer) => {
      const local = { answers: {}, step: null, changedAt };
      expect(localIsNewer(local, savedAt)).toBe(newer);
    },
  );
});

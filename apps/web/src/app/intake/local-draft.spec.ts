import {
  clearLocalDraft,
  localDraftKey,
  localIsNewer,
  readLocalDraft,
  writeLocalDraft,
} from './local-draft';

const LINK = 'Zx81-secret-token-abcdef';

describe('local draft', () => {
  beforeEach(() => localStorage.clear());

  it('names its key after a fingerprint of the token, not the token', () => {
    const key = localDraftKey(LINK);
    expect(key).toMatch(/^hk\.intake\.[0-9a-f]+$/);
    expect(key).not.toContain(LINK);
    expect(key).not.toContain(LINK.slice(-8));
    expect(localDraftKey(LINK)).toBe(key);
    expect(localDraftKey(`${LINK}x`)).not.toBe(key);
  });

  it('stores, reads and clears the answers of one link', () => {
    const draft = {
      answers: { STR1: 3 },
      step: 'stress',
      changedAt: '2026-11-20T10:00:00.000Z',
    };
    writeLocalDraft(localStorage, LINK, draft);
    expect(readLocalDraft(localStorage, LINK)).toEqual(draft);
    expect(readLocalDraft(localStorage, 'other')).toBeNull();
    clearLocalDraft(localStorage, LINK);
    expect(readLocalDraft(localStorage, LINK)).toBeNull();
  });

  it('ignores a damaged copy', () => {
    localStorage.setItem(localDraftKey(LINK), '{"answers":');
    expect(readLocalDraft(localStorage, LINK)).toBeNull();
    localStorage.setItem(localDraftKey(LINK), '{"answers":[]}');
    expect(readLocalDraft(localStorage, LINK)).toBeNull();
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

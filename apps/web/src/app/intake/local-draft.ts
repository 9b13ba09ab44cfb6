import type { Answers } from '@herstelkompas/domain';

/**
 * Answers not yet confirmed by the server, kept on the device so nothing
 * typed is lost offline or when the tab closes mid-save. Only answers, the
 * step and when they changed: never the link's token or anything else that
 * would open the intake.
 */
export interface LocalDraft {
  answers: Answers;
  step: string | null;
  /** When the answers last changed on this device (ISO-8601). */
  changedAt: string;
}

/**
 * `hk.intake.<hash>`: one copy per link, without writing the token itself
 * to storage (anyone with the token and the date of birth could open it).
 */
export function localDraftKey(token: string): string {
  return `hk.intake.${hash(token)}`;
}

export function readLocalDraft(
  storage: Storage | undefined,
  token: string,
): LocalDraft | null {
  try {
    const text = storage?.getItem(localDraftKey(token));
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    return isLocalDraft(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(
  storage: Storage | undefined,
  token: string,
  draft: LocalDraft,
): void {
  try {
    storage?.setItem(localDraftKey(token), JSON.stringify(draft));
  } catch {
    // Full or blocked storage: the in-memory answers are still sent.
  }
}

export function clearLocalDraft(
  storage: Storage | undefined,
  token: string,
): void {
  try {
    storage?.removeItem(localDraftKey(token));
  } catch {
    // Nothing to clean up when storage is blocked.
  }
}

/** Whether the copy on this device is newer than the server's draft. */
export function localIsNewer(
  local: LocalDraft,
  serverSavedAt: string | null,
): boolean {
  if (!serverSavedAt) return true;
  return Date.parse(local.changedAt) > Date.parse(serverSavedAt);
}

function isLocalDraft(value: unknown): value is LocalDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<LocalDraft>;
  return (
    typeof draft.answers === 'object' &&
    draft.answers !== null &&
    !Array.isArray(draft.answers) &&
    (draft.step === null || typeof draft.step === 'string') &&
    typeof draft.changedAt === 'string'
  );
}

// cyrb53: a short, stable, non-reversible-enough fingerprint for a key name.
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

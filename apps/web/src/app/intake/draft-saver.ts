import { signal } from '@angular/core';
import type { DraftSaved, SaveDraftRequest } from '@herstelkompas/contracts';
import { type IntakeFailure, intakeFailure } from './intake-failure';

/** What the quiet corner says about saving. */
export type SaveStatus =
  'idle' | 'saving' | 'saved' | 'retrying' | 'offline' | 'rejected';

/**
 * After a failed save: try again later, wait for the client's next change
 * (the server refused an answer), or stop (the intake left this screen).
 */
export type SaveFailureAction = 'retry' | 'wait' | 'stop';

export interface DraftSaverOptions {
  snapshot(): SaveDraftRequest;
  send(draft: SaveDraftRequest): Promise<DraftSaved>;
  onFailure(failure: IntakeFailure): SaveFailureAction;
  onSaved(saved: DraftSaved): void;
  keepLocal(draft: SaveDraftRequest): void;
  clearLocal(): void;
  isOnline(): boolean;
}

export const SAVE_DEBOUNCE_MS = 1000;
/** Backoff after a failed save; the last one repeats. */
export const RETRY_DELAYS_MS: readonly number[] = [
  2000, 4000, 8000, 16000, 30000, 60000,
];

/**
 * Autosave of the intake draft. Every change is kept on the device at once
 * and sent ~1 s after the last one (or at once on a step change). Versions
 * make it safe to keep typing while a save is under way: the local copy is
 * removed only when the server has everything.
 */
export class DraftSaver {
  private readonly state = signal<SaveStatus>('idle');
  readonly status = this.state.asReadonly();

  private version = 0;
  private savedVersion = 0;
  private attempts = 0;
  private stopped = false;
  private debounce?: ReturnType<typeof setTimeout>;
  private retry?: ReturnType<typeof setTimeout>;
  private running: Promise<void> | null = null;

  constructor(private readonly options: DraftSaverOptions) {}

  get dirty(): boolean {
    return this.version > this.savedVersion;
  }

  /** Something changed: keep it locally now, send it soon (or now). */
  changed(immediately = false): void {
    this.stopped = false;
    this.version++;
    this.options.keepLocal(this.options.snapshot());
    // "Opgeslagen" must not stay up while a change waits to be sent.
    const status = this.state();
    if (status === 'saved' || status === 'idle') this.state.set('saving');
    if (immediately) {
      void this.flush();
    } else {
      clearTimeout(this.debounce);
      this.debounce = setTimeout(() => void this.flush(), SAVE_DEBOUNCE_MS);
    }
  }

  /** Sends what is not saved yet; resolves when the server has it or gave up. */
  flush(): Promise<void> {
    this.clearTimers();
    if (this.running) return this.running;
    if (!this.dirty || this.stopped) return Promise.resolve();
    this.running = this.drain().finally(() => (this.running = null));
    return this.running;
  }

  /** Back online: try at once, with a fresh backoff. */
  online(): void {
    if (!this.dirty || this.stopped) return;
    this.attempts = 0;
    void this.flush();
  }

  offline(): void {
    if (this.dirty && !this.stopped) this.state.set('offline');
  }

  /** No more saves (submitted, or the intake left the questions). */
  stop(): void {
    this.stopped = true;
    this.clearTimers();
    this.state.set('idle');
  }

  /** Saving again after a pause (a submit that did not go through). */
  resume(): void {
    this.stopped = false;
    if (this.dirty) void this.flush();
  }

  /** Start over with a freshly loaded draft as the saved state. */
  reset(alreadySaved = false): void {
    this.stop();
    this.version = 0;
    this.savedVersion = 0;
    this.attempts = 0;
    this.stopped = false;
    // Resuming a saved draft: say so from the start.
    this.state.set(alreadySaved ? 'saved' : 'idle');
  }

  private async drain(): Promise<void> {
    // Loops while changes keep arriving during a save.
    while (this.dirty && !this.stopped) {
      const version = this.version;
      this.state.set('saving');
      try {
        const saved = await this.options.send(this.options.snapshot());
        this.savedVersion = Math.max(this.savedVersion, version);
        this.attempts = 0;
        this.options.onSaved(saved);
      } catch (error: unknown) {
        this.failed(intakeFailure(error));
        return;
      }
    }
    if (!this.dirty && !this.stopped) {
      this.options.clearLocal();
      this.state.set('saved');
    }
  }

  private failed(failure: IntakeFailure): void {
    const action = this.options.onFailure(failure);
    if (action === 'stop') {
      this.stop();
    } else if (action === 'wait') {
      this.state.set('rejected');
    } else {
      this.state.set(this.options.isOnline() ? 'retrying' : 'offline');
      this.retry = setTimeout(() => void this.flush(), this.delay(failure));
      this.attempts++;
    }
  }

  private delay(failure: IntakeFailure): number {
    const backoff =
      RETRY_DELAYS_MS[Math.min(this.attempts, RETRY_DELAYS_MS.length - 1)] ??
      SAVE_DEBOUNCE_MS;
    const retryAt = failure.retryAt ? Date.parse(failure.retryAt) : NaN;
    return Number.isNaN(retryAt)
      ? backoff
      : Math.max(SAVE_DEBOUNCE_MS, retryAt - Date.now());
  }

  private clearTimers(): void {
    clearTimeout(this.debounce);
    clearTimeout(this.retry);
  }
}

import {
  DOCUMENT,
  DestroyRef,
  Injectable,
  inject,
  signal,
} from '@angular/core';
import type { Language, SaveDraftRequest } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { DraftSaver, type SaveFailureAction } from './draft-saver';
import { IntakeApi } from './intake-api';
import type { IntakeFailure } from './intake-failure';
import {
  type LocalDraft,
  clearLocalDraft,
  readLocalDraft,
  writeLocalDraft,
} from './local-draft';

/** What autosave needs from the intake it saves. */
export interface AutosaveSource {
  token: string;
  snapshot(): SaveDraftRequest;
  language(): Language;
  onFailure(failure: IntakeFailure): SaveFailureAction;
  onSaved(): void;
}

/**
 * Autosave for one intake link: the draft saver, the copy on this device and
 * the browser's connection events. Provided beside the intake store.
 */
@Injectable()
export class IntakeAutosave {
  private readonly api = inject(IntakeApi);
  private readonly window = inject(DOCUMENT).defaultView;
  private source: AutosaveSource | null = null;

  /** Announced to screen readers: offline, then back online. */
  readonly connection = signal<'offline' | 'back' | null>(null);

  private readonly saver = new DraftSaver({
    snapshot: () => this.connected().snapshot(),
    send: (draft) => {
      const { token, language } = this.connected();
      return firstValueFrom(this.api.saveDraft(token, draft, language()));
    },
    onFailure: (failure) => {
      if (!this.online()) this.connection.set('offline');
      return this.connected().onFailure(failure);
    },
    onSaved: () => {
      if (this.connection() === 'offline') this.connection.set('back');
      this.connected().onSaved();
    },
    keepLocal: (draft) =>
      writeLocalDraft(this.storage(), this.connected().token, {
        answers: draft.answers,
        step: draft.step ?? null,
        changedAt: new Date().toISOString(),
      }),
    clearLocal: () => this.forgetLocal(),
    isOnline: () => this.online(),
  });
  readonly status = this.saver.status;

  constructor() {
    const win = this.window;
    if (!win) return;
    const online = () => this.saver.online();
    const offline = () => {
      if (this.saver.dirty) this.connection.set('offline');
      this.saver.offline();
    };
    // Closing the tab or switching apps on a phone: send what is pending.
    const hidden = () => {
      if (win.document.visibilityState === 'hidden') void this.saver.flush();
    };
    win.addEventListener('online', online);
    win.addEventListener('offline', offline);
    win.document.addEventListener('visibilitychange', hidden);
    inject(DestroyRef).onDestroy(() => {
      this.saver.stop();
      win.removeEventListener('online', online);
      win.removeEventListener('offline', offline);
      win.document.removeEventListener('visibilitychange', hidden);
    });
  }

  connect(source: AutosaveSource): void {
    this.source = source;
  }

  /** An answer or the step changed: keep it here now, send it soon (or now). */
  changed(immediately = false): void {
    this.saver.changed(immediately);
  }

  stop(): void {
    this.saver.stop();
  }

  resume(): void {
    this.saver.resume();
  }

  /** A freshly loaded draft is the saved state. */
  reset(alreadySaved = false): void {
    this.saver.reset(alreadySaved);
  }

  readLocal(): LocalDraft | null {
    return readLocalDraft(this.storage(), this.connected().token);
  }

  forgetLocal(): void {
    if (this.source) clearLocalDraft(this.storage(), this.source.token);
  }

  private connected(): AutosaveSource {
    if (!this.source) throw new Error('IntakeAutosave: connect() first');
    return this.source;
  }

  private online(): boolean {
    return this.window?.navigator.onLine ?? true;
  }

  private storage(): Storage | undefined {
    try {
      return this.window?.localStorage;
    } catch {
      // Storage blocked by privacy settings: saving to the server still works.
      return undefined;
    }
  }
}

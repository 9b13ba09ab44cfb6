import { Injectable, computed, inject, signal } from '@angular/core';
import {
  SESSION_TYPES,
  type SessionNote,
  type SessionType,
} from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { toApiFailure } from '../core/http/api-error';
import { ErrorMessage } from '../core/http/error-message';
import { I18n } from '../core/i18n/i18n';
import {
  type NoteForm,
  formErrors,
  fromNote,
  newNoteForm,
  toRequest,
  withPrevious,
} from './note-form';
import { SessionsApi } from './sessions-api';

/** Quiet pause after the last keystroke before a draft is sent. */
export const NOTE_SAVE_DEBOUNCE_MS = 1500;

/**
 * What the editor says about saving. `conflict`: someone else saved a newer
 * version; `locked`: the note was signed meanwhile; both wait for the user.
 */
export type NoteSaveStatus =
  | 'idle'
  | 'pending'
  | 'saving'
  | 'saved'
  | 'invalid'
  | 'failed'
  | 'conflict'
  | 'locked';

export interface EditorOptions {
  clientId: string;
  note: SessionNote | null;
  /** False when the client has pain focus switched off. */
  askPain: boolean;
  now?: Date;
  /** A session started from an appointment: its start, type and length. */
  preset?: NotePreset | null;
}

export interface NotePreset {
  start: Date;
  type: SessionType;
  durationMinutes: number | null;
}

/**
 * One note in the editor. Drafts save themselves ~1.5 s after the last
 * change: the first save creates the note, later ones PATCH it with the
 * version they are based on, so a stale copy never overwrites a newer one.
 */
@Injectable()
export class NoteEditorStore {
  private readonly api = inject(SessionsApi);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);

  private clientId = '';
  private askPain = true;
  private changes = 0;
  private savedChanges = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private running: Promise<void> | null = null;

  private readonly formState = signal<NoteForm>(
    newNoteForm(new Date(), 'coaching', ''),
  );
  private readonly noteState = signal<SessionNote | null>(null);

  readonly form = this.formState.asReadonly();
  /** The server's copy as last seen; null until a new note is first saved. */
  readonly note = this.noteState.asReadonly();
  readonly status = signal<NoteSaveStatus>('idle');
  /** The API's own words when a save failed (409s included). */
  readonly error = signal<string | null>(null);
  readonly fieldErrors = computed(() => formErrors(this.formState()));
  readonly signed = computed(() => this.noteState()?.status === 'signed');

  open(options: EditorOptions): void {
    this.clientId = options.clientId;
    this.askPain = options.askPain;
    this.noteState.set(options.note);
    this.formState.set(
      options.note ? fromNote(options.note) : this.presetForm(options),
    );
    this.changes = this.savedChanges = 0;
    this.status.set(options.note ? 'saved' : 'idle');
    this.error.set(null);
  }

  private presetForm(options: EditorOptions): NoteForm {
    const type = options.preset?.type ?? 'coaching';
    const form = newNoteForm(
      options.preset?.start ?? options.now ?? new Date(),
      type,
      this.template(type),
    );
    const minutes = options.preset?.durationMinutes;
    return minutes ? { ...form, durationMinutes: String(minutes) } : form;
  }

  /** Anything typed that the server does not have yet. */
  get dirty(): boolean {
    return this.changes > this.savedChanges;
  }

  update(patch: Partial<NoteForm>): void {
    this.formState.update((form) => ({ ...form, ...patch }));
    this.changed();
  }

  /**
   * A new type brings its template, but only into an empty text or one that
   * is still an untouched template: typed words are never replaced.
   */
  setType(type: SessionType): void {
    const text = this.formState().text.trim();
    const untouched = text === '' || this.isTemplate(text);
    this.update(untouched ? { type, text: this.template(type) } : { type });
  }

  /** Homework and next steps from the latest other note; its date, or null. */
  async loadPrevious(): Promise<string | null> {
    const notes = await firstValueFrom(this.api.list(this.clientId));
    const previous = notes.find((n) => n.id !== this.noteState()?.id);
    if (!previous) return null;
    this.update(withPrevious(this.formState(), previous));
    return previous.sessionDate;
  }

  /** Sends what is not saved yet; resolves when done or stopped. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.running) {
      this.running = this.drain().finally(() => (this.running = null));
    }
    return this.running;
  }

  /** Saves whatever is left; the draft as stored, or null if that failed. */
  async saveDraft(): Promise<SessionNote | null> {
    // An untouched new note exists only on screen; create it first.
    if (!this.noteState()) this.changes++;
    await this.flush();
    return this.dirty ? null : this.noteState();
  }

  /** Saves whatever is left, then signs; the signed note, or null. */
  async sign(): Promise<SessionNote | null> {
    // An untouched new note exists only on screen; create it first.
    if (!this.noteState()) this.changes++;
    await this.flush();
    const note = this.noteState();
    if (!note || this.dirty) return null;
    try {
      const signed = await firstValueFrom(this.api.sign(note.id));
      this.noteState.set(signed);
      this.status.set('locked');
      return signed;
    } catch (error: unknown) {
      this.error.set(this.errors.describe(error));
      return null;
    }
  }

  /** After a conflict: save this version over the newer one. */
  async keepMine(): Promise<void> {
    const latest = await this.reload();
    if (!latest) return;
    this.noteState.set(latest);
    this.error.set(null);
    this.status.set('pending');
    this.changes++;
    await this.flush();
  }

  /** After a conflict: drop the typed changes and show the newest version. */
  async takeLatest(): Promise<void> {
    const latest = await this.reload();
    if (!latest) return;
    this.noteState.set(latest);
    this.formState.set(fromNote(latest));
    this.savedChanges = this.changes;
    this.error.set(null);
    this.status.set(latest.status === 'signed' ? 'locked' : 'saved');
  }

  retry(): Promise<void> {
    return this.flush();
  }

  /** Stops the timer; a pending change is sent at once, not dropped. */
  close(): Promise<void> {
    return this.dirty && this.status() === 'pending'
      ? this.flush()
      : Promise.resolve();
  }

  private changed(): void {
    this.changes++;
    if (this.status() === 'locked' || this.status() === 'conflict') return;
    this.status.set('pending');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), NOTE_SAVE_DEBOUNCE_MS);
  }

  private async drain(): Promise<void> {
    let sent = false;
    // Loops while changes keep arriving during a save.
    while (this.dirty) {
      if (this.status() === 'locked' || this.status() === 'conflict') return;
      const request = toRequest(this.formState(), { askPain: this.askPain });
      if (!request) {
        this.status.set('invalid');
        return;
      }
      const changes = this.changes;
      this.status.set('saving');
      try {
        const note = this.noteState();
        const saved = await firstValueFrom(
          note
            ? this.api.update(note.id, { ...request, version: note.version })
            : this.api.create(this.clientId, request),
        );
        this.noteState.set(saved);
        this.savedChanges = Math.max(this.savedChanges, changes);
        this.error.set(null);
        sent = true;
      } catch (error: unknown) {
        this.failed(error);
        return;
      }
    }
    if (sent) this.status.set('saved');
  }

  private failed(error: unknown): void {
    const failure = toApiFailure(error);
    this.error.set(this.errors.describe(failure));
    if (failure.status === 409 && failure.code === 'note_signed') {
      this.status.set('locked');
    } else if (failure.status === 409) {
      this.status.set('conflict');
    } else {
      this.status.set('failed');
    }
  }

  private async reload(): Promise<SessionNote | null> {
    const id = this.noteState()?.id;
    if (!id) return null;
    try {
      return await firstValueFrom(this.api.get(id));
    } catch (error: unknown) {
      this.error.set(this.errors.describe(error));
      return null;
    }
  }

  private template(type: SessionType): string {
    return this.i18n.t(`clientSessions.templates.${type}`);
  }

  private isTemplate(text: string): boolean {
    return SESSION_TYPES.some((type) => this.template(type).trim() === text);
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router } from '@angular/router';
import {
  HOMEWORK_MAX_MINUTES,
  HOMEWORK_NOTE_MAX_LENGTH,
  type HomeworkItem,
} from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import type { TranslationKey } from '../../core/i18n/translations';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { PortalApi } from '../portal-api';
import { leaveOnSessionLoss } from '../portal-session-lost';
import { PortalState } from '../portal-state';

type TickError = 'noteTooLong' | 'minutesInvalid' | 'failed' | 'ended';

/** What is wrong with a tick before it is sent, if anything. */
export function tickProblem(note: string, minutes: string): TickError | null {
  if (note.trim().length > HOMEWORK_NOTE_MAX_LENGTH) return 'noteTooLong';
  if (minutes.trim() === '') return null;
  const value = Number(minutes);
  return Number.isInteger(value) && value >= 0 && value <= HOMEWORK_MAX_MINUTES
    ? null
    : 'minutesInvalid';
}

/** Ticks today off, with an optional note (and minutes for a walking log); or takes it back. */
@Component({
  selector: 'hk-homework-tick',
  imports: [
    FormsModule,
    MatButton,
    MatFormFieldModule,
    MatInput,
    TranslatePipe,
    Icon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (doneToday(); as done) {
      <p class="done" role="status" data-testid="homework-done-today">
        <hk-icon name="check_circle" />
        <span>{{ 'portal.homework.doneToday' | t }}</span>
        @if (done.minutes !== null) {
          <span
            >·
            {{
              'portal.homework.logMinutes' | t: { minutes: done.minutes }
            }}</span
          >
        }
      </p>
      @if (done.note) {
        <p class="note">{{ done.note }}</p>
      }
      <button
        matButton
        type="button"
        data-testid="homework-undo"
        [disabled]="busy()"
        (click)="undo()"
      >
        {{ 'portal.homework.undo' | t }}
      </button>
    } @else {
      <form (ngSubmit)="tick()" data-testid="homework-tick-form">
        @if (logsMinutes()) {
          <mat-form-field appearance="outline" class="minutes">
            <mat-label>{{ 'portal.homework.minutesLabel' | t }}</mat-label>
            <input
              matInput
              name="minutes"
              inputmode="numeric"
              data-testid="homework-minutes"
              [ngModel]="minutes()"
              (ngModelChange)="minutes.set($event)"
            />
          </mat-form-field>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'portal.homework.noteLabel' | t }}</mat-label>
          <textarea
            matInput
            name="note"
            rows="2"
            data-testid="homework-note"
            [ngModel]="note()"
            (ngModelChange)="note.set($event)"
          ></textarea>
          <mat-hint>{{
            'portal.homework.noteHint' | t: { max: maxNote }
          }}</mat-hint>
        </mat-form-field>
        @if (error(); as error) {
          <p role="alert" class="error" data-testid="homework-error">
            {{ errorKey(error) | t: { max: maxNote } }}
          </p>
        }
        <button
          matButton="filled"
          type="submit"
          data-testid="homework-tick"
          [disabled]="busy()"
        >
          <hk-icon name="check" />
          {{
            (busy() ? 'portal.homework.ticking' : 'portal.homework.tickToday')
              | t
          }}
        </button>
      </form>
    }
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin-top: 8px;
    }
    mat-form-field {
      width: 100%;
    }
    .minutes {
      max-width: 240px;
    }
    button {
      min-height: 48px;
      align-self: flex-start;
    }
    .done {
      display: flex;
      align-items: center;
      gap: 6px;
      margin: 8px 0 0;
      color: var(--mat-sys-primary);
      font-weight: 600;
    }
    .note {
      margin: 4px 0;
      white-space: pre-line;
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class HomeworkTick {
  readonly item = input.required<HomeworkItem>();
  readonly today = input.required<string>();
  readonly logsMinutes = input(false);
  readonly changed = output<HomeworkItem>();

  private readonly api = inject(PortalApi);
  private readonly state = inject(PortalState);
  private readonly router = inject(Router);

  protected readonly maxNote = HOMEWORK_NOTE_MAX_LENGTH;
  protected readonly note = signal('');
  protected readonly minutes = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<TickError | null>(null);
  protected errorKey(error: TickError): TranslationKey {
    return `portal.homework.${error}`;
  }
  protected readonly doneToday = computed(
    () => this.item().completions.find((c) => c.on === this.today()) ?? null,
  );

  protected async tick(): Promise<void> {
    const problem = tickProblem(this.note(), this.minutes());
    this.error.set(problem);
    if (problem || this.busy()) return;
    this.busy.set(true);
    try {
      const note = this.note().trim();
      const minutes = this.minutes().trim();
      const item = await firstValueFrom(
        this.api.homeworkDone(this.item().id, {
          ...(note ? { note } : {}),
          ...(minutes ? { minutes: Number(minutes) } : {}),
        }),
      );
      this.note.set('');
      this.minutes.set('');
      this.changed.emit(item);
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async undo(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.changed.emit(
        await firstValueFrom(
          this.api.homeworkUndo(this.item().id, this.today()),
        ),
      );
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  private fail(error: unknown): void {
    if (leaveOnSessionLoss(error, this.state, this.router)) return;
    const status = (error as { status?: number }).status;
    this.error.set(status === 409 ? 'ended' : 'failed');
  }
}

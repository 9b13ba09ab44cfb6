import {
  ChangeDetectionStrategy,
  Component,
  input,
  model,
  output,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MESSAGE_MAX_LENGTH } from '@herstelkompas/contracts';

/**
 * The box under a message thread: text with a count, what went wrong or
 * that it was sent, and the send button. The parent sends and words it.
 */
@Component({
  selector: 'hk-message-compose',
  imports: [FormsModule, MatButton, MatFormFieldModule, MatInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="compose"
      [class.dense]="dense()"
      [attr.data-testid]="testId() + '-compose'"
      (ngSubmit)="send.emit()"
    >
      <mat-form-field appearance="outline">
        <mat-label>{{ label() }}</mat-label>
        <textarea
          matInput
          name="text"
          [rows]="rows()"
          [attr.data-testid]="testId() + '-message-text'"
          [ngModel]="text()"
          (ngModelChange)="text.set($event)"
        ></textarea>
        <mat-hint align="end">{{ text().length }} / {{ max }}</mat-hint>
      </mat-form-field>
      @if (errorText(); as message) {
        <p
          role="alert"
          class="error"
          [attr.data-testid]="testId() + '-message-error'"
        >
          {{ message }}
        </p>
      }
      @if (sentText(); as message) {
        <p role="status" class="sent">{{ message }}</p>
      }
      <button
        matButton="filled"
        type="submit"
        [attr.data-testid]="testId() + '-message-send'"
        [disabled]="disabled()"
      >
        {{ sendLabel() }}
      </button>
    </form>
  `,
  styles: `
    :host {
      display: block;
    }
    .compose {
      display: flex;
      flex-direction: column;
      align-items: stretch;
    }
    .compose button {
      align-self: flex-start;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .dense .error,
    .dense .sent {
      margin: 0 0 8px;
    }
  `,
})
export class MessageCompose {
  /** Prefix of the test ids: `<id>-compose`, `<id>-message-text`, ... */
  readonly testId = input.required<string>();
  readonly label = input.required<string>();
  readonly rows = input(3);
  readonly text = model.required<string>();
  readonly disabled = input(false);
  readonly sendLabel = input.required<string>();
  readonly errorText = input<string | null>(null);
  /** Shown while set: the last message went out. */
  readonly sentText = input<string | null>(null);
  /** Tighter spacing around the notes, for the phone-first portal. */
  readonly dense = input(false);
  readonly send = output<void>();
  protected readonly max = MESSAGE_MAX_LENGTH;
}

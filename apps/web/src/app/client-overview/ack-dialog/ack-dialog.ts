import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import {
  type AcknowledgeRedFlagRequest,
  RED_FLAG_ACTIONS,
  type RedFlagAction,
  type RedFlagReview,
} from '@herstelkompas/contracts';
import {
  RED_FLAG_CONDITION_LABELS,
  URGENCY_LABELS,
} from '@herstelkompas/domain';
import { ErrorMessage } from '../../core/http/error-message';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import {
  NOTE_MAX_LENGTH,
  ackProblem,
  noteRequired,
  toAckRequest,
} from './ack-rules';

export interface AckDialogData {
  review: RedFlagReview;
  acknowledge: (request: AcknowledgeRedFlagRequest) => Promise<void>;
}

/** Record what was done about a red flag; closes with `true` once saved. */
@Component({
  selector: 'hk-ack-dialog',
  imports: [
    FormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    TranslatePipe,
    HkDatePipe,
    Alert,
  ],
  templateUrl: './ack-dialog.html',
  styleUrl: './ack-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AckDialog {
  protected readonly data = inject<AckDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<AckDialog, boolean>>(MatDialogRef);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);

  protected readonly actions = RED_FLAG_ACTIONS;
  protected readonly maxLength = NOTE_MAX_LENGTH;
  protected readonly action = signal<RedFlagAction | null>(null);
  protected readonly note = signal('');
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);
  private readonly noteField =
    viewChild.required<ElementRef<HTMLTextAreaElement>>('noteField');

  protected readonly condition = computed(
    () =>
      RED_FLAG_CONDITION_LABELS[this.data.review.flag.condition][
        this.i18n.language()
      ],
  );
  protected readonly urgency = computed(
    () => URGENCY_LABELS[this.data.review.flag.urgency][this.i18n.language()],
  );
  protected readonly label = computed(
    () => this.data.review.flag.label[this.i18n.language()],
  );
  protected readonly noteRequired = computed(() => noteRequired(this.action()));
  protected readonly problem = computed(() =>
    this.submitted() ? ackProblem(this.action(), this.note()) : null,
  );

  protected actionKey(action: RedFlagAction) {
    return `overview.ack.actions.${action}` as const;
  }

  protected async confirm(): Promise<void> {
    if (this.pending()) return;
    this.submitted.set(true);
    const action = this.action();
    const problem = ackProblem(action, this.note());
    // Take the keyboard where the missing reason goes.
    if (problem === 'noteRequired') this.noteField().nativeElement.focus();
    if (problem || action === null) return;
    this.pending.set(true);
    this.failure.set(null);
    try {
      await this.data.acknowledge(toAckRequest(action, this.note()));
      this.ref.close(true);
    } catch (error: unknown) {
      // The choice and the note stay as typed.
      this.failure.set(this.errors.describe(error));
    } finally {
      this.pending.set(false);
    }
  }
}

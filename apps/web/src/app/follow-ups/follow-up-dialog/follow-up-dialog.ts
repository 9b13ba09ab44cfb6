import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import type {
  FollowUpSchedule,
  FollowUpScheduleView,
  SendBy,
  SetFollowUpScheduleRequest,
} from '@herstelkompas/contracts';
import { DateInput } from '../../core/forms/date-input';
import { formatDutchDate, todayInAmsterdam } from '../../core/forms/dutch-date';
import { toApiFailure } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/http/error-message';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import {
  type FollowUpField,
  type FollowUpMode,
  toScheduleRequest,
} from './follow-up-form';

export interface FollowUpDialogData {
  client: { id: string; email: string | null };
  current: FollowUpSchedule | null;
  save(request: SetFollowUpScheduleRequest): Promise<FollowUpScheduleView>;
}

/** API field -> form field. */
const FIELD_OF: Record<string, FollowUpField> = {
  everyWeeks: 'everyWeeks',
  on: 'date',
  send: 'send',
};

/** "Vervolgmeting plannen": every N weeks or on a date, by e-mail or as a link. */
@Component({
  selector: 'hk-follow-up-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    TranslatePipe,
    DateInput,
    Alert,
  ],
  templateUrl: './follow-up-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      display: grid;
      gap: 12px;
      padding-top: 8px;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend {
      margin-bottom: 4px;
      font: var(--mat-sys-title-small);
    }
    mat-radio-group {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
    }
    .field-error {
      margin: 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    .note {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class FollowUpDialog {
  protected readonly data = inject<FollowUpDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<FollowUpDialog, FollowUpScheduleView>>(MatDialogRef);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);

  protected readonly hasEmail = Boolean(this.data.client.email?.trim());
  private readonly current = this.data.current;
  protected readonly form = new FormGroup({
    mode: new FormControl<FollowUpMode>(this.current?.on ? 'date' : 'weeks', {
      nonNullable: true,
    }),
    everyWeeks: new FormControl(String(this.current?.everyWeeks ?? 6), {
      nonNullable: true,
    }),
    date: new FormControl(
      this.current?.on ? formatDutchDate(this.current.on) : '',
      {
        nonNullable: true,
      },
    ),
    send: new FormControl<SendBy>(
      this.hasEmail ? (this.current?.send ?? 'email') : 'link',
      { nonNullable: true },
    ),
  });
  protected readonly mode = signal<FollowUpMode>(this.form.controls.mode.value);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly messages = signal<Partial<Record<FollowUpField, string>>>(
    {},
  );

  constructor() {
    this.form.controls.mode.valueChanges.subscribe((mode) => {
      this.mode.set(mode);
      this.messages.set({});
    });
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.failure.set(null);
    const check = toScheduleRequest(
      this.form.getRawValue(),
      todayInAmsterdam(),
    );
    if (!check.ok) {
      const shown: Partial<Record<FollowUpField, string>> = {};
      for (const [field, key] of Object.entries(check.errors))
        shown[field as FollowUpField] = this.i18n.t(key);
      this.show(shown);
      return;
    }
    this.saving.set(true);
    try {
      this.ref.close(await this.data.save(check.request));
    } catch (error: unknown) {
      const failure = toApiFailure(error);
      const shown: Partial<Record<FollowUpField, string>> = {};
      for (const detail of failure.details) {
        const field = FIELD_OF[detail.field];
        if (field) shown[field] = detail.message;
      }
      this.show(shown);
      this.failure.set(
        `${this.i18n.t('followUps.dialog.failed')} ${this.errors.describe(failure)}`,
      );
    } finally {
      this.saving.set(false);
    }
  }

  private show(shown: Partial<Record<FollowUpField, string>>): void {
    this.messages.set(shown);
    for (const field of ['everyWeeks', 'date'] as const) {
      const control = this.form.controls[field];
      control.setErrors(shown[field] ? { message: true } : null);
      if (shown[field]) control.markAsTouched();
    }
  }
}

export function openFollowUpDialog(
  dialog: MatDialog,
  data: FollowUpDialogData,
) {
  return dialog.open<FollowUpDialog, FollowUpDialogData, FollowUpScheduleView>(
    FollowUpDialog,
    {
      data,
      width: '520px',
      maxWidth: 'calc(100vw - 32px)',
      autoFocus: 'first-tabbable',
    },
  );
}

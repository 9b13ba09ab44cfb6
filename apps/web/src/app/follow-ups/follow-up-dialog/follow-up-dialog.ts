import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import type {
  FollowUpSchedule,
  FollowUpScheduleView,
  SendBy,
  SetFollowUpScheduleRequest,
} from '@herstelkompas/contracts';
import { DateInput } from '../../core/forms/date-input';
import { formatDutchDate, todayInAmsterdam } from '../../core/forms/dutch-date';
import {
  FORM_DIALOG_IMPORTS,
  FormDialogState,
} from '../../core/forms/form-dialog';
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
  imports: [FORM_DIALOG_IMPORTS, MatRadioGroup, MatRadioButton, DateInput],
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
  /** Only one of weeks and date is on screen: the other's error goes. */
  private readonly state = new FormDialogState<FollowUpField>(
    {
      everyWeeks: this.form.controls.everyWeeks,
      date: this.form.controls.date,
    },
    true,
  );
  protected readonly saving = this.state.saving;
  protected readonly failure = this.state.failure;
  protected readonly messages = this.state.messages;

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
      this.state.showChecks(check.errors);
      return;
    }
    await this.state.save(
      async () => this.ref.close(await this.data.save(check.request)),
      'followUps.dialog.failed',
      (apiField) => FIELD_OF[apiField],
    );
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

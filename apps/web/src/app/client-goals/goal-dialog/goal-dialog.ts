import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import {
  type CreateGoalRequest,
  GOAL_STATUSES,
  type Goal,
  type GoalStatus,
} from '@herstelkompas/contracts';
import { DOMAIN_LIST, type DomainId } from '@herstelkompas/domain';
import { DateInput } from '../../core/forms/date-input';
import { formatDutchDate } from '../../core/forms/dutch-date';
import {
  FORM_DIALOG_IMPORTS,
  FormDialogState,
} from '../../core/forms/form-dialog';
import { I18n } from '../../core/i18n/i18n';
import { LocaleFormat } from '../../core/i18n/locale-format';
import type { TranslationKey } from '../../core/i18n/translations';
import {
  DESCRIPTION_MAX,
  type GoalField,
  TARGET_TEXT_MAX,
  type TargetKind,
  toGoalRequest,
} from '../goal-form';
import { goalStatusKey } from '../goal-labels';

export interface GoalDialogData {
  /** The goal to edit; none for a new one. */
  goal?: Goal;
  /** Stores the goal; throws the API's failure to show in the dialog. */
  save(request: CreateGoalRequest): Promise<Goal>;
}

const TARGET_KINDS: readonly TargetKind[] = ['none', 'score_below', 'text'];

/**
 * "Nieuw doel" and "Doel bewerken": domain, words, an optional measurable
 * target, a date, the status.
 */
@Component({
  selector: 'hk-goal-dialog',
  imports: [FORM_DIALOG_IMPORTS, MatRadioGroup, MatRadioButton, DateInput],
  templateUrl: './goal-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      display: grid;
      gap: 12px;
      padding-top: 8px;
    }
    fieldset {
      margin: 0 0 12px;
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
    }
  `,
})
export class GoalDialog {
  private readonly data = inject<GoalDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<GoalDialog, Goal>>(MatDialogRef);
  private readonly i18n = inject(I18n);
  private readonly format = inject(LocaleFormat);

  protected readonly kinds = TARGET_KINDS;
  protected readonly statuses = GOAL_STATUSES;
  protected readonly statusKey = goalStatusKey;
  protected readonly domains = computed(() => {
    const language = this.i18n.language();
    return DOMAIN_LIST.map((d) => ({ id: d.id, name: d.name[language] }));
  });
  protected readonly editing = !!this.data.goal;
  protected readonly form = new FormGroup({
    domain: new FormControl<DomainId | ''>(this.data.goal?.domain ?? '', {
      nonNullable: true,
    }),
    description: new FormControl(this.data.goal?.description ?? '', {
      nonNullable: true,
    }),
    targetKind: new FormControl<TargetKind>(
      this.data.goal?.target?.kind ?? 'none',
      { nonNullable: true },
    ),
    value: new FormControl(this.initialValue(), { nonNullable: true }),
    targetText: new FormControl(
      this.data.goal?.target?.kind === 'text' ? this.data.goal.target.text : '',
      { nonNullable: true },
    ),
    dueDate: new FormControl(
      this.data.goal?.dueDate ? formatDutchDate(this.data.goal.dueDate) : '',
      { nonNullable: true },
    ),
    status: new FormControl<GoalStatus>(this.data.goal?.status ?? 'active', {
      nonNullable: true,
    }),
  });
  protected readonly kind = toSignal(
    this.form.controls.targetKind.valueChanges,
    {
      initialValue: this.form.controls.targetKind.value,
    },
  );
  /** A field's own edit clears its own message (no validators to keep it). */
  private readonly state = new FormDialogState<GoalField>(this.form.controls);
  protected readonly saving = this.state.saving;
  protected readonly failure = this.state.failure;
  protected readonly messages = this.state.messages;

  /** A score target as the practitioner types it: "40" or "37,5". */
  private initialValue(): string {
    const target = this.data.goal?.target;
    return target?.kind === 'score_below'
      ? this.format.number(target.value)
      : '';
  }

  protected kindKey(kind: TargetKind): TranslationKey {
    return `clientGoals.dialog.kinds.${kind}`;
  }

  protected async save(): Promise<void> {
    this.failure.set(null);
    const check = toGoalRequest(this.form.getRawValue());
    if (!check.ok) {
      this.state.showChecks(check.errors, (field) => ({
        max: field === 'description' ? DESCRIPTION_MAX : TARGET_TEXT_MAX,
      }));
      return;
    }
    await this.state.save(
      async () => this.ref.close(await this.data.save(check.request)),
      'clientGoals.dialog.failed',
      (apiField) => {
        const field = apiField === 'target' ? 'value' : apiField;
        return field in this.form.controls ? (field as GoalField) : undefined;
      },
    );
  }
}

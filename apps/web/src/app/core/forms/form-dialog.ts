import { signal } from '@angular/core';
import { inject } from '@angular/core';
import { type AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { toApiFailure } from '../http/api-error';
import { ErrorMessage } from '../http/error-message';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate-pipe';
import type { TranslationKey, TranslationParams } from '../i18n/translations';
import { Alert } from '../../ui/alert/alert';

/** What every dialog with a form uses: the dialog parts, fields, buttons. */
export const FORM_DIALOG_IMPORTS = [
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
  TranslatePipe,
  Alert,
] as const;

/**
 * The saving state and the messages of a dialog's form: its own check's
 * messages and the API's field messages under the fields (Material shows a
 * field's mat-error once its control has an error), the rest in one line.
 * Create it in a field initializer: it injects what it needs.
 */
export class FormDialogState<F extends string> {
  private readonly i18n = inject(I18n);
  private readonly errors = inject(ErrorMessage);
  readonly saving = signal(false);
  readonly failure = signal<string | null>(null);
  /** Messages per field, set on save. */
  readonly messages = signal<Partial<Record<F, string>>>({});

  /**
   * @param controls the controls that carry a field's message.
   * @param clearUnshown also take the error off the controls without a
   *   message now (for forms whose fields come and go).
   */
  constructor(
    private readonly controls: Partial<Record<F, AbstractControl>>,
    private readonly clearUnshown = false,
  ) {}

  /** The form's own check failed: its messages under the fields. */
  showChecks(
    errors: Partial<Record<F, TranslationKey>>,
    params?: (field: F) => TranslationParams,
  ): void {
    const shown: Partial<Record<F, string>> = {};
    for (const [field, key] of Object.entries(errors) as [F, TranslationKey][])
      shown[field] = this.i18n.t(key, params?.(field));
    this.show(shown);
  }

  /**
   * Runs the save; when the API refuses, shows its field messages (an API
   * field maps to a form field through `fieldOf`) and `failed` with why.
   */
  async save(
    run: () => Promise<void>,
    failed: TranslationKey,
    fieldOf: (apiField: string) => F | undefined,
  ): Promise<void> {
    this.saving.set(true);
    try {
      await run();
    } catch (error: unknown) {
      const failure = toApiFailure(error);
      const shown: Partial<Record<F, string>> = {};
      for (const detail of failure.details) {
        const field = fieldOf(detail.field);
        if (field) shown[field] = detail.message;
      }
      this.show(shown);
      this.failure.set(
        `${this.i18n.t(failed)} ${this.errors.describe(failure)}`,
      );
    } finally {
      this.saving.set(false);
    }
  }

  /** Puts each message on its control, so Material shows it under the field. */
  show(shown: Partial<Record<F, string>>): void {
    this.messages.set(shown);
    for (const [field, control] of Object.entries(this.controls) as [
      F,
      AbstractControl | undefined,
    ][]) {
      if (!control) continue;
      if (shown[field]) {
        control.setErrors({ message: true });
        control.markAsTouched();
      } else if (this.clearUnshown) control.setErrors(null);
    }
  }
}

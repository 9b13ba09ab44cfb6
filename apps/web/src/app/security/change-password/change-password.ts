import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatInput } from '@angular/material/input';
import { MIN_PASSWORD_LENGTH } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthApi } from '../../core/auth/auth-api';
import { toApiFailure } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/http/error-message';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import { PasswordStrength } from '../password-strength/password-strength';

type Field = 'currentPassword' | 'newPassword';

// On the repeat field itself, so the message shows under it like any other.
function sameAsNewPassword(repeat: AbstractControl) {
  const password = repeat.parent?.get('newPassword')?.value as
    string | undefined;
  return repeat.value && password !== repeat.value ? { mismatch: true } : null;
}

/**
 * Current and new password, the new one typed twice so a slip of the finger
 * does not lock the user out; the other sessions end on the server.
 */
@Component({
  selector: 'hk-change-password',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    Alert,
    PasswordStrength,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (done()) {
      <hk-alert kind="success">{{ 'security.password.changed' | t }}</hk-alert>
    }
    @if (error(); as message) {
      <hk-alert kind="error">{{ message }}</hk-alert>
    }
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field>
        <mat-label>{{ 'security.password.current' | t }}</mat-label>
        <input
          matInput
          type="password"
          formControlName="currentPassword"
          autocomplete="current-password"
          required
          data-testid="current-password"
        />
        @if (serverError().currentPassword; as message) {
          <mat-error>{{ message }}</mat-error>
        } @else {
          <mat-error>{{ 'security.password.currentRequired' | t }}</mat-error>
        }
      </mat-form-field>
      <!-- The hint wraps on narrow widths; the strength sits below it, not on it. -->
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'security.password.new' | t }}</mat-label>
        <input
          matInput
          type="password"
          formControlName="newPassword"
          autocomplete="new-password"
          minlength="12"
          required
          data-testid="new-password"
        />
        <mat-hint>{{ 'security.password.hint' | t }}</mat-hint>
        @if (serverError().newPassword; as message) {
          <mat-error>{{ message }}</mat-error>
        } @else if (form.controls.newPassword.hasError('required')) {
          <mat-error>{{ 'security.password.newRequired' | t }}</mat-error>
        } @else {
          <mat-error>{{ 'security.password.tooShort' | t }}</mat-error>
        }
      </mat-form-field>
      <hk-password-strength [password]="newPassword()" />
      <mat-form-field>
        <mat-label>{{ 'security.password.repeat' | t }}</mat-label>
        <input
          matInput
          type="password"
          formControlName="repeat"
          autocomplete="new-password"
          required
          data-testid="repeat-password"
        />
        @if (form.controls.repeat.hasError('required')) {
          <mat-error data-testid="field-error-repeat">{{
            'security.password.repeatRequired' | t
          }}</mat-error>
        } @else {
          <mat-error data-testid="field-error-repeat">{{
            'security.password.mismatch' | t
          }}</mat-error>
        }
      </mat-form-field>
      <div>
        <button
          matButton="filled"
          type="submit"
          [attr.aria-busy]="pending() || null"
        >
          {{
            (pending()
              ? 'security.password.submitting'
              : 'security.password.submit'
            ) | t
          }}
        </button>
      </div>
    </form>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 8px;
      max-width: 400px;
    }
    mat-form-field + mat-form-field {
      margin-top: 4px;
    }
    button {
      margin-top: 16px;
    }
  `,
})
export class ChangePassword {
  private readonly api = inject(AuthApi);
  private readonly errors = inject(ErrorMessage);

  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: [
      '',
      [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)],
    ],
    repeat: ['', [Validators.required, sameAsNewPassword]],
  });
  protected readonly newPassword = toSignal(
    this.form.controls.newPassword.valueChanges,
    { initialValue: '' },
  );
  protected readonly pending = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly serverError = signal<Partial<Record<Field, string>>>({});

  constructor() {
    // Changing the new password can make the repeat match, or stop matching.
    this.form.controls.newPassword.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() =>
        this.form.controls.repeat.updateValueAndValidity({ emitEvent: false }),
      );
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    this.done.set(false);
    this.error.set(null);
    this.serverError.set({});
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.pending.set(true);
    try {
      const { currentPassword, newPassword } = this.form.getRawValue();
      await firstValueFrom(
        this.api.changePassword({ currentPassword, newPassword }),
      );
      this.form.reset();
      this.done.set(true);
    } catch (error: unknown) {
      const fields: Partial<Record<Field, string>> = {};
      for (const d of toApiFailure(error).details)
        if (d.field === 'currentPassword' || d.field === 'newPassword')
          fields[d.field] = d.message;
      if (Object.keys(fields).length) {
        this.serverError.set(fields);
        for (const name of Object.keys(fields) as Field[])
          this.form.controls[name].setErrors({ server: true });
      } else this.error.set(this.errors.describe(error));
    } finally {
      this.pending.set(false);
    }
  }
}

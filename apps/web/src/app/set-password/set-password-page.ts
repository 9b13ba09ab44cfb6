import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
} from '@angular/core';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
  MatSuffix,
  MAT_FORM_FIELD_DEFAULT_OPTIONS,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MIN_PASSWORD_LENGTH } from '@herstelkompas/contracts';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthApi } from '../core/auth/auth-api';
import { toApiFailure } from '../core/http/api-error';
import { ErrorMessage } from '../core/http/error-message';
import { I18n } from '../core/i18n/i18n';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { Alert } from '../ui/alert/alert';
import { Icon } from '../ui/icon/icon';
import { PasswordStrength } from '../security/password-strength/password-strength';
import { AuthCard } from '../ui/auth-card/auth-card';

// On the repeat field itself, so its mat-error shows like any other.
function sameAsPassword(repeat: AbstractControl) {
  const password = repeat.parent?.get('password')?.value as string | undefined;
  return repeat.value && password !== repeat.value ? { mismatch: true } : null;
}

/**
 * /wachtwoord-instellen/:token — public. An invited colleague chooses a
 * password, then signs in as usual.
 */
@Component({
  selector: 'hk-set-password-page',
  imports: [
    AuthCard,
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatButton,
    MatIconButton,
    TranslatePipe,
    Alert,
    Icon,
    PasswordStrength,
  ],
  templateUrl: './set-password-page.html',
  styleUrl: './set-password-page.scss',
  // Long hints wrap on phones; let the space under a field grow with them.
  providers: [
    {
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { appearance: 'outline', subscriptSizing: 'dynamic' },
    },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetPasswordPage {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly errors = inject(ErrorMessage);

  /** Route parameter: the one-time token from the invitation or reset link. */
  readonly token = input.required<string>();
  /** Route data: `reset` after "Wachtwoord vergeten?", else an invitation. */
  readonly mode = input<'invite' | 'reset'>('invite');

  protected readonly form = new FormGroup({
    password: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.minLength(MIN_PASSWORD_LENGTH),
      ],
    }),
    repeat: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, sameAsPassword],
    }),
  });
  protected readonly visible = signal(false);
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);
  /** The link itself is no good: only a new invitation helps. */
  protected readonly linkInvalid = signal(false);
  private readonly revision = signal(0);
  protected readonly passwordValue = toSignal(
    this.form.controls.password.valueChanges,
    { initialValue: '' },
  );

  constructor() {
    // A change to the first field can make the repeat match, or not.
    this.form.controls.password.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() =>
        this.form.controls.repeat.updateValueAndValidity({ emitEvent: false }),
      );
  }

  protected passwordError(): string | null {
    this.revision();
    const errors = this.form.controls.password.errors;
    if (!errors) return null;
    if (typeof errors['server'] === 'string') return errors['server'];
    if (errors['required']) return this.i18n.t('setPassword.errors.required');
    return this.i18n.t('setPassword.errors.tooShort');
  }

  protected repeatError(): string | null {
    if (this.form.controls.repeat.hasError('required')) {
      return this.i18n.t('setPassword.errors.confirmRequired');
    }
    return this.form.controls.repeat.hasError('mismatch')
      ? this.i18n.t('setPassword.errors.mismatch')
      : null;
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.pending.set(true);
    this.failure.set(null);
    try {
      const password = this.form.controls.password.value;
      await firstValueFrom(
        this.mode() === 'reset'
          ? this.api.confirmPasswordReset({
              token: this.token(),
              newPassword: password,
            })
          : this.api.setPassword({ token: this.token(), password }),
      );
      await this.router.navigate(['/login'], {
        queryParams: {
          reason: this.mode() === 'reset' ? 'password-reset' : 'password-set',
        },
      });
    } catch (error: unknown) {
      this.showFailure(error);
    } finally {
      this.pending.set(false);
    }
  }

  private showFailure(error: unknown): void {
    const failure = toApiFailure(error);
    const passwordDetail = failure.details.find(
      (d) => d.field === 'password' || d.field === 'newPassword',
    );
    if (passwordDetail) {
      this.form.controls.password.setErrors({
        server: passwordDetail.message,
      });
      this.revision.update((r) => r + 1);
      return;
    }
    this.linkInvalid.set(
      failure.code === 'invitation_invalid' || failure.code === 'reset_invalid',
    );
    this.failure.set(this.errors.describe(failure));
  }
}

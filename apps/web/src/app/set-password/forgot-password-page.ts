import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatError,
  MatFormField,
  MatLabel,
  MAT_FORM_FIELD_DEFAULT_OPTIONS,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthApi } from '../core/auth/auth-api';
import { ErrorMessage } from '../core/http/error-message';
import { I18n } from '../core/i18n/i18n';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { Alert } from '../ui/alert/alert';
import { AuthCard } from '../ui/auth-card/auth-card';

/**
 * /wachtwoord-vergeten — public. Asks for a reset link; the answer is the
 * same for every address, so the page never says whether an account exists.
 */
@Component({
  selector: 'hk-forgot-password-page',
  imports: [
    AuthCard,
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    TranslatePipe,
    Alert,
  ],
  templateUrl: './forgot-password-page.html',
  styleUrl: './set-password-page.scss',
  providers: [
    {
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { appearance: 'outline', subscriptSizing: 'dynamic' },
    },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly api = inject(AuthApi);
  private readonly i18n = inject(I18n);
  private readonly errors = inject(ErrorMessage);

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
  });
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);
  /** The address the link was asked for: shown in the confirmation. */
  protected readonly sentTo = signal<string | null>(null);

  protected emailError(): string | null {
    const control = this.form.controls.email;
    if (control.hasError('required'))
      return this.i18n.t('forgotPassword.errors.emailRequired');
    return control.hasError('email')
      ? this.i18n.t('forgotPassword.errors.emailFormat')
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
    const email = this.form.controls.email.value.trim();
    try {
      await firstValueFrom(this.api.requestPasswordReset({ email }));
      this.sentTo.set(email);
    } catch (error: unknown) {
      this.failure.set(this.errors.describe(error));
    } finally {
      this.pending.set(false);
    }
  }
}

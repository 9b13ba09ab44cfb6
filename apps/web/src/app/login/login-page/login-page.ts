import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChildren,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import {
  MatError,
  MatFormField,
  MatLabel,
  MatSuffix,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';
import type { CurrentUser } from '@herstelkompas/contracts';
import { MFA_SETUP_PATH } from '../../core/auth/auth-guard';
import { AuthStore } from '../../core/auth/auth-store';
import { I18n } from '../../core/i18n/i18n';
import { LocaleFormat } from '../../core/i18n/locale-format';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { type LoginFailure, toLoginFailure } from '../login-failure';
import { AuthCard } from '../../ui/auth-card/auth-card';

const HOME = '/vandaag';

@Component({
  selector: 'hk-login-page',
  imports: [
    AuthCard,
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatError,
    MatSuffix,
    MatInput,
    MatButton,
    MatIconButton,
    MatProgressSpinner,
    TranslatePipe,
    Icon,
  ],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly format = inject(LocaleFormat);

  /** Query parameters, bound by the router. */
  readonly returnUrl = input<string>();
  readonly reason = input<string>();

  private readonly inputs = viewChildren<ElementRef<HTMLInputElement>>('field');
  private readonly codeInput =
    viewChildren<ElementRef<HTMLInputElement>>('code');

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  /** After a right password, a code may be asked for: the second step. */
  protected readonly step = signal<'password' | 'code'>('password');
  protected readonly useRecovery = signal(false);
  protected readonly codeForm = inject(NonNullableFormBuilder).group({
    code: ['', Validators.required],
  });
  protected readonly pending = signal(false);
  protected readonly passwordVisible = signal(false);
  private readonly failure = signal<LoginFailure | null>(null);

  protected readonly errorMessage = computed(() => {
    const failure = this.failure();
    return failure ? this.describe(failure) : null;
  });

  protected readonly notice = computed(() => {
    // Once the user has tried again, the notice is old news.
    if (this.failure()) return null;
    switch (this.reason()) {
      case 'expired':
        return this.i18n.t('login.sessionExpired');
      case 'signed-out':
        return this.i18n.t('login.signedOut');
      case 'password-set':
        return this.i18n.t('login.passwordSet');
      case 'password-reset':
        return this.i18n.t('login.passwordReset');
      default:
        return null;
    }
  });

  protected togglePassword(): void {
    this.passwordVisible.update((visible) => !visible);
  }

  protected async submit(): Promise<void> {
    // The button stays enabled (and readable) while pending; ignore repeats.
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.failure.set(null);
    this.pending.set(true);
    try {
      const answer = await this.auth.login(this.form.getRawValue());
      if (answer === 'mfa') {
        this.step.set('code');
        this.focusCode();
      } else await this.proceed(answer);
    } catch (error: unknown) {
      // The form keeps what was typed; only the message changes.
      this.failure.set(toLoginFailure(error));
    } finally {
      this.pending.set(false);
    }
  }

  protected async submitCode(): Promise<void> {
    if (this.pending()) return;
    const code = this.codeForm.controls.code;
    const value = code.value.trim();
    const digits = value.replace(/\s/g, '');
    if (!value || (!this.useRecovery() && !/^\d{6}$/.test(digits))) {
      code.setErrors(value ? { format: true } : { required: true });
      code.markAsTouched();
      this.focusCode();
      return;
    }
    this.failure.set(null);
    this.pending.set(true);
    try {
      const user = await this.auth.loginWithCode(
        this.useRecovery() ? { recoveryCode: value } : { code: digits },
      );
      await this.proceed(user);
    } catch (error: unknown) {
      const failure = toLoginFailure(error);
      if (failure.kind === 'pendingExpired') this.backToPassword();
      this.failure.set(failure);
      if (failure.kind === 'invalidCode') {
        code.setValue('');
        this.focusCode();
      }
    } finally {
      this.pending.set(false);
    }
  }

  protected toggleRecovery(): void {
    this.useRecovery.update((on) => !on);
    this.codeForm.reset();
    this.failure.set(null);
    this.focusCode();
  }

  protected backToPassword(): void {
    this.step.set('password');
    this.useRecovery.set(false);
    this.codeForm.reset();
    this.failure.set(null);
    this.form.controls.password.setValue('');
  }

  private async proceed(user: CurrentUser): Promise<void> {
    await this.router.navigateByUrl(
      user.mfa.setupRequired ? MFA_SETUP_PATH : safeReturnUrl(this.returnUrl()),
    );
  }

  private focusCode(): void {
    // After the view shows the code field.
    setTimeout(() => this.codeInput()[0]?.nativeElement.focus());
  }

  private describe(failure: LoginFailure): string {
    switch (failure.kind) {
      case 'invalidCredentials':
        return this.i18n.t('login.errors.invalidCredentials');
      case 'invalidCode':
        return this.i18n.t(
          this.useRecovery()
            ? 'login.errors.invalidRecoveryCode'
            : 'login.errors.invalidCode',
        );
      case 'pendingExpired':
        return this.i18n.t('login.errors.pendingExpired');
      case 'locked':
        return failure.retryAt
          ? this.i18n.t('login.errors.lockedUntil', {
              time: this.retryTime(failure.retryAt),
            })
          : this.i18n.t('login.errors.locked');
      case 'unreachable':
        return this.i18n.t('login.errors.unreachable');
      case 'unexpected':
        return this.i18n.t('login.errors.unexpected');
    }
  }

  private retryTime(retryAt: Date): string {
    const sameDay = this.format.sameDay(retryAt, new Date());
    return this.format.date(retryAt, sameDay ? 'time' : 'dateTime');
  }

  private focusFirstInvalid(): void {
    const names = ['email', 'password'] as const;
    const index = names.findIndex((name) => this.form.controls[name].invalid);
    this.inputs()[index]?.nativeElement.focus();
  }
}

/** Only paths inside this app; never another site, never back to /login. */
export function safeReturnUrl(url: string | undefined): string {
  if (!url || !url.startsWith('/') || url.startsWith('//')) return HOME;
  if (url.startsWith('/login') || url.includes('\\')) return HOME;
  return url;
}

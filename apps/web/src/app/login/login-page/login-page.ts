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
import { MatCard, MatCardContent } from '@angular/material/card';
import {
  MatError,
  MatFormField,
  MatLabel,
  MatSuffix,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';
import { AuthStore } from '../../core/auth/auth-store';
import { I18n } from '../../core/i18n/i18n';
import { LanguageSwitch } from '../../core/i18n/language-switch';
import { LocaleFormat } from '../../core/i18n/locale-format';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { BrandMark } from '../../ui/brand-mark/brand-mark';
import { Icon } from '../../ui/icon/icon';
import { type LoginFailure, toLoginFailure } from '../login-failure';

const HOME = '/vandaag';

@Component({
  selector: 'hk-login-page',
  imports: [
    ReactiveFormsModule,
    MatCard,
    MatCardContent,
    MatFormField,
    MatLabel,
    MatError,
    MatSuffix,
    MatInput,
    MatButton,
    MatIconButton,
    MatProgressSpinner,
    TranslatePipe,
    LanguageSwitch,
    BrandMark,
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

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
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
      await this.auth.login(this.form.getRawValue());
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error: unknown) {
      // The form keeps what was typed; only the message changes.
      this.failure.set(toLoginFailure(error));
    } finally {
      this.pending.set(false);
    }
  }

  private describe(failure: LoginFailure): string {
    switch (failure.kind) {
      case 'invalidCredentials':
        return this.i18n.t('login.errors.invalidCredentials');
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

import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import type { MfaStatus, PracticeSecurity } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { toApiFailure } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/http/error-message';
import { I18n } from '../../core/i18n/i18n';
import { LocaleFormat } from '../../core/i18n/locale-format';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import { Icon } from '../../ui/icon/icon';
import { PageHeader } from '../../ui/page-header/page-header';
import { SkeletonRows } from '../../ui/skeleton/skeleton-rows';
import { ChangePassword } from '../change-password/change-password';
import { digitsOf } from '../code-field';
import { MfaEnrolment } from '../mfa-enrolment/mfa-enrolment';
import { PracticeExportCard } from '../../practice-export/practice-export-card';
import { RecoveryCodesPanel } from '../recovery-codes/recovery-codes';
import { SecurityApi } from '../security-api';

type Mode = 'idle' | 'enrol' | 'disable' | 'newCodes';

/** Instellingen → Beveiliging: two-step sign-in, password, practice rule. */
@Component({
  selector: 'hk-security-page',
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatButton,
    MatCard,
    MatCardContent,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatSlideToggle,
    Alert,
    Icon,
    PageHeader,
    SkeletonRows,
    ChangePassword,
    MfaEnrolment,
    RecoveryCodesPanel,
    PracticeExportCard,
    TranslatePipe,
  ],
  templateUrl: './security-page.html',
  styleUrl: './security-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SecurityPage implements OnInit {
  private readonly api = inject(SecurityApi);
  private readonly auth = inject(AuthStore);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);
  private readonly format = inject(LocaleFormat);

  protected readonly user = this.auth.user;
  protected readonly isOwner = this.auth.isOwner;
  protected readonly status = signal<MfaStatus | null>(null);
  protected readonly practice = signal<PracticeSecurity | null>(null);
  protected readonly mode = signal<Mode>('idle');
  protected readonly useRecovery = signal(false);
  protected readonly newCodes = signal<string[] | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly codeError = signal<string | null>(null);
  protected readonly pending = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', Validators.required],
  });

  protected readonly enabledSince = computed(() => {
    const at = this.status()?.enabledAt;
    return at
      ? this.i18n.t('security.mfa.onSince', { date: this.format.date(at) })
      : null;
  });

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  protected setMode(mode: Mode): void {
    this.mode.set(mode);
    this.useRecovery.set(false);
    this.form.reset();
    this.codeError.set(null);
    this.error.set(null);
    this.notice.set(null);
  }

  protected toggleRecovery(): void {
    this.useRecovery.update((on) => !on);
    this.form.reset();
    this.codeError.set(null);
  }

  protected async enrolled(): Promise<void> {
    this.setMode('idle');
    this.notice.set(this.i18n.t('security.mfa.otherSessions'));
    await Promise.all([this.load(), this.auth.refresh()]);
  }

  protected async submitCode(): Promise<void> {
    if (this.pending()) return;
    this.codeError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue().code.trim();
    this.pending.set(true);
    try {
      if (this.mode() === 'disable') {
        await firstValueFrom(
          this.api.disable(
            this.useRecovery()
              ? { recoveryCode: value }
              : { code: digitsOf(value) },
          ),
        );
        this.setMode('idle');
        this.notice.set(this.i18n.t('security.mfa.disabled'));
        await Promise.all([this.load(), this.auth.refresh()]);
      } else {
        const { recoveryCodes } = await firstValueFrom(
          this.api.newRecoveryCodes(digitsOf(value)),
        );
        this.newCodes.set(recoveryCodes);
      }
    } catch (error: unknown) {
      const detail = toApiFailure(error).details[0];
      if (detail) this.codeError.set(detail.message);
      else this.error.set(this.errors.describe(error));
      this.form.controls.code.setErrors(detail ? { server: true } : null);
    } finally {
      this.pending.set(false);
    }
  }

  protected async codesKept(): Promise<void> {
    this.newCodes.set(null);
    this.setMode('idle');
    this.notice.set(this.i18n.t('security.mfa.otherSessions'));
    await this.load();
  }

  protected async togglePractice(required: boolean): Promise<void> {
    this.notice.set(null);
    this.error.set(null);
    try {
      this.practice.set(
        await firstValueFrom(this.api.updatePractice(required)),
      );
      this.notice.set(
        this.i18n.t(
          required ? 'security.practice.savedOn' : 'security.practice.savedOff',
        ),
      );
    } catch (error: unknown) {
      this.error.set(this.errors.describe(error));
    }
  }

  private async load(): Promise<void> {
    try {
      const [status, practice] = await Promise.all([
        firstValueFrom(this.api.status()),
        firstValueFrom(this.api.practice()),
      ]);
      this.status.set(status);
      this.practice.set(practice);
    } catch (error: unknown) {
      this.error.set(this.errors.describe(error));
    }
  }
}

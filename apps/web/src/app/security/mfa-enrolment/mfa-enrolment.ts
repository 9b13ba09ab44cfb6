import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { MfaEnrolment as Enrolment } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { toApiFailure } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/http/error-message';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import { Icon } from '../../ui/icon/icon';
import { digitsOf, totpCode } from '../code-field';
import { RecoveryCodesPanel } from '../recovery-codes/recovery-codes';
import { SecurityApi } from '../security-api';

/** The password again, then scan, confirm with a code, and keep the recovery codes. */
@Component({
  selector: 'hk-mfa-enrolment',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    Alert,
    Icon,
    RecoveryCodesPanel,
    TranslatePipe,
  ],
  templateUrl: './mfa-enrolment.html',
  styleUrl: './mfa-enrolment.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MfaEnrolment {
  private readonly api = inject(SecurityApi);
  private readonly errors = inject(ErrorMessage);
  private readonly clipboard = inject(Clipboard);

  readonly email = input.required<string>();
  /** After the user confirmed they kept the recovery codes. */
  readonly done = output<void>();

  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('code');
  private readonly passwordInput =
    viewChild<ElementRef<HTMLInputElement>>('password');

  protected readonly enrolment = signal<Enrolment | null>(null);
  protected readonly recoveryCodes = signal<string[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly codeError = signal<string | null>(null);
  protected readonly passwordError = signal<string | null>(null);
  protected readonly passwordForm = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
  });
  protected readonly pending = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, totpCode]],
  });

  /** Only with the password again does the server make a secret. */
  protected async start(): Promise<void> {
    if (this.pending()) return;
    this.passwordError.set(null);
    if (this.passwordForm.invalid) {
      this.passwordForm.markAllAsTouched();
      this.passwordInput()?.nativeElement.focus();
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    try {
      this.enrolment.set(
        await firstValueFrom(
          this.api.startEnrolment(
            this.passwordForm.getRawValue().currentPassword,
          ),
        ),
      );
      this.passwordForm.reset();
    } catch (error: unknown) {
      const field = toApiFailure(error).details.find(
        (d) => d.field === 'currentPassword',
      );
      if (field) {
        this.passwordError.set(field.message);
        this.passwordForm.controls.currentPassword.setValue('');
        this.passwordForm.controls.currentPassword.setErrors({ server: true });
        this.passwordInput()?.nativeElement.focus();
      } else this.error.set(this.errors.describe(error));
    } finally {
      this.pending.set(false);
    }
  }

  protected copyKey(): void {
    const secret = this.enrolment()?.secret;
    if (secret) this.clipboard.copy(secret.replace(/ /g, ''));
  }

  protected async confirm(): Promise<void> {
    if (this.pending()) return;
    this.codeError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.codeInput()?.nativeElement.focus();
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    try {
      const { recoveryCodes } = await firstValueFrom(
        this.api.confirmEnrolment(digitsOf(this.form.getRawValue().code)),
      );
      this.recoveryCodes.set(recoveryCodes);
    } catch (error: unknown) {
      const field = toApiFailure(error).details.find((d) => d.field === 'code');
      if (field) {
        this.codeError.set(field.message);
        this.form.controls.code.setValue('');
        this.codeInput()?.nativeElement.focus();
      } else this.error.set(this.errors.describe(error));
    } finally {
      this.pending.set(false);
    }
  }
}

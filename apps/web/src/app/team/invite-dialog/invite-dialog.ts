import { NAME_MAX_LENGTH } from '@herstelkompas/contracts';
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
  MAT_DIALOG_DATA,
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
  MAT_FORM_FIELD_DEFAULT_OPTIONS,
} from '@angular/material/form-field';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import type {
  InvitationCreated,
  InvitePractitionerRequest,
  PractitionerRole,
} from '@herstelkompas/contracts';
import { emailValidator } from '../../core/forms/email-validator';
import { toApiFailure } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/http/error-message';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import { CopyLink } from '../../ui/copy-link/copy-link';

export interface InviteDialogData {
  invite: (request: InvitePractitionerRequest) => Promise<InvitationCreated>;
}

type Field = 'email' | 'displayName' | 'role';

/**
 * Invite a colleague. The answer is a one-time link, shown once: the owner
 * passes it on personally, or ticks the box and Herstelkompas mails it.
 */
@Component({
  selector: 'hk-invite-dialog',
  imports: [
    CopyLink,
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
    MatRadioGroup,
    MatRadioButton,
    MatCheckbox,
    TranslatePipe,
    HkDatePipe,
    Alert,
  ],
  templateUrl: './invite-dialog.html',
  styleUrl: './invite-dialog.scss',
  // Long hints wrap on phones; let the space under a field grow with them.
  providers: [
    {
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { appearance: 'outline', subscriptSizing: 'dynamic' },
    },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteDialog {
  private readonly data = inject<InviteDialogData>(MAT_DIALOG_DATA);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);

  protected readonly roles: readonly PractitionerRole[] = [
    'practitioner',
    'owner',
  ];
  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, emailValidator],
    }),
    displayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)],
    }),
    role: new FormControl<PractitionerRole>('practitioner', {
      nonNullable: true,
    }),
    byEmail: new FormControl(false, { nonNullable: true }),
  });
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly created = signal<InvitationCreated | null>(null);
  // Control errors are no signal; bump this after setting them from code.
  private readonly revision = signal(0);

  protected roleLabel(role: PractitionerRole) {
    return `team.roles.${role}` as const;
  }

  protected roleHelp(role: PractitionerRole) {
    return `team.inviteDialog.roleHelp.${role}` as const;
  }

  protected error(field: Field): string | null {
    this.revision();
    const errors = this.form.controls[field].errors;
    if (!errors) return null;
    if (typeof errors['server'] === 'string') return errors['server'];
    if (errors['required']) {
      return this.i18n.t(
        field === 'email'
          ? 'team.inviteDialog.emailRequired'
          : 'team.inviteDialog.nameRequired',
      );
    }
    if (errors['email']) return this.i18n.t('team.inviteDialog.emailFormat');
    if (errors['maxlength']) return this.i18n.t('errors.tooLong', { max: 100 });
    return this.i18n.t('errors.unexpected');
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.revision.update((r) => r + 1);
      return;
    }
    this.pending.set(true);
    this.failure.set(null);
    try {
      const { email, displayName, role, byEmail } = this.form.getRawValue();
      this.created.set(
        await this.data.invite({
          email: email.trim(),
          displayName: displayName.trim(),
          role,
          ...(byEmail ? { send: 'email' as const } : {}),
        }),
      );
    } catch (error: unknown) {
      this.showFailure(error);
    } finally {
      this.pending.set(false);
    }
  }

  private showFailure(error: unknown): void {
    const failure = toApiFailure(error);
    const unmatched = failure.details.filter((detail) => {
      const control = this.form.get(detail.field);
      control?.setErrors({ server: detail.message });
      control?.markAsTouched();
      return !control;
    });
    this.revision.update((r) => r + 1);
    if (failure.details.length && !unmatched.length) return;
    this.failure.set(
      unmatched.map((detail) => detail.message).join(' ') ||
        this.errors.describe(failure),
    );
  }
}

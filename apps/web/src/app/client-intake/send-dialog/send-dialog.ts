import { LowerCasePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import type {
  ClientDetail,
  CreateInvitationRequest,
  CreatedInvitation,
  IntakeVariant,
  SendBy,
} from '@herstelkompas/contracts';
import { INTAKE_VARIANTS } from '@herstelkompas/contracts';
import { AuthStore } from '../../core/auth/auth-store';
import { ErrorMessage } from '../../core/http/error-message';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { LocaleFormat } from '../../core/i18n/locale-format';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import { Icon } from '../../ui/icon/icon';
import { VARIANT_LABELS } from '../invitation-status';
import { invitationMail, mailtoLink } from '../invitation-mail';
import { QrCode } from '../qr-code/qr-code';
import { CopyLink } from '../../ui/copy-link/copy-link';

export interface SendDialogData {
  client: ClientDetail;
  defaultVariant: IntakeVariant;
  create: (request: CreateInvitationRequest) => Promise<CreatedInvitation>;
  /** Links still open: a new one does not stop them. */
  openCount?: number;
  /** Set after "opnieuw versturen": the new link is already made. */
  created?: CreatedInvitation;
}

export const EXPIRY_OPTIONS = [7, 14, 30, 60] as const;

/**
 * Make an intake link and hand it over: copy, QR code for the practice
 * tablet, or a ready e-mail in the client's language. The link exists only
 * in this dialog: the API stores its hash.
 */
@Component({
  selector: 'hk-send-dialog',
  imports: [
    CopyLink,
    FormsModule,
    LowerCasePipe,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatSelect,
    MatOption,
    MatRadioGroup,
    MatRadioButton,
    TranslatePipe,
    HkDatePipe,
    Alert,
    Icon,
    QrCode,
  ],
  templateUrl: './send-dialog.html',
  styleUrl: './send-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SendDialog {
  protected readonly data = inject<SendDialogData>(MAT_DIALOG_DATA);
  private readonly auth = inject(AuthStore);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);
  private readonly format = inject(LocaleFormat);

  protected readonly variants = INTAKE_VARIANTS;
  protected readonly variantLabels = VARIANT_LABELS;
  protected readonly expiryOptions = EXPIRY_OPTIONS;
  protected readonly variant = signal<IntakeVariant>(this.data.defaultVariant);
  protected readonly expiresInDays = signal<number>(14);
  protected readonly sendBy = signal<SendBy>('link');
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly created = signal<CreatedInvitation | null>(
    this.data.created ?? null,
  );

  protected readonly mailto = computed(() => {
    const created = this.created();
    const user = this.auth.user();
    if (!created) return null;
    const { client } = this.data;
    const mail = invitationMail(client.preferredLanguage, {
      variant: created.variant,
      clientFirstName: client.firstName,
      practitionerName: user?.practitioner.displayName ?? '',
      practiceName: user?.practice.name ?? '',
      url: created.url,
      // dd-mm-jjjj is the same in both languages.
      expiresOn: this.format.date(created.expiresAt),
    });
    return mailtoLink(client.email, mail);
  });
  protected readonly mailLanguage = computed(
    () =>
      `clientIntake.dialog.languages.${this.data.client.preferredLanguage}` as const,
  );

  protected variantHelp(variant: IntakeVariant) {
    return `clientIntake.dialog.variantHelp.${variant}` as const;
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    this.pending.set(true);
    this.failure.set(null);
    try {
      this.created.set(
        await this.data.create({
          variant: this.variant(),
          expiresInDays: this.expiresInDays(),
          ...(this.sendBy() === 'email' ? { send: 'email' as const } : {}),
        }),
      );
    } catch (error: unknown) {
      this.failure.set(this.errors.describe(error));
    } finally {
      this.pending.set(false);
    }
  }

  protected expiryLabel(days: number): string {
    return this.i18n.t('clientIntake.dialog.expiryOption', { days });
  }
}

/** Opens the dialog at a width that fits the QR code beside the mail. */
export function openSendDialog(dialog: MatDialog, data: SendDialogData) {
  return dialog.open<SendDialog, SendDialogData>(SendDialog, {
    data,
    width: '640px',
    maxWidth: 'calc(100vw - 32px)',
  });
}

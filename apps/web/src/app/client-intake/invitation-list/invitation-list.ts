import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import type {
  ClientDetail,
  IntakeInvitation,
  MailStatus,
} from '@herstelkompas/contracts';
import { ErrorMessage } from '../../core/http/error-message';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import type { IconName } from '../../ui/icon/icon-paths';
import { SkeletonRows } from '../../ui/skeleton/skeleton-rows';
import { ClientIntakeStore } from '../client-intake-store';
import {
  STATUS_ICONS,
  STATUS_LABELS,
  VARIANT_LABELS,
  ageInDays,
  canResend,
  isOpen,
} from '../invitation-status';
import { openSendDialog } from '../send-dialog/send-dialog';
import { LoadStateBlock } from '../../ui/load-state/load-state';

/** The client's intake links: where each stands, and revoke or send again. */
@Component({
  selector: 'hk-invitation-list',
  imports: [
    LoadStateBlock,
    MatButton,
    TranslatePipe,
    HkDatePipe,
    Icon,
    SkeletonRows,
  ],
  templateUrl: './invitation-list.html',
  styleUrl: './invitation-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationList {
  protected readonly store = inject(ClientIntakeStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);

  readonly client = input.required<ClientDetail>();

  protected readonly statusLabels = STATUS_LABELS;
  protected readonly statusIcons = STATUS_ICONS;
  protected readonly variantLabels = VARIANT_LABELS;
  protected readonly isOpen = isOpen;
  protected readonly canResend = canResend;
  /** The invitation an action is running for: its buttons wait. */
  protected readonly busy = signal<string | null>(null);
  private readonly now = new Date();

  protected readonly rows = computed(() =>
    this.store.invitations().map((invitation) => {
      const days = ageInDays(invitation.createdAt, this.now);
      return {
        invitation,
        age: this.i18n.t('clientIntake.list.age', { count: days }),
      };
    }),
  );

  protected deliveryKey(status: MailStatus) {
    return `clientIntake.list.delivery.${status}` as const;
  }

  protected deliveryIcon(status: MailStatus): IconName {
    if (status === 'sent') return 'check_circle';
    if (status === 'failed' || status === 'refused') return 'error';
    if (status === 'retrying') return 'schedule';
    if (status === 'unsent' || status === 'cancelled') return 'pause_circle';
    return 'mail';
  }

  protected async revoke(invitation: IntakeInvitation): Promise<void> {
    await this.run(invitation, async () => {
      await this.store.revoke(invitation.id);
      this.notify(this.i18n.t('clientIntake.list.revoked'));
    });
  }

  protected async resend(invitation: IntakeInvitation): Promise<void> {
    await this.run(invitation, async () => {
      const client = this.client();
      const created = await this.store.resend(invitation, {
        clientHasEmail: Boolean(client.email?.trim()),
      });
      // The new link is shown once, like any new link.
      openSendDialog(this.dialog, {
        client,
        defaultVariant: created.variant,
        create: (request) => this.store.create(client.id, request),
        created,
      });
    });
  }

  private async run(
    invitation: IntakeInvitation,
    action: () => Promise<void>,
  ): Promise<void> {
    if (this.busy()) return;
    this.busy.set(invitation.id);
    try {
      await action();
    } catch (error: unknown) {
      this.notify(this.errors.describe(error));
    } finally {
      this.busy.set(null);
    }
  }

  private notify(message: string): void {
    this.snackBar.open(message, undefined, { duration: 5000 });
  }
}

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
  MailDelivery,
} from '@herstelkompas/contracts';
import { ErrorMessage } from '../../core/http/error-message';
import { I18n } from '../../core/i18n/i18n';
import { LocaleFormat } from '../../core/i18n/locale-format';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import type {
  TranslationKey,
  TranslationParams,
} from '../../core/i18n/translations';
import { Icon } from '../../ui/icon/icon';
import type { IconName } from '../../ui/icon/icon-paths';
import { ClientIntakeStore } from '../client-intake-store';
import { STATUS_ICONS, VARIANT_LABELS, canResend } from '../invitation-status';
import { openSendDialog } from '../send-dialog/send-dialog';

/** The header's line about the newest intake link, in words. */
export interface IntakeStateView {
  icon: IconName;
  parts: string[];
  invitation: IntakeInvitation | null;
  resend: boolean;
}

const MAIL_PROBLEMS: readonly MailDelivery['status'][] = [
  'failed',
  'refused',
  'unsent',
  'cancelled',
];

/**
 * Where the newest intake link stands, in the client page header: sent on
 * (by e-mail or as a link), opened, reminder, expiry, finished. "Opnieuw
 * versturen" where a new link helps. Needs a loaded ClientIntakeStore.
 */
@Component({
  selector: 'hk-intake-state',
  imports: [MatButton, TranslatePipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (view(); as v) {
      <p class="state" data-testid="intake-state">
        <hk-icon [name]="v.icon" />
        <span class="words">{{ v.parts.join(' · ') }}</span>
      </p>
      @if (v.resend && v.invitation && canSend()) {
        <button
          matButton
          type="button"
          class="resend"
          data-testid="intake-state-resend"
          [disabled]="busy()"
          (click)="resend(v.invitation)"
        >
          {{ 'clientIntake.state.resend' | t }}
        </button>
      }
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 8px;
    }
    .state {
      display: inline-flex;
      align-items: flex-start;
      gap: 6px;
      margin: 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    hk-icon {
      flex-shrink: 0;
      width: 18px;
      height: 18px;
      margin-top: 1px;
    }
    .resend {
      min-height: 44px;
    }
  `,
})
export class IntakeState {
  private readonly store = inject(ClientIntakeStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);
  private readonly format = inject(LocaleFormat);

  readonly client = input.required<ClientDetail>();

  protected readonly busy = signal(false);
  /** An archived record gets no new links. */
  protected readonly canSend = computed(
    () => this.client().status !== 'archived',
  );
  protected readonly view = computed<IntakeStateView | null>(() => {
    this.i18n.language();
    if (this.store.status() !== 'ready') return null;
    return describeIntake(this.store.invitations()[0] ?? null, {
      hasAssessment: this.client().latestScores !== null,
      t: (key, params) => this.i18n.t(key, params),
      date: (iso) => this.format.date(iso),
    });
  });

  protected async resend(invitation: IntakeInvitation): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      const created = await this.store.resend(invitation);
      const client = this.client();
      // The new link is shown once, like any new link.
      openSendDialog(this.dialog, {
        client,
        defaultVariant: created.variant,
        create: (request) => this.store.create(client.id, request),
        created,
      });
    } catch (error: unknown) {
      this.snackBar.open(this.errors.describe(error), undefined, {
        duration: 5000,
      });
    } finally {
      this.busy.set(false);
    }
  }
}

/**
 * The newest link in words, or "Nog geen intake verstuurd" (with "meting
 * aanwezig" when a measurement came in without a link).
 */
export function describeIntake(
  invitation: IntakeInvitation | null,
  words: {
    hasAssessment?: boolean;
    t(key: TranslationKey, params?: TranslationParams): string;
    date(iso: string): string;
  },
): IntakeStateView {
  const { t, date } = words;
  if (!invitation) {
    return {
      icon: 'mail',
      parts: [
        t(
          words.hasAssessment
            ? 'clientIntake.state.noneWithAssessment'
            : 'clientIntake.state.none',
        ),
      ],
      invitation: null,
      resend: false,
    };
  }
  const variant = t(VARIANT_LABELS[invitation.variant]);
  const parts: string[] = [];
  switch (invitation.status) {
    case 'submitted':
      parts.push(
        t('clientIntake.state.submitted', {
          variant,
          date: date(invitation.submittedAt ?? invitation.createdAt),
        }),
      );
      break;
    case 'expired':
      parts.push(
        t('clientIntake.state.expired', {
          variant,
          date: date(invitation.expiresAt),
        }),
      );
      break;
    case 'revoked':
      parts.push(
        t('clientIntake.state.revoked', {
          variant,
          date: date(invitation.revokedAt ?? invitation.createdAt),
        }),
      );
      break;
    default: {
      parts.push(
        t(
          invitation.delivery
            ? 'clientIntake.state.sentEmail'
            : 'clientIntake.state.sentLink',
          { variant, date: date(invitation.createdAt) },
        ),
      );
      if (
        invitation.delivery &&
        MAIL_PROBLEMS.includes(invitation.delivery.status)
      )
        parts.push(t('clientIntake.state.mailProblem'));
      parts.push(
        invitation.openedAt
          ? t('clientIntake.state.opened', { date: date(invitation.openedAt) })
          : t('clientIntake.state.notOpened'),
      );
      if (invitation.status === 'in_progress')
        parts.push(t('clientIntake.state.inProgress'));
      const reminder = invitation.reminder;
      if (reminder?.status === 'sent' && reminder.sentAt)
        parts.push(
          t('clientIntake.state.reminderSent', { date: date(reminder.sentAt) }),
        );
      else if (reminder?.status === 'scheduled' && reminder.nextAttemptAt)
        parts.push(
          t('clientIntake.state.reminderPlanned', {
            date: date(reminder.nextAttemptAt),
          }),
        );
      if (invitation.locked) parts.push(t('clientIntake.state.locked'));
      parts.push(
        t('clientIntake.state.expires', { date: date(invitation.expiresAt) }),
      );
    }
  }
  return {
    icon: STATUS_ICONS[invitation.status],
    parts,
    invitation,
    resend: canResend(invitation) || invitation.locked,
  };
}

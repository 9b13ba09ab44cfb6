import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { ClientDetail, RedFlagReview } from '@herstelkompas/contracts';
import {
  RED_FLAG_CONDITION_LABELS,
  URGENCY_LABELS,
} from '@herstelkompas/domain';
import { firstValueFrom } from 'rxjs';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { ClientPageStore } from '../../clients/client-page-store';
import { AckDialog, type AckDialogData } from '../ack-dialog/ack-dialog';
import { RedFlagsStore } from './red-flags-store';

/**
 * Open red flags, clear and first: what, how urgent, since when, and one
 * action to record what was done. Handled flags stay, folded, as a record.
 * Loads them itself; needs a RedFlagsStore from an ancestor (the client
 * page), which the overview shares to follow acknowledgements.
 */
@Component({
  selector: 'hk-red-flag-banner',
  imports: [MatButton, TranslatePipe, HkDatePipe, Icon],
  templateUrl: './red-flag-banner.html',
  styleUrl: './red-flag-banner.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RedFlagBanner {
  protected readonly store = inject(RedFlagsStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18n);
  // Optional: the banner also works outside a client page.
  private readonly clientStore = inject(ClientPageStore, { optional: true });

  readonly client = input.required<ClientDetail>();

  // Flags come only from assessments: without one there is nothing to ask.
  private readonly toLoad = computed(() => {
    const client = this.client();
    return client.latestScores !== null || client.openRedFlagCount > 0
      ? client.id
      : null;
  });
  protected readonly showHandled = signal(false);
  protected readonly open = computed(() =>
    this.store.open().map((r) => this.describe(r)),
  );
  protected readonly handled = computed(() =>
    this.store.handled().map((r) => this.describe(r)),
  );

  constructor() {
    effect(() => {
      const id = this.toLoad();
      if (id) untracked(() => void this.store.load(id));
    });
  }

  protected async handle(review: RedFlagReview): Promise<void> {
    const ref = this.dialog.open<AckDialog, AckDialogData, boolean>(AckDialog, {
      data: {
        review,
        acknowledge: (request) => this.store.acknowledge(review.id, request),
      },
      width: '560px',
      maxWidth: 'calc(100vw - 32px)',
    });
    if (await firstValueFrom(ref.afterClosed())) {
      // The header's red-flag count comes from the client record.
      void this.clientStore?.refresh();
      this.snackBar.open(this.i18n.t('overview.redFlags.done'), undefined, {
        duration: 5000,
      });
    }
  }

  private describe(review: RedFlagReview) {
    const language = this.i18n.language();
    const ack = review.acknowledged;
    return {
      review,
      condition: RED_FLAG_CONDITION_LABELS[review.flag.condition][language],
      label: review.flag.label[language],
      urgency: URGENCY_LABELS[review.flag.urgency][language],
      urgent: review.flag.urgency === 'urgent_same_day',
      action: ack ? this.i18n.t(`overview.ack.actions.${ack.action}`) : null,
    };
  }
}

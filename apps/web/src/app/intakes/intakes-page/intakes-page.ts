import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import type { InvitationListItem } from '@herstelkompas/contracts';
import { map } from 'rxjs';
import {
  STATUS_ICONS,
  STATUS_LABELS,
  VARIANT_LABELS,
  ageInDays,
} from '../../client-intake/invitation-status';
import { ErrorMessage } from '../../core/http/error-message';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { EmptyState } from '../../ui/empty-state/empty-state';
import { Icon } from '../../ui/icon/icon';
import { PageHeader } from '../../ui/page-header/page-header';
import { IntakesStore } from '../intakes-store';
import { LoadStateBlock } from '../../ui/load-state/load-state';

const PHONE = '(max-width: 599.98px)';

/** Intakes: every link still waiting for a client, across the practice. */
@Component({
  selector: 'hk-intakes-page',
  imports: [
    LoadStateBlock,
    NgTemplateOutlet,
    RouterLink,
    MatButton,
    TranslatePipe,
    HkDatePipe,
    EmptyState,
    Icon,
    PageHeader,
  ],
  providers: [IntakesStore],
  templateUrl: './intakes-page.html',
  styleUrl: './intakes-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IntakesPage {
  protected readonly store = inject(IntakesStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);

  protected readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe(PHONE)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly statusIcons = STATUS_ICONS;
  protected readonly variantLabels = VARIANT_LABELS;
  protected readonly busy = signal<string | null>(null);
  private readonly now = new Date();

  protected readonly rows = computed(() =>
    this.store.items().map((item) => {
      const days = ageInDays(item.createdAt, this.now);
      return {
        item,
        age: this.i18n.t('clientIntake.list.age', { count: days }),
      };
    }),
  );
  protected readonly countText = computed(() => {
    return this.i18n.t('intakes.count', { count: this.store.items().length });
  });

  constructor() {
    void this.store.load();
  }

  protected async revoke(item: InvitationListItem): Promise<void> {
    if (this.busy()) return;
    this.busy.set(item.id);
    try {
      await this.store.revoke(item.id);
      this.notify(
        this.i18n.t('intakes.revoked', { name: item.client.displayName }),
      );
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

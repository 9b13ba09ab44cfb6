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
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import {
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { ClientIntakeStore } from '../../client-intake/client-intake-store';
import { SendIntakeButton } from '../../client-intake/send-intake-button/send-intake-button';
import { PortalInviteButton } from '../../portal-invite/portal-invite-button';
import { IntakeState } from '../../client-intake/intake-state/intake-state';
import { FileDownload } from '../../client-report/file-download';
import { EXPORT_PATHS } from '@herstelkompas/contracts';
import { AuthStore } from '../../core/auth/auth-store';
import { todayInAmsterdam } from '../../core/forms/dutch-date';
import type { ApiFailure } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/http/error-message';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Confirm } from '../../ui/confirm-dialog/confirm';
import { DomainChip } from '../../ui/domain-chip/domain-chip';
import { Icon } from '../../ui/icon/icon';
import { PageHeader } from '../../ui/page-header/page-header';
import { ClientStatusChip } from '../client-status';
import { ClientPageStore } from '../client-page-store';
import { RedFlagBanner } from '../../client-overview/red-flags/red-flag-banner';
import { RedFlagsStore } from '../../client-overview/red-flags/red-flags-store';
import { ageOf } from '../client-view';
import {
  EraseDialog,
  type EraseDialogData,
} from '../erase-dialog/erase-dialog';
import { RedFlagCount } from '../red-flag-count';
import {
  ShareDialog,
  type ShareDialogData,
} from '../share-dialog/share-dialog';
import { LoadStateBlock } from '../../ui/load-state/load-state';

/**
 * The header's main action: restore an archived record, send the first
 * intake while none is out, otherwise write a note.
 */
export type PrimaryAction = 'restore' | 'intake' | 'note' | 'none';

/**
 * One client: header with the essentials, where the intake stands, one main
 * action, the everyday ones beside it and the rarer or sensitive ones
 * (share, export, archive, erase) under "Meer acties"; then tabs.
 */
@Component({
  selector: 'hk-client-page',
  imports: [
    LoadStateBlock,
    IntakeState,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    MatButton,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatTabNav,
    MatTabLink,
    MatTabNavPanel,
    TranslatePipe,
    DomainChip,
    Icon,
    PageHeader,
    ClientStatusChip,
    RedFlagCount,
    RedFlagBanner,
    SendIntakeButton,
    PortalInviteButton,
  ],
  // Header (send button, red-flag banner) and tabs share these.
  providers: [ClientPageStore, ClientIntakeStore, RedFlagsStore],
  templateUrl: './client-page.html',
  styleUrl: './client-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientPage {
  protected readonly store = inject(ClientPageStore);
  private readonly auth = inject(AuthStore);
  private readonly i18n = inject(I18n);
  private readonly errors = inject(ErrorMessage);
  private readonly confirm = inject(Confirm);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly intakes = inject(ClientIntakeStore);
  private readonly files = inject(FileDownload);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly client = this.store.client;
  protected readonly isOwner = this.auth.isOwner;
  protected readonly age = computed(() => {
    const client = this.client();
    return client ? ageOf(client.dateOfBirth, todayInAmsterdam()) : null;
  });
  /**
   * The owner and the responsible practitioner manage the record: edit it,
   * archive it, share it, export it. A colleague it is shared with works in
   * it (sessions, goals, reports) but is not offered what the API refuses.
   */
  protected readonly canManage = computed(
    () =>
      this.isOwner() ||
      this.client()?.responsiblePractitioner.id ===
        this.auth.user()?.practitioner.id,
  );

  protected readonly primaryAction = computed<PrimaryAction>(() => {
    const client = this.client();
    if (!client) return 'none';
    if (client.status === 'archived')
      return this.canManage() ? 'restore' : 'none';
    const waiting = this.intakes.open().length > 0;
    return client.latestScores === null && !waiting ? 'intake' : 'note';
  });
  protected readonly exporting = signal(false);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
    // The header says where the intake stands, on every tab.
    effect(() => {
      const id = this.client()?.id;
      if (id) untracked(() => void this.intakes.ensure(id));
    });
  }

  /** The whole record as a ZIP (AVG art. 15/20); a failure is said in words. */
  protected async exportRecord(): Promise<void> {
    const client = this.client();
    if (!client || this.exporting()) return;
    this.exporting.set(true);
    try {
      await this.files.save(
        EXPORT_PATHS.clientExport(encodeURIComponent(client.id)),
        'dossier.zip',
      );
    } catch (failure: unknown) {
      this.snackBar.open(
        `${this.i18n.t('clientReport.actions.exportFailed')} ${this.errors.describe(failure as ApiFailure)}`,
        undefined,
        { duration: 8000 },
      );
    } finally {
      this.exporting.set(false);
    }
  }

  protected retry(): void {
    void this.store.load(this.id());
  }

  protected async archive(): Promise<void> {
    const name = this.client()?.displayName ?? '';
    const ok = await this.confirm.ask({
      title: this.i18n.t('clients.page.archiveTitle'),
      body: this.i18n.t('clients.page.archiveBody', { name }),
      confirm: this.i18n.t('clients.page.archive'),
      cancel: this.i18n.t('common.cancel'),
      destructive: true,
    });
    if (ok) await this.run(() => this.store.archive(), 'clients.page.archived');
  }

  protected async restore(): Promise<void> {
    const name = this.client()?.displayName ?? '';
    const ok = await this.confirm.ask({
      title: this.i18n.t('clients.page.restoreTitle'),
      body: this.i18n.t('clients.page.restoreBody', { name }),
      confirm: this.i18n.t('clients.page.restore'),
      cancel: this.i18n.t('common.cancel'),
    });
    if (ok) await this.run(() => this.store.restore(), 'clients.page.restored');
  }

  protected async share(): Promise<void> {
    const client = this.client();
    if (!client) return;
    const ref = this.dialog.open<ShareDialog, ShareDialogData, boolean>(
      ShareDialog,
      {
        data: { client, save: (ids) => this.store.share(ids) },
        width: '480px',
        maxWidth: 'calc(100vw - 32px)',
      },
    );
    if (await firstValueFrom(ref.afterClosed())) {
      this.notify(this.i18n.t('clients.share.saved'));
    }
  }

  protected async erase(): Promise<void> {
    const client = this.client();
    if (!client) return;
    const ref = this.dialog.open<EraseDialog, EraseDialogData, boolean>(
      EraseDialog,
      {
        data: { client, erase: () => this.store.erase() },
        width: '520px',
        maxWidth: 'calc(100vw - 32px)',
      },
    );
    if (await firstValueFrom(ref.afterClosed())) {
      await this.router.navigate(['/clienten']);
      this.notify(this.i18n.t('clients.erase.done'));
    }
  }

  private async run(
    action: () => Promise<void>,
    done: 'clients.page.archived' | 'clients.page.restored',
  ): Promise<void> {
    try {
      await action();
      this.notify(this.i18n.t(done));
    } catch (error: unknown) {
      this.notify(this.errors.describe(error));
    }
  }

  private notify(message: string): void {
    this.snackBar.open(message, undefined, { duration: 5000 });
  }
}

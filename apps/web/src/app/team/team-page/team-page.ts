import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import type {
  PractitionerRole,
  TeamMember,
  UpdatePractitionerRequest,
} from '@herstelkompas/contracts';
import { AuthStore } from '../../core/auth/auth-store';
import { ErrorMessage } from '../../core/http/error-message';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import { Confirm } from '../../ui/confirm-dialog/confirm';
import { Icon } from '../../ui/icon/icon';
import type { IconName } from '../../ui/icon/icon-paths';
import { PageHeader } from '../../ui/page-header/page-header';
import {
  InviteDialog,
  type InviteDialogData,
} from '../invite-dialog/invite-dialog';
import { TeamApi } from '../team-api';
import { type MemberStatus, TeamStore, memberStatus } from '../team-store';
import { LoadStateBlock } from '../../ui/load-state/load-state';

const STATUS_ICONS: Record<MemberStatus, IconName> = {
  active: 'check_circle',
  invited: 'mail',
  inactive: 'person_off',
};

/** Team (owner only): who works in the practice, and with which role. */
@Component({
  selector: 'hk-team-page',
  imports: [
    LoadStateBlock,
    MatTable,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatCell,
    MatCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    MatButton,
    MatIconButton,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    TranslatePipe,
    Alert,
    Icon,
    PageHeader,
  ],
  providers: [TeamStore],
  templateUrl: './team-page.html',
  styleUrl: './team-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamPage {
  protected readonly store = inject(TeamStore);
  private readonly auth = inject(AuthStore);
  private readonly i18n = inject(I18n);
  private readonly errors = inject(ErrorMessage);
  private readonly confirm = inject(Confirm);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly api = inject(TeamApi);

  protected readonly columns = ['name', 'email', 'role', 'status', 'actions'];
  protected readonly me = computed(() => this.auth.user()?.practitioner.id);
  /** Why the last change was refused, e.g. the last owner (409). */
  protected readonly failure = signal<string | null>(null);

  constructor() {
    void this.store.load();
  }

  /** Profession and registration, as they appear on reports. */
  protected signatureOf(member: TeamMember): string | null {
    return (
      [member.profession, member.registration].filter(Boolean).join(' · ') ||
      null
    );
  }

  protected statusOf(member: TeamMember): MemberStatus {
    return memberStatus(member);
  }

  protected statusIcon(member: TeamMember): IconName {
    return STATUS_ICONS[memberStatus(member)];
  }

  protected statusLabel(member: TeamMember) {
    return `team.status.${memberStatus(member)}` as const;
  }

  protected roleLabel(role: PractitionerRole) {
    return `team.roles.${role}` as const;
  }

  protected invite(): void {
    this.dialog.open<InviteDialog, InviteDialogData>(InviteDialog, {
      data: { invite: (request) => this.store.invite(request) },
      width: '520px',
      maxWidth: 'calc(100vw - 32px)',
    });
  }

  protected async changeRole(
    member: TeamMember,
    role: PractitionerRole,
  ): Promise<void> {
    const name = member.displayName;
    const roleName = this.i18n.t(this.roleLabel(role)).toLocaleLowerCase();
    await this.change(
      member,
      { role },
      {
        title: this.i18n.t('team.roleTitle'),
        body: this.i18n.t('team.roleBody', { name, role: roleName }),
        confirm: this.i18n.t(
          role === 'owner' ? 'team.makeOwner' : 'team.makePractitioner',
        ),
      },
    );
  }

  protected async setActive(member: TeamMember, active: boolean) {
    const name = member.displayName;
    await this.change(
      member,
      { active },
      active
        ? {
            title: this.i18n.t('team.reactivateTitle', { name }),
            body: this.i18n.t('team.reactivateBody', { name }),
            confirm: this.i18n.t('team.reactivate'),
          }
        : {
            title: this.i18n.t('team.deactivateTitle', { name }),
            body: this.i18n.t('team.deactivateBody', { name }),
            confirm: this.i18n.t('team.deactivate'),
            destructive: true,
          },
    );
  }

  protected async sendReset(member: TeamMember): Promise<void> {
    const name = member.displayName;
    const ok = await this.confirm.ask({
      title: this.i18n.t('team.resetTitle', { name }),
      body: this.i18n.t('team.resetBody', { name }),
      confirm: this.i18n.t('team.sendReset'),
      cancel: this.i18n.t('common.cancel'),
    });
    if (!ok) return;
    this.failure.set(null);
    try {
      const delivery = await firstValueFrom(
        this.api.sendPasswordReset(member.id),
      );
      this.snackBar.open(
        this.i18n.t('team.resetSent', { email: delivery.recipient }),
        undefined,
        { duration: 6000 },
      );
    } catch (error: unknown) {
      this.failure.set(this.errors.describe(error));
    }
  }

  private async change(
    member: TeamMember,
    change: UpdatePractitionerRequest,
    question: {
      title: string;
      body: string;
      confirm: string;
      destructive?: boolean;
    },
  ): Promise<void> {
    const ok = await this.confirm.ask({
      ...question,
      cancel: this.i18n.t('common.cancel'),
    });
    if (!ok) return;
    this.failure.set(null);
    try {
      await this.store.update(member.id, change);
      this.snackBar.open(this.i18n.t('team.updated'), undefined, {
        duration: 4000,
      });
    } catch (error: unknown) {
      // The API's own words, e.g. "De praktijk heeft minstens één actieve
      // eigenaar nodig." for the last owner.
      this.failure.set(this.errors.describe(error));
    }
  }
}

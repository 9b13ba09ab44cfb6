import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import type {
  ClientDetail,
  CreatedPortalInvitation,
  SendBy,
} from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { ErrorMessage } from '../core/http/error-message';
import { HkDatePipe } from '../core/i18n/format-pipes';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { Icon } from '../ui/icon/icon';
import { PortalInviteApi } from './portal-invite-api';

export interface PortalInviteData {
  client: Pick<ClientDetail, 'id' | 'email' | 'firstName'>;
}

/** Invite a client to the portal: by e-mail, or a link to copy (shown once). */
@Component({
  selector: 'hk-portal-invite-dialog',
  imports: [
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    HkDatePipe,
    TranslatePipe,
    Icon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'portalInvite.title' | t }}</h2>
    <mat-dialog-content>
      @if (created(); as created) {
        @if (created.delivery; as delivery) {
          <p data-testid="portal-invite-queued">
            {{ 'portalInvite.queued' | t: { email: delivery.recipient } }}
          </p>
        } @else {
          <p>{{ 'portalInvite.copyIntro' | t }}</p>
          <p class="url" data-testid="portal-invite-url">{{ created.url }}</p>
          <button
            matButton="outlined"
            type="button"
            (click)="copy(created.url)"
          >
            <hk-icon matButtonIcon name="content_copy" />
            {{ (copied() ? 'portalInvite.copied' : 'portalInvite.copy') | t }}
          </button>
        }
        <p class="help">
          {{
            'portalInvite.validUntil'
              | t: { date: (created.expiresAt | hkDate: 'dateTime') }
          }}
        </p>
      } @else {
        <p>{{ 'portalInvite.intro' | t: { name: data.client.firstName } }}</p>
        @if (failure(); as failure) {
          <p class="error" role="alert">{{ failure }}</p>
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (created()) {
        <button matButton="filled" type="button" mat-dialog-close>
          {{ 'portalInvite.done' | t }}
        </button>
      } @else {
        <button matButton type="button" mat-dialog-close>
          {{ 'portalInvite.cancel' | t }}
        </button>
        <button
          matButton="outlined"
          type="button"
          data-testid="portal-invite-link"
          [disabled]="pending()"
          (click)="create('link')"
        >
          {{ 'portalInvite.makeLink' | t }}
        </button>
        @if (data.client.email) {
          <button
            matButton="filled"
            type="button"
            data-testid="portal-invite-email"
            [disabled]="pending()"
            (click)="create('email')"
          >
            {{ 'portalInvite.sendEmail' | t }}
          </button>
        }
      }
    </mat-dialog-actions>
  `,
  styles: `
    .url {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
      font-family: monospace;
      word-break: break-all;
    }
    .help {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class PortalInviteDialog {
  protected readonly data = inject<PortalInviteData>(MAT_DIALOG_DATA);
  private readonly api = inject(PortalInviteApi);
  private readonly clipboard = inject(Clipboard);
  private readonly errors = inject(ErrorMessage);

  protected readonly created = signal<CreatedPortalInvitation | null>(null);
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly copied = signal(false);

  protected async create(send: SendBy): Promise<void> {
    if (this.pending()) return;
    this.pending.set(true);
    this.failure.set(null);
    try {
      this.created.set(
        await firstValueFrom(this.api.invite(this.data.client.id, { send })),
      );
    } catch (error) {
      this.failure.set(this.errors.describe(error));
    } finally {
      this.pending.set(false);
    }
  }

  protected copy(url: string): void {
    this.copied.set(this.clipboard.copy(url));
  }
}

export function openPortalInvite(dialog: MatDialog, data: PortalInviteData) {
  return dialog.open<PortalInviteDialog, PortalInviteData>(PortalInviteDialog, {
    data,
    width: '520px',
    maxWidth: 'calc(100vw - 32px)',
  });
}

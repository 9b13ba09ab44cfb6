import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { ClientDetail } from '@herstelkompas/contracts';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { Icon } from '../ui/icon/icon';
import { openPortalInvite } from './portal-invite-dialog';

/**
 * "Portaal-uitnodiging": one self-contained button, so it can move into a
 * menu of actions as it is.
 */
@Component({
  selector: 'hk-portal-invite-button',
  imports: [MatButton, TranslatePipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (client().status !== 'archived') {
      <button
        matButton="outlined"
        type="button"
        data-testid="portal-invite"
        (click)="open()"
      >
        <hk-icon matButtonIcon name="account_circle" />
        {{ 'portalInvite.button' | t }}
      </button>
    }
  `,
})
export class PortalInviteButton {
  private readonly dialog = inject(MatDialog);
  readonly client = input.required<ClientDetail>();

  protected open(): void {
    openPortalInvite(this.dialog, { client: this.client() });
  }
}

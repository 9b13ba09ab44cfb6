import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { ClientDetail } from '@herstelkompas/contracts';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { ClientIntakeStore } from '../client-intake-store';
import { openSendDialog } from '../send-dialog/send-dialog';

/**
 * "Intake versturen". Needs a ClientIntakeStore from an ancestor, so the new
 * link appears in the client's list of intakes at once.
 */
@Component({
  selector: 'hk-send-intake-button',
  imports: [MatButton, TranslatePipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // An archived record gets no new intakes; restore it first.
  template: `
    @if (client().status !== 'archived') {
      <button
        [matButton]="appearance()"
        type="button"
        [attr.data-testid]="testId()"
        (click)="open()"
      >
        <hk-icon matButtonIcon name="mail" />
        {{ 'clientIntake.send' | t }}
      </button>
    }
  `,
})
export class SendIntakeButton {
  private readonly dialog = inject(MatDialog);
  private readonly store = inject(ClientIntakeStore);

  readonly client = input.required<ClientDetail>();
  /** A follow-up is the sensible default once there is a first intake. */
  readonly hasAssessment = input.required<boolean>();
  readonly appearance = input<'filled' | 'outlined'>('outlined');
  /** `intake-send` in the page header; a second button needs its own id. */
  readonly testId = input('intake-send');

  protected open(): void {
    const client = this.client();
    openSendDialog(this.dialog, {
      client,
      defaultVariant: this.hasAssessment() ? 'follow_up' : 'baseline',
      create: (request) => this.store.create(client.id, request),
      openCount: this.store.open().length,
    });
  }
}

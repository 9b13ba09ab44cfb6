import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { ClientDetail } from '@herstelkompas/contracts';
import { ErrorMessage } from '../../core/http/error-message';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';

export interface EraseDialogData {
  client: ClientDetail;
  erase: () => Promise<void>;
}

const normalise = (text: string) =>
  text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/**
 * Destruction on request is permanent, so the owner types the client's last
 * name first: a deliberate act, not a slip of the mouse.
 */
@Component({
  selector: 'hk-erase-dialog',
  imports: [
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    TranslatePipe,
    Alert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'clients.erase.title' | t }}</h2>
    <mat-dialog-content>
      <hk-alert kind="warning">
        {{ 'clients.erase.body' | t: { name: data.client.displayName } }}
      </hk-alert>
      @if (failure(); as message) {
        <hk-alert>{{ message }}</hk-alert>
      }
      <mat-form-field class="field">
        <mat-label>{{
          'clients.erase.confirmLabel' | t: { lastName: data.client.lastName }
        }}</mat-label>
        <input
          matInput
          autocomplete="off"
          spellcheck="false"
          data-testid="erase-last-name"
          #lastName
          (input)="typed.set(lastName.value)"
        />
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton type="button" [mat-dialog-close]="false">
        {{ 'common.cancel' | t }}
      </button>
      <button
        matButton="filled"
        type="button"
        class="destructive"
        data-testid="confirm-ok"
        [disabled]="!matches() || pending()"
        (click)="erase()"
      >
        {{ 'clients.erase.confirm' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .field {
      width: 100%;
    }
    .destructive:not(:disabled) {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class EraseDialog {
  protected readonly data = inject<EraseDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<EraseDialog, boolean>);
  private readonly errors = inject(ErrorMessage);

  protected readonly typed = signal('');
  protected readonly matches = computed(
    () => normalise(this.typed()) === normalise(this.data.client.lastName),
  );
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected async erase(): Promise<void> {
    if (!this.matches() || this.pending()) return;
    this.pending.set(true);
    this.failure.set(null);
    try {
      await this.data.erase();
      this.ref.close(true);
    } catch (error: unknown) {
      this.failure.set(this.errors.describe(error));
      this.pending.set(false);
    }
  }
}

import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { ConfirmDialog, type ConfirmOptions } from './confirm-dialog';

/** Asks the user to confirm; resolves `true` only on an explicit yes. */
@Injectable({ providedIn: 'root' })
export class Confirm {
  private readonly dialog = inject(MatDialog);

  async ask(options: ConfirmOptions): Promise<boolean> {
    const ref = this.dialog.open<ConfirmDialog, ConfirmOptions, boolean>(
      ConfirmDialog,
      { data: options, width: '480px', maxWidth: 'calc(100vw - 32px)' },
    );
    return (await firstValueFrom(ref.afterClosed())) === true;
  }
}

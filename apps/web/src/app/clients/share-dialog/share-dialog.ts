import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import type { ClientDetail, TeamMember } from '@herstelkompas/contracts';
import { catchError, of } from 'rxjs';
import { ErrorMessage } from '../../core/http/error-message';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { TeamApi } from '../../team/team-api';
import { Alert } from '../../ui/alert/alert';
import { SkeletonRows } from '../../ui/skeleton/skeleton-rows';

export interface ShareDialogData {
  client: ClientDetail;
  save: (practitionerIds: string[]) => Promise<void>;
}

/** Choose the colleagues who may see this client besides the responsible. */
@Component({
  selector: 'hk-share-dialog',
  imports: [
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatCheckbox,
    TranslatePipe,
    Alert,
    SkeletonRows,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'clients.share.title' | t }}</h2>
    <mat-dialog-content>
      <p>
        {{
          'clients.share.body'
            | t
              : {
                  name: data.client.displayName,
                  responsible: data.client.responsiblePractitioner.displayName,
                }
        }}
      </p>
      @if (failure(); as message) {
        <hk-alert>{{ message }}</hk-alert>
      }
      @if (colleagues(); as colleagues) {
        @if (colleagues.length) {
          <fieldset>
            <legend>{{ 'clients.share.colleagues' | t }}</legend>
            @for (person of colleagues; track person.id) {
              <mat-checkbox
                [checked]="selected().has(person.id)"
                (change)="toggle(person.id, $event.checked)"
              >
                {{ person.displayName }}
              </mat-checkbox>
            }
          </fieldset>
        } @else {
          <p class="none">{{ 'clients.share.none' | t }}</p>
        }
      } @else {
        <hk-skeleton-rows [rows]="3" />
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton type="button" [mat-dialog-close]="false">
        {{ 'common.cancel' | t }}
      </button>
      <button
        matButton="filled"
        type="button"
        data-testid="confirm-ok"
        [attr.aria-busy]="pending() || null"
        (click)="save()"
      >
        {{ (pending() ? 'common.saving' : 'common.save') | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    fieldset {
      display: flex;
      flex-direction: column;
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend {
      margin-bottom: 4px;
      font: var(--mat-sys-title-small);
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ShareDialog {
  protected readonly data = inject<ShareDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<ShareDialog, boolean>);
  private readonly errors = inject(ErrorMessage);

  private readonly team = toSignal(
    inject(TeamApi)
      .list()
      .pipe(catchError(() => of<TeamMember[]>([]))),
  );
  /** Active colleagues; the responsible practitioner always has access. */
  protected readonly colleagues = computed(() =>
    this.team()?.filter(
      (person) =>
        person.active &&
        person.id !== this.data.client.responsiblePractitioner.id,
    ),
  );
  protected readonly selected = signal(
    new Set(this.data.client.sharedWith.map((person) => person.id)),
  );
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected toggle(id: string, checked: boolean): void {
    this.selected.update((ids) => {
      const next = new Set(ids);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected async save(): Promise<void> {
    if (this.pending()) return;
    this.pending.set(true);
    this.failure.set(null);
    try {
      await this.data.save([...this.selected()]);
      this.ref.close(true);
    } catch (error: unknown) {
      this.failure.set(this.errors.describe(error));
    } finally {
      this.pending.set(false);
    }
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  type DecisionField,
  REASON_CODES,
  REASON_CODE_LABELS,
  type ReasonCode,
} from '@herstelkompas/domain';
import type { HasUnsavedChanges } from '../../core/forms/unsaved-changes-guard';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ClientPageStore } from '../../clients/client-page-store';
import { Alert } from '../../ui/alert/alert';
import { EmptyState } from '../../ui/empty-state/empty-state';
import { Icon } from '../../ui/icon/icon';
import { ComputedRanking } from '../computed-ranking/computed-ranking';
import { DecisionHistory } from '../decision-history/decision-history';
import { PriorityOrder } from '../priority-order/priority-order';
import { PriorityStore } from '../priority-store';
import { LoadStateBlock } from '../../ui/load-state/load-state';

/** Prioriteiten: the computed ranking beside the practitioner's choice. */
@Component({
  selector: 'hk-priority-board',
  imports: [
    LoadStateBlock,
    FormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
    HkDatePipe,
    Alert,
    EmptyState,
    Icon,
    ComputedRanking,
    DecisionHistory,
    PriorityOrder,
  ],
  providers: [PriorityStore],
  templateUrl: './priority-board.html',
  styleUrl: './priority-board.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class PriorityBoard implements HasUnsavedChanges {
  protected readonly store = inject(PriorityStore);
  private readonly client = inject(ClientPageStore).client;
  private readonly i18n = inject(I18n);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly reasonCodes = computed(() => {
    const language = this.i18n.language();
    return REASON_CODES.map((code) => ({
      code,
      label: REASON_CODE_LABELS[code][language],
    }));
  });
  protected readonly errors = this.store.fieldErrors;
  protected readonly codeErrors = this.matcher('reasonCode');
  protected readonly textErrors = this.matcher('reasonText');

  constructor() {
    void this.store.load(this.clientId());
  }

  hasUnsavedChanges(): boolean {
    return this.store.dirty();
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.store.dirty()) event.preventDefault();
  }

  protected retry(): void {
    void this.store.load(this.clientId());
  }

  protected setCode(code: string): void {
    this.store.setReasonCode(code as ReasonCode | '');
  }

  protected reset(): void {
    this.store.reset();
    this.snackBar.open(this.i18n.t('clientPriority.resetDone'), undefined, {
      duration: 3000,
    });
  }

  protected async save(): Promise<void> {
    if (await this.store.save()) {
      this.snackBar.open(this.i18n.t('clientPriority.saved'), undefined, {
        duration: 4000,
      });
    }
  }

  private clientId(): string {
    return this.client()?.id ?? '';
  }

  /** Material shows a field's error when this says so (no FormControl here). */
  private matcher(field: DecisionField): ErrorStateMatcher {
    return { isErrorState: () => Boolean(this.errors()[field]) };
  }
}

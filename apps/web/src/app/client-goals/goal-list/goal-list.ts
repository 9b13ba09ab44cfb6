import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  GOAL_STATUSES,
  type Goal,
  type GoalStatus,
} from '@herstelkompas/contracts';
import { ActivatedRoute } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { ClientPageStore } from '../../clients/client-page-store';
import { ErrorMessage } from '../../core/http/error-message';
import { HkDatePipe, HkNumberPipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { LocaleFormat } from '../../core/i18n/locale-format';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip } from '../../ui/domain-chip/domain-chip';
import { EmptyState } from '../../ui/empty-state/empty-state';
import { Icon } from '../../ui/icon/icon';
import { byData, revealWhenReady } from '../../ui/reveal/reveal-item';
import { GoalDialog, type GoalDialogData } from '../goal-dialog/goal-dialog';
import { GOAL_STATUS_ICONS, goalStatusKey } from '../goal-labels';
import { GoalsStore } from '../goals-store';
import { LoadStateBlock } from '../../ui/load-state/load-state';

/** Doelen: per domain what the client works towards, and how far along. */
@Component({
  selector: 'hk-goal-list',
  imports: [
    LoadStateBlock,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    TranslatePipe,
    HkDatePipe,
    HkNumberPipe,
    DomainChip,
    EmptyState,
    Icon,
  ],
  providers: [GoalsStore],
  templateUrl: './goal-list.html',
  styleUrl: './goal-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoalList {
  protected readonly store = inject(GoalsStore);
  private readonly client = inject(ClientPageStore).client;
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);
  private readonly format = inject(LocaleFormat);

  protected readonly statuses = GOAL_STATUSES;
  protected readonly statusKey = goalStatusKey;
  protected readonly statusIcons = GOAL_STATUS_ICONS;
  protected readonly countText = computed(() => {
    return this.i18n.t('clientGoals.count', {
      count: this.store.goals().length,
    });
  });

  constructor() {
    void this.store.load(this.clientId());
    // A goal opened from the timeline (`?doel=<id>`).
    revealWhenReady(
      () => this.store.status() === 'ready',
      byData(
        'goal-id',
        inject(ActivatedRoute).snapshot.queryParamMap.get('doel'),
      ),
    );
  }

  protected retry(): void {
    void this.store.load(this.clientId());
  }

  protected async newGoal(): Promise<void> {
    const ref = this.dialog.open<GoalDialog, GoalDialogData, Goal>(GoalDialog, {
      data: { save: (request) => this.store.create(request) },
      width: '520px',
      maxWidth: 'calc(100vw - 32px)',
    });
    if (await firstValueFrom(ref.afterClosed())) {
      this.notify(this.i18n.t('clientGoals.dialog.saved'));
    }
  }

  protected async edit(goal: Goal): Promise<void> {
    const ref = this.dialog.open<GoalDialog, GoalDialogData, Goal>(GoalDialog, {
      data: { goal, save: (request) => this.store.update(goal.id, request) },
      width: '520px',
      maxWidth: 'calc(100vw - 32px)',
    });
    if (await firstValueFrom(ref.afterClosed())) {
      this.notify(this.i18n.t('clientGoals.dialog.saved'));
    }
  }

  protected async changeStatus(goal: Goal, event: Event): Promise<void> {
    const select = event.target as HTMLSelectElement;
    try {
      await this.store.setStatus(goal.id, select.value as GoalStatus);
      this.notify(this.i18n.t('clientGoals.statusSaved'));
    } catch (error: unknown) {
      // The list still holds the old status; the select must say so too.
      select.value = goal.status;
      this.notify(
        `${this.i18n.t('clientGoals.statusError')} ${this.errors.describe(error)}`,
      );
    }
  }

  /** The target in words: "Doel: score onder 40" or the practitioner's own. */
  protected targetLine(goal: Goal): string | null {
    const target = goal.target;
    if (target?.kind === 'score_below') {
      return this.i18n.t('clientGoals.target.scoreBelow', {
        value: this.format.number(target.value),
      });
    }
    return target?.kind === 'text'
      ? this.i18n.t('clientGoals.target.text', { text: target.text })
      : null;
  }

  private clientId(): string {
    return this.client()?.id ?? '';
  }

  private notify(message: string): void {
    this.snackBar.open(message, undefined, { duration: 4000 });
  }
}
